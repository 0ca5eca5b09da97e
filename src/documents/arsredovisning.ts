// Årsredovisning: förvaltningsberättelse, goal follow-up, driftsredovisning (read from the
// driftsredovisning of the same year), resultaträkning, balansräkning, kassaflödesanalys and noter.
import { participantsChart } from "../charts/participants.ts";
import { referralsChart } from "../charts/referrals.ts";
import { bokforingFindings } from "../checks/bokforing.ts";
import { anchorId, type Finding } from "../checks/finding.ts";
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { statementFindings } from "../checks/statements.ts";
import { statusLabels } from "../compute/arsredovisning/index.ts";
import { formatNumber, formatPercent } from "../format/index.ts";
import { arsredovisningSchema } from "../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../schemas/driftsredovisning.ts";
import { arsredovisningBody } from "./arsredovisning-body.ts";
import { arsredovisningOf } from "./arsredovisning-chain.ts";
import { arsredovisningChecklist } from "./arsredovisning-checklist.ts";
import { arsredovisningPrivacy } from "./arsredovisning-privacy.ts";
import { resolvedDrifts } from "./chain.ts";
import { defineKind } from "./kind.ts";

/** The rows a result sums, each rounded to the document's unit: the rounding tolerance of a result against the bookkeeping's. */
const roundedRows = (drifts: Driftsredovisning | undefined) =>
  drifts ? drifts.intakter.rows.length + drifts.kostnader.rows.length + drifts.finansiella_poster.rows.length : 1;

export const arsredovisning = defineKind({
  kind: "arsredovisning",
  label: "Årsredovisning",
  schema: arsredovisningSchema,
  build(data, context) {
    const computed = arsredovisningOf(context.siblings, context.year, context.forbund, data)!;
    const drifts = resolvedDrifts(context.siblings, context.year, context.forbund)?.data;
    const { source, document } = context;
    const at = (path: (string | number)[]) => ({ file: source.file, line: source.lineOf(path), path: path.join(".") });
    // Small participant counts are hidden on the site, also on its granskning page (./arsredovisning-privacy.ts).
    const privacy = arsredovisningPrivacy(computed, data, context.forbund.privacy?.min_count);
    const { minCount } = privacy;
    const findings: Finding[] = [
      ...statedTotalFindings(computed.stated, source, document, context.unit, "summa", privacy.comparison),
      ...statementFindings(data, computed, source, document, context.unit, drifts),
      ...bokforingFindings(data, computed, { source, document, unit: context.unit, roundedParts: roundedRows(drifts) }),
    ];
    for (const change of computed.changes.filter((c) => !c.withinRounding)) {
      findings.push({
        rule: "kassaflode-forandring",
        severity: "varning",
        document: document.label,
        ...at(change.path),
        stated: change.stated,
        computed: change.computed,
        difference: change.difference,
        url: `${document.url}#${anchorId(document.id, change.row)}`,
        message:
          `angivet ${formatNumber(change.stated)} ${context.unit}, balansräkningen ger ` +
          `${formatNumber(change.computed)} ${context.unit} (${change.description})`,
      });
    }
    for (const entry of computed.contentsOutOfOrder) {
      findings.push({
        rule: "innehall-sidnummer",
        severity: "notering",
        document: document.label,
        ...at(["contents_as_printed", entry.index, "page"]),
        stated: entry.page,
        computed: null,
        message: `innehållet anger sidan ${entry.page} för ”${entry.title}”, efter en rubrik på sidan ${entry.previousPage}`,
      });
    }
    for (const figure of computed.statedFigures) {
      const show = (value: number | null) => (figure.kind === "share" ? formatPercent(value) : formatNumber(value));
      const difference = figure.computed === null ? undefined : figure.stated - figure.computed;
      const sameAsPrinted = figure.computed !== null && show(figure.stated) === show(figure.computed);
      if (sameAsPrinted) continue;
      const close = figure.approximate && difference !== undefined && Math.abs(difference) <= (figure.kind === "share" ? 0.01 : Math.abs(figure.stated) * 0.05);
      const message = (stated: string, computed: string) =>
        `texten anger ${figure.approximate ? "ca " : ""}${stated}, data ger ${computed} (${figure.quotes}; ${figure.where})`;
      const finding: Finding = {
        rule: "angiven-uppgift",
        severity: close ? "notering" : "fel",
        ...(figure.kind === "share" ? { display: "percent" as const } : {}),
        document: document.label,
        ...at(figure.path),
        stated: figure.stated,
        computed: figure.computed,
        difference,
        url: `${document.url}#${anchorId(document.id, ["arsredovisning"])}`,
        message: message(show(figure.stated), show(figure.computed)),
      };
      findings.push(privacy.statedFigure(finding, figure, message));
    }
    for (const ambition of computed.goals) {
      if (!ambition.differs || !ambition.declared || !ambition.status) continue;
      findings.push({
        rule: "malstatus",
        severity: "varning",
        document: document.label,
        ...at([...ambition.path, "declared", "status"]),
        stated: null,
        computed: null,
        url: `${document.url}#${anchorId(document.id, ambition.path)}`,
        message:
          `angiven status ”${ambition.declared.text}”, beräknad från mål och resultat: ` +
          `${statusLabels[ambition.status].toLowerCase()} (${ambition.ambition})`,
      });
    }
    // A problem found once per year (e.g. a sum naming a missing line) is one finding.
    const seen = new Set<string>();
    for (const problem of computed.problems) {
      const key = `${problem.path.join(".")} ${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const finding: Finding = {
        rule: problem.rule ?? "data",
        severity: "fel",
        document: document.label,
        ...at(problem.path),
        stated: null,
        computed: null,
        message: problem.message,
      };
      findings.push(privacy.problem(finding, problem));
    }
    const charts = computed.participants
      ? {
          participants: participantsChart(computed.participants.history, { minCount }),
          ...(computed.participants.referrals ? { referrals: referralsChart(computed.participants.referrals, context.year, { minCount }) } : {}),
        }
      : undefined;
    return {
      title: data.title ?? `Årsredovisning ${context.year}`,
      decided: data.decided,
      computed,
      findings,
      charts,
      body: arsredovisningBody(computed, context, Boolean(charts?.referrals), data.decided !== undefined),
      adopted: computed.stated,
      proseFigures: computed.statedFigures.map((f) => ({
        quotes: f.quotes,
        stated: f.stated,
        computed: f.computed,
        ...(f.section ? { section: f.section } : {}),
      })),
      checklist: arsredovisningChecklist(data, computed, context.prose),
      ...(privacy.hiddenValue ? { hiddenValue: privacy.hiddenValue } : {}),
    };
  },
});
