// One chain of years for a driftsredovisning: a year's utfall is read from that year's own
// driftsredovisning, a year's budget from the verksamhetsplan adopted for it (the row's plan_line),
// so that nothing another file holds is typed again. A value the data types anyway is compared
// with the one read (a "stated" value: the granskning reports a difference); what neither the data
// nor the chain gives is listed as missing. Pure: the other years' documents are passed in.
import type { Driftsredovisning } from "../../schemas/driftsredovisning.ts";
import type { Cell } from "../cell.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import { convertCell } from "../units.ts";

/** A verksamhetsplan's budget as this needs it: line values by id (in the plan's unit) and its unit. */
export interface PlanBudget {
  year: number;
  unit: "kr" | "tkr";
  byId: Record<string, Record<string, Cell>>;
}

export type ValueSource = { kind: "typed" } | { kind: "driftsredovisning"; year: number } | { kind: "verksamhetsplan"; year: number };

export interface ResolvedDriftsredovisning {
  /** The data with every value the chain gives filled in. */
  data: Driftsredovisning;
  /** Where each value came from: sources[rowId][column][year]. */
  sources: Record<string, Record<"utfall" | "budget", Record<string, ValueSource>>>;
  /** Values the data types that the chain also gives, compared (a difference is a finding). */
  stated: StatedComparison[];
  /** Values neither the data nor the chain gives: [row path, column, year]. */
  missing: { path: (string | number)[]; rowId: string; label: string; column: "utfall" | "budget"; year: string }[];
}

/** An amount in the plan's unit in the driftsredovisning's (kr → tkr: whole thousands). */
/** An amount in another unit: kr → tkr rounds to whole thousands (as a plan in kr prints in a report in tkr). */
export const inUnit = (value: Cell, from: "kr" | "tkr", to: "kr" | "tkr"): Cell => convertCell(value, from, to);

const sourceName = { driftsredovisning: "driftsredovisningen", verksamhetsplan: "verksamhetsplanen för" } as const;

export function resolveDriftsredovisning(
  data: Driftsredovisning,
  context: { year: number; unit: "kr" | "tkr"; others: ReadonlyMap<number, Driftsredovisning>; plans: ReadonlyMap<number, PlanBudget> },
): ResolvedDriftsredovisning {
  const years = data.years.map(String);
  const stated: StatedComparison[] = [];
  const missing: ResolvedDriftsredovisning["missing"] = [];
  const sources: ResolvedDriftsredovisning["sources"] = {};
  const groups = ["intakter", "kostnader", "finansiella_poster"] as const;

  const resolved = structuredClone(data);
  for (const name of groups) {
    for (const [index, row] of resolved[name].rows.entries()) {
      const path = [name, "rows", index];
      sources[row.id] = { utfall: {}, budget: {} };
      for (const y of years) {
        const year = Number(y);
        // Utfall of another year: that year's own driftsredovisning, the row found by its id.
        const other = year === context.year ? undefined : context.others.get(year);
        const otherRow = other ? groups.flatMap((g) => other[g].rows).find((r) => r.id === row.id) : undefined;
        const fromOther = otherRow?.utfall[y];
        // Budget: the verksamhetsplan adopted for that year, by the row's plan line; without a plan
        // in data/, that year's own driftsredovisning (where it was written).
        const plan = row.plan_line ? context.plans.get(year) : undefined;
        const planValue = plan && row.plan_line ? plan.byId[row.plan_line]?.[y] : undefined;
        const fromPlan = planValue === undefined || !plan ? otherRow?.budget[y] : inUnit(planValue, plan.unit, context.unit);
        const budgetSource = planValue === undefined || !plan ? ({ kind: "driftsredovisning", year } as const) : ({ kind: "verksamhetsplan", year } as const);

        for (const [column, chained, source, rounding] of [
          ["utfall", fromOther, { kind: "driftsredovisning", year } as const, 0],
          ["budget", fromPlan, budgetSource, plan && plan.unit !== context.unit ? 1 : 0],
        ] as const) {
          const typed = data[name].rows[index]![column][y];
          if (chained !== undefined) {
            if (typed !== undefined && typed !== chained) {
              stated.push(
                compareStated([...path, column, y], typed, chained, rounding, {
                  row: [name, row.id],
                  description: `${row.label} ${column} ${y} mot ${sourceName[source.kind]} ${year}`,
                }),
              );
            }
            row[column][y] = chained;
            sources[row.id]![column][y] = source;
          } else if (typed !== undefined) {
            sources[row.id]![column][y] = { kind: "typed" };
          } else {
            missing.push({ path, rowId: row.id, label: row.label, column, year: y });
          }
        }
      }
    }
  }
  return { data: resolved, sources, stated, missing };
}
