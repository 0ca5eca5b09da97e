// Tertialuppföljning: the year so far against the årsbudget, with the director's full-year prognosis
// and eget kapital at year end by it — what the board takes at its meeting after April and August.
import { dataFinding, type Finding } from "../checks/finding.ts";
import { internkontrollFindings } from "../checks/internkontroll.ts";
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { type LaterUtfall, uppfoljningFindings } from "../checks/uppfoljning.ts";
import { internkontrollFollowUp } from "../compute/internkontroll.ts";
import { convertCell } from "../compute/units.ts";
import { groupNames } from "../compute/uppfoljning.ts";
import { followUpGoals } from "../compute/uppfoljning-goals.ts";
import type { LoadedDocument } from "../data/load.ts";
import { DataError } from "../data/problem.ts";
import type { Unit } from "../format/index.ts";
import { formatTertialPeriod } from "../format/index.ts";
import type { Driftsredovisning, Forbund } from "../schemas/index.ts";
import type { Uppfoljning } from "../schemas/uppfoljning.ts";
import { uppfoljningSchema } from "../schemas/uppfoljning.ts";
import { resolvedDrifts } from "./chain.ts";
import { internkontrollChecklist, yearInternkontrollplan } from "./internkontrollplan.ts";
import type { ChecklistItem } from "./kind.ts";
import { defineKind } from "./kind.ts";
import { proseLiterals } from "./prose-anchors.ts";
import { uppfoljningBody } from "./uppfoljning-body.ts";
import { chainedUppfoljning, uppfoljningDocument } from "./uppfoljning-chain.ts";

