// An årsredovisning computed with the chain of years: its driftsredovisning (with the budget from
// the plan), the goals of its year's plan, and every earlier year's report, each computed once the
// same way — so last year's equity is last year's report's, driftsredovisning and all.

import type { EarlierReport } from "../compute/arsredovisning/earlier.ts";
import { type ComputedArsredovisning, computeArsredovisning, type PlanGoal } from "../compute/arsredovisning/index.ts";
import type { LoadedDocument } from "../data/load.ts";
import type { Unit } from "../format/index.ts";
import type { Arsredovisning } from "../schemas/arsredovisning/index.ts";
import type { Forbund } from "../schemas/index.ts";
import type { Resultatmal } from "../schemas/verksamhetsplan-mal.ts";
import { planBudget, remembered, resolvedDrifts, sibling } from "./chain.ts";

/** The goals of the verksamhetsplan of the year, by id (its `resultatmal`). */
function planGoals(plan: unknown): Map<string, PlanGoal> | undefined {
  const resultatmal = (plan as { resultatmal?: Resultatmal } | undefined)?.resultatmal;
  if (!resultatmal) return undefined;
  const goals = new Map<string, PlanGoal>();
  for (const level of resultatmal.levels) for (const ambition of level.ambitions) for (const goal of ambition.goals) if (goal.id) goals.set(goal.id, goal);
  return goals;
}

function compute(siblings: readonly LoadedDocument[], year: number, forbund: Forbund, data: Arsredovisning): ComputedArsredovisning {
  const earlier: EarlierReport<ComputedArsredovisning>[] = siblings
    .filter((s) => s.kind === "arsredovisning" && s.id === "arsredovisning" && s.year < year)
    .map((s) => ({ year: s.year, data: s.data as Arsredovisning, computed: arsredovisningOf(siblings, s.year, forbund)! }));
  return computeArsredovisning(data, {
    year,
    unit: data.unit ?? (forbund.unit as Unit),
    driftsredovisning: resolvedDrifts(siblings, year, forbund)?.data,
    earlier,
    planGoals: planGoals(sibling(siblings, "verksamhetsplan", year)?.data),
    nextPlan: data.economy?.next_year ? planBudget(siblings, data.economy.next_year.year, forbund) : undefined,
  });
}

/**
 * The year's årsredovisning, computed with its chain; undefined when data/ has none for the year.
 * With `data`, that report (the one being built, which need not be among the siblings) is computed.
 */
export function arsredovisningOf(
  siblings: readonly LoadedDocument[],
  year: number,
  forbund: Forbund,
  data?: Arsredovisning,
): ComputedArsredovisning | undefined {
  const document = sibling(siblings, "arsredovisning", year);
  if (data && document?.data !== data) return compute(siblings, year, forbund, data);
  if (!document) return undefined;
  return remembered(siblings, `arsredovisning-${year}`, () => compute(siblings, year, forbund, document.data as Arsredovisning));
}
