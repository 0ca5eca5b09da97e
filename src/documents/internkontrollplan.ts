// Internkontrollplan: the board's risks and controls for a year, each risk with its computed riskvärde
// and level, adopted with the verksamhetsplan; the tertialuppföljningar report on its controls.
import { computeInternkontrollplan, type InternkontrollFollowUp } from "../compute/internkontroll.ts";
import type { LoadedDocument } from "../data/load.ts";
import { formatTertialPeriod } from "../format/index.ts";
import { type Internkontrollplan, internkontrollplanSchema } from "../schemas/internkontrollplan.ts";
import { sibling } from "./chain.ts";
import { internkontrollplanBody } from "./internkontrollplan-body.ts";
import { type ChecklistItem, defineKind } from "./kind.ts";
import { proseLiterals } from "./prose-anchors.ts";

/** What an utkast still lacks: a risk without a control, or without a time it is followed up. */
function planChecklist(data: Internkontrollplan): ChecklistItem[] {
  return data.risks.flatMap((risk, index): ChecklistItem[] => [
    ...(risk.control ? [] : [{ path: ["risks", index], text: `kontrollmoment saknas för risken ${risk.id} (${risk.area})` }]),
    ...(risk.follow_up.length
      ? []
      : [{ path: ["risks", index], text: `uppföljning (follow_up: t1, t2, arsredovisning) saknas för risken ${risk.id} (${risk.area})` }]),
  ]);
}

export const internkontrollplan = defineKind({
  kind: "internkontrollplan",
  label: "Internkontrollplan",
  schema: internkontrollplanSchema,
  build(data, context) {
    const computed = computeInternkontrollplan(data);
    const title = data.title ?? `Internkontrollplan ${context.year}`;
    const body = internkontrollplanBody(title, computed, context);
    const decided = data.decided !== undefined;
    return {
      title,
      decided: data.decided,
      ...(data.decided_note ? { decidedNote: data.decided_note } : {}),
      computed,
      findings: proseLiterals(body, context.document, decided),
      body,
      // An adopted plan prints what the board adopted; only an utkast has a to do.
      checklist: decided ? [] : planChecklist(data),
    };
  },
});

/** The internkontrollplan of a year (data/<förbund>/<år>/internkontrollplan.yaml), for the tertialuppföljning to follow up. */
export function yearInternkontrollplan(siblings: readonly LoadedDocument[], year: number): Internkontrollplan | undefined {
  return sibling(siblings, "internkontrollplan", year)?.data as Internkontrollplan | undefined;
}

/** An utkast follow-up's to do: each control the plan schedules for the tertial without a status (at `key`, default internkontroll). */
export function internkontrollChecklist(followUp: InternkontrollFollowUp, key = "internkontroll"): ChecklistItem[] {
  return followUp.problems.flatMap((problem) =>
    problem.kind === "missing-status"
      ? [{ path: [key], text: `status saknas för internkontrollens risk ${problem.risk} (planerad till ${formatTertialPeriod(followUp.tertial)})` }]
      : [],
  );
}