export const uppfoljning = defineKind({
  kind: "uppfoljning",
  label: "Tertialuppföljning",
  schema: uppfoljningSchema,
  build(data, context) {
    const loaded = context.siblings.find((s) => s.kind === "uppfoljning" && s.year === context.year && s.id === context.id);
    // The document itself is among its siblings: the chain computes it once for it, the next plan and the årsredovisning.
    if (!loaded) throw new Error(`${context.source.file}: uppföljningen finns inte bland förbundets dokument`);
    const chained = chainedUppfoljning(context.siblings, loaded, context.forbund);
    const { resolved, computed } = chained;
    const title = data.title ?? `Tertialuppföljning ${formatTertialPeriod(data.tertial)} ${context.year}`;
    // An adopted follow-up prints every cell: a budget or utfall neither its file nor the plan gives
    // stops the build; an utkast lists it in its checklist instead.
    if (data.decided && resolved.missing.length) {
      throw new DataError(
        resolved.missing.map((m) => ({
          file: context.source.file,
          line: context.source.lineOf(m.path),
          path: m.path.join("."),
          message:
            m.column === "budget"
              ? `väntade en årsbudget för ${m.label}, fann ingen — och data/ har ingen verksamhetsplan för ${context.year} med radens plan_line`
              : `väntade periodens utfall för ${m.label} (från npm run import -- sie), fann inget`,
        })),
      );
    }
    const findings: Finding[] = [
      // A typed budget against the plan; a typed opening equity against last year's balansräkning.
      ...statedTotalFindings(
        resolved.stated.filter((c) => c.path[0] !== "eget_kapital"),
        context.source,
        context.document,
        context.unit,
        "uppfoljning-budget",
      ),
      ...statedTotalFindings(
        resolved.stated.filter((c) => c.path[0] === "eget_kapital"),
        context.source,
        context.document,
        context.unit,
        "ingaende-balans",
      ),
      ...uppfoljningFindings(data, computed, {
        source: context.source,
        document: context.document,
        unit: context.unit,
        year: context.year,
        later: laterUtfall(context.siblings, context.year, data.tertial, context.forbund, context.unit),
      }),
    ];
    const { closing, medlemsbidrag } = computed.equity;
    const goals = followUpGoals(chained.plan?.resultatmal, data.resultatmal, data.deltagare, {
      eget_kapital_andel_av_medlemsbidrag: closing !== null && medlemsbidrag ? (closing / medlemsbidrag) * 100 : null,
    });
    // A follow-up of a goal the year's plan does not have (rule uppfoljning-mal).
    for (const { index, goal } of goals.unknown) {
      findings.push(
        dataFinding(context, {
          rule: "uppfoljning-mal",
          severity: "fel",
          path: ["resultatmal", index, "goal"],
          message:
            `målet ${goal} finns inte bland resultatmålen i verksamhetsplanen ${context.year} ` +
            `(väntade ett av: ${goals.goals.map((g) => g.id).join(", ") || "inga"})`,
        }),
      );
    }
    // The internkontrollplan's controls for the tertial (rules internkontroll-risk, internkontroll-status).
    const internkontrollPlan = yearInternkontrollplan(context.siblings, context.year);
    const statuses = data.internkontroll ?? [];
    const internkontroll = internkontrollFollowUp(internkontrollPlan, statuses, data.tertial);
    findings.push(
      ...internkontrollFindings(
        { statuses, tertial: data.tertial, decided: data.decided !== undefined, year: context.year, plan: internkontrollPlan },
        context,
      ),
    );
    const body = uppfoljningBody(data, chained, { goals, internkontroll }, context);
    findings.push(...proseLiterals(body, context.document, data.decided !== undefined));
    const checklist: ChecklistItem[] = [
      ...resolved.missing.map((m) => ({ path: m.path, text: `${m.column === "budget" ? "årsbudget" : "utfall för perioden"} saknas för ${m.label}` })),
      ...(resolved.opening.source === "missing"
        ? [{ path: ["eget_kapital", "ingaende"], text: `eget kapital vid årets början saknas (ingen årsredovisning för ${context.year - 1} i data/)` }]
        : []),
      ...goals.goals
        .filter((g) => g.assessment.kind === "missing")
        .map((g) => ({ path: ["resultatmal"], text: `resultatmålet ${g.id} saknar utfall hittills (value, eller from: deltagare…)` })),
      ...(data.decided ? [] : internkontrollChecklist(internkontroll)),
      ...computed.defaulted.map((d) => ({
        text: `helårsprognos saknas för ${d.label} (förvald: ${d.source === "budget" ? "årsbudgeten" : "utfallet uppräknat"})`,
      })),
    ];
    return {
      title,
      decided: data.decided,
      ...(data.decided_note ? { decidedNote: data.decided_note } : {}),
      computed,
      findings,
      body,
      checklist,
      adopted: resolved.stated,
    };
  },
});

/** The same year's utfall over longer periods, in this follow-up's unit: T2 (for a T1) and the driftsredovisning. */
function laterUtfall(siblings: readonly LoadedDocument[], year: number, tertial: 1 | 2, forbund: Forbund, unit: Unit): LaterUtfall[] {
  const later: LaterUtfall[] = [];
  const t2 = tertial === 1 ? uppfoljningDocument(siblings, year, 2) : undefined;
  if (t2) {
    const data = t2.data as Uppfoljning;
    const from = data.unit ?? forbund.unit;
    const byId = Object.fromEntries(groupNames.flatMap((name) => data[name].rows.map((row) => [row.id, convertCell(row.utfall ?? null, from, unit)])));
    later.push({ label: `uppföljningen ${formatTertialPeriod(2)} ${year}`, byId });
  }
  const drifts = resolvedDrifts(siblings, year, forbund)?.data as Driftsredovisning | undefined;
  if (drifts) {
    const from = drifts.unit ?? forbund.unit;
    const byId = Object.fromEntries(
      groupNames.flatMap((name) => drifts[name].rows.map((row) => [row.id, convertCell(row.utfall[String(year)] ?? null, from, unit)])),
    );
    later.push({ label: `driftsredovisningen ${year}`, byId });
  }
  return later;
}
