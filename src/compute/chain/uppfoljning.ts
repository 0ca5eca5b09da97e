// One chain for a tertialuppföljning: each row's årsbudget is read from the year's verksamhetsplan
// (the row's plan_line, in the follow-up's unit); a budget the file types anyway is compared with the
// plan's. The opening equity is last year's closing from the bookkeeping's report where data/ has
// it. Pure: the plan's budget and the equity are passed in.
import type { Uppfoljning } from "../../schemas/uppfoljning.ts";
import type { Cell } from "../cell.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import { convertCell } from "../units.ts";
import { groupNames } from "../uppfoljning.ts";
import type { PlanBudget } from "./driftsredovisning.ts";

export type BudgetSource = "verksamhetsplan" | "typed";

export interface ResolvedUppfoljning {
  data: Uppfoljning;
  budgetSources: Record<string, BudgetSource>;
  /** The opening equity and where it came from. */
  opening: { value: Cell; source: "arsredovisning" | "typed" | "missing"; year?: number };
  stated: StatedComparison[];
  /** Rows without a budget (no plan line in data/, none typed) and without an utfall. */
  missing: { path: (string | number)[]; label: string; column: "budget" | "utfall" }[];
}

export function resolveUppfoljning(
  data: Uppfoljning,
  context: { unit: "kr" | "tkr"; plan?: PlanBudget; year: number; openingEquity?: { value: Cell; year: number } },
): ResolvedUppfoljning {
  const resolved = structuredClone(data);
  const stated: StatedComparison[] = [];
  const missing: ResolvedUppfoljning["missing"] = [];
  const budgetSources: Record<string, BudgetSource> = {};
  const y = String(context.year);
  for (const name of groupNames) {
    for (const [index, row] of resolved[name].rows.entries()) {
      const path = [name, "rows", index];
      const planValue = row.plan_line && context.plan ? context.plan.byId[row.plan_line]?.[y] : undefined;
      if (planValue !== undefined && context.plan) {
        const chained = convertCell(planValue, context.plan.unit, context.unit);
        if (row.budget !== undefined && row.budget !== chained) {
          stated.push(
            compareStated([...path, "budget"], row.budget, chained, context.plan.unit !== context.unit ? 1 : 0, {
              row: [name, row.id],
              description: `${row.label} årsbudget mot verksamhetsplanen ${y}`,
            }),
          );
        }
        row.budget = chained;
        budgetSources[row.id] = "verksamhetsplan";
      } else if (row.budget !== undefined) {
        budgetSources[row.id] = "typed";
      } else {
        missing.push({ path: [...path, "budget"], label: row.label, column: "budget" });
      }
      if (row.utfall === undefined) missing.push({ path: [...path, "utfall"], label: row.label, column: "utfall" });
    }
  }
  let opening: ResolvedUppfoljning["opening"];
  const typed = data.eget_kapital.ingaende;
  if (context.openingEquity && context.openingEquity.value !== null) {
    opening = { value: context.openingEquity.value, source: "arsredovisning", year: context.openingEquity.year };
    if (typed !== undefined && typed !== context.openingEquity.value) {
      stated.push(
        compareStated(["eget_kapital", "ingaende"], typed, context.openingEquity.value, 0, {
          row: ["eget-kapital"],
          description: `eget kapital vid årets början mot balansräkningen ${context.year - 1}`,
        }),
      );
    }
  } else if (typed !== undefined) {
    opening = { value: typed, source: "typed" };
  } else {
    opening = { value: null, source: "missing" };
  }
  return { data: resolved, budgetSources, opening, stated, missing };
}
