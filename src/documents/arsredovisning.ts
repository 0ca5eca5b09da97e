// Årsredovisning: förvaltningsberättelse, goal follow-up, driftsredovisning (read from the
// driftsredovisning of the same year), resultaträkning, balansräkning, kassaflödesanalys and noter.
import { participantsChart } from "../charts/participants.ts";
import { referralsChart } from "../charts/referrals.ts";
import { arsarbetareFindings } from "../checks/arsarbetare.ts";
import { bokforingFindings } from "../checks/bokforing.ts";
import { exitStatusFindings } from "../checks/exit-status.ts";
import { anchorId, type Finding } from "../checks/finding.ts";
import { goalTargetTextFindings, reportTextGoals } from "../checks/goal-target-text.ts";
import { goalFindings } from "../checks/goals.ts";
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { statementFindings } from "../checks/statements.ts";
import { computeFte } from "../compute/plan/fte.ts";
import { approximateAllowance } from "../compute/stated.ts";
import { formatNumber, formatPercent } from "../format/index.ts";
import { arsredovisningSchema } from "../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../schemas/driftsredovisning.ts";
import type { Verksamhetsplan } from "../schemas/index.ts";
import { arsredovisningBody } from "./arsredovisning-body.ts";
import { arsredovisningOf } from "./arsredovisning-chain.ts";
import { arsredovisningChecklist } from "./arsredovisning-checklist.ts";
import { arsredovisningPrivacy } from "./arsredovisning-privacy.ts";
import { prognosisComparison } from "./arsredovisning-prognos.ts";
import { resolvedDrifts, sibling } from "./chain.ts";
import { defineKind } from "./kind.ts";
import { proseLiterals, quoteUrl } from "./prose-anchors.ts";

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
    // Last year's survey results are printed in the prose, not a table: link a finding on one there.
    for (const finding of findings) {
      const survey = /^surveys\.questions\.(\d+)\.results\.(\d+)\.(share|women|men)$/.exec(finding.path);
      const id = survey && Number(survey[2]) === context.year - 1 ? data.surveys?.questions[Number(survey[1])]?.id : undefined;
      if (id) finding.url = quoteUrl(context.prose, document, `surveys.${id}.previous.${survey![3]}`) ?? finding.url;
    }
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
        // The what; the numbers are the finding's columns (angivet, beräknat ur balansräkningen).
        message: change.description ?? "förändringen mot balansräkningen",
        quantity: "amount",
        unit: context.unit,
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
      // A "ca" figure is right as precisely as it is written (src/compute/stated.ts approximateAllowance).
      const allowance = approximateAllowance(figure.stated, { precision: figure.precision, share: figure.kind === "share" });
      const close = figure.approximate && difference !== undefined && Math.abs(difference) <= allowance + 1e-9;
      const message = (stated: string, computed: string) =>
        `texten anger ${figure.approximate ? "ca " : ""}${stated}, data ger ${computed} (${figure.quotes}; ${figure.where})`;
      const finding: Finding = {
        rule: "angiven-uppgift",
        severity: close ? "notering" : "fel",
        ...(figure.kind === "share" ? { display: "percent" as const } : {}),
        // An economy figure is an amount in the report's unit; the others count people.
        quantity: figure.kind === "share" ? "share" : figure.path[0] === "economy" ? "amount" : "count",
        unit: context.unit,
        document: document.label,
        ...at(figure.path),
        stated: figure.stated,
        computed: figure.computed,
        difference,
        // Where the page prints the figure the text states (src/documents/prose-anchors.ts), else the document.
        url: quoteUrl(context.prose, document, figure.quotes, figure.section) ?? document.url,
        message: message(show(figure.stated), show(figure.computed)),
      };
      findings.push(privacy.statedFigure(finding, figure, message));
    }
    findings.push(...goalFindings(computed.goals, source, document));
    findings.push(...goalTargetTextFindings(reportTextGoals(data), { source, document }));
    // Status at exit against the year's ended participants (rule deltagare-avslut).
    findings.push(...exitStatusFindings(data.participants?.exit_status, computed.participants, { source, document, privacy }));
    // The positions financed at the members against the same year's plan (rule arsarbetare).
    const plan = sibling(context.siblings, "verksamhetsplan", context.year);
    const planFte = plan && { fte: computeFte((plan.data as Verksamhetsplan).insatser, context.year), label: `verksamhetsplanen ${context.year}` };
    findings.push(...arsarbetareFindings(data.economy?.funded_positions, planFte, context));
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
    // The year's outcome against the T2 prognosis (rule prognos-utfall; printed where the report has a prognos section).
    const prognosis = prognosisComparison(computed, context);
    if (prognosis) findings.push(...prognosis.findings);
    const body = arsredovisningBody(computed, context, Boolean(charts?.referrals), data.decided !== undefined, prognosis?.blocks);
    // Figures typed into the prose rather than bound to the data (rule siffra-i-text).
    findings.push(...proseLiterals(body, document, data.decided !== undefined));
    return {
      title: data.title ?? `Årsredovisning ${context.year}`,
      decided: data.decided,
      computed,
      findings,
      charts,
      body,
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
