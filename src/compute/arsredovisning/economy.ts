// The economy figures the report's text quotes: income, costs, the individinriktade share, equity
// against the recommended level, and per driftsredovisning row (by its id) utfall, budget and how
// much under budget. Rows are found by their ids, never by their labels.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../../schemas/driftsredovisning.ts";
import { type Cell, sumCells } from "../cell.ts";
import { inUnit, type PlanBudget } from "../chain/driftsredovisning.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import type { ComputedStatement, DriftsGroups, StatementName } from "./statements.ts";

/** A row's figures as the text quotes them: amounts as positive sizes; under budget positive when better than budget. */
export interface RowFigures {
  utfall: Cell;
  budget: Cell;
  underBudget: Cell;
}

export interface ComputedEconomy {
  intakter: Cell;
  verksamhetskostnader: Cell;
  individualCosts: Cell;
  individualShare: Cell;
  arets_resultat: Cell;
  equityOpening: Cell;
  equityClosing: Cell;
  medlemsbidrag: Cell;
  equityShareOfContribution: Cell;
  equityRecommended: Cell;
  pensionObligation: Cell;
  financialCost: Cell;
  fundedPositions: Cell;
  nextYearIntakter: Cell;
  nextYearKostnader: Cell;
  /** Per driftsredovisning row id: economy.rows.personalkostnader.utfall. */
  rows: Record<string, RowFigures>;
  /** Per part the text names of a row (economy.cost_details): economy.details.drift.underBudget. */
  details: Record<string, RowFigures>;
}

const negative = (value: Cell | undefined): Cell => (value === null || value === undefined ? null : -value);
const size = (value: Cell): Cell => (value === null ? null : Math.abs(value));

export function computeEconomy(
  data: Arsredovisning,
  year: number,
  statements: Partial<Record<StatementName, ComputedStatement>>,
  drifts: Driftsredovisning | undefined,
  groups: DriftsGroups | undefined,
  next: { unit: "kr" | "tkr"; plan?: PlanBudget } = { unit: "tkr" },
): { economy: ComputedEconomy; stated: StatedComparison[] } {
  const y = String(year);
  const economyData = data.economy;
  const rowsOf = drifts ? [...drifts.intakter.rows, ...drifts.kostnader.rows, ...drifts.finansiella_poster.rows] : [];
  const driftsRow = (id: string) => rowsOf.find((row) => row.id === id);
  const rr = statements.resultatrakning?.byId;
  const br = statements.balansrakning?.byId;

  const intakter = rr?.intakter?.[y] ?? groups?.intakter?.[y] ?? null;
  const verksamhetskostnader = negative(rr?.kostnader?.[y] ?? groups?.kostnader?.[y]);
  const individual = sumCells((economyData?.individual_cost_rows ?? []).map((id) => negative(driftsRow(id)?.utfall[y])));
  const equityClosing = br?.eget_kapital?.[y] ?? null;
  const contributionRow = driftsRow(economyData?.member_contribution_row ?? "medlemsbidrag");
  const medlemsbidrag = contributionRow?.utfall[y] ?? intakter;

  const rows = Object.fromEntries(
    rowsOf.map((row): [string, RowFigures] => {
      const utfall = row.utfall[y] ?? null;
      const budget = row.budget[y] ?? null;
      return [row.id, { utfall: size(utfall), budget: size(budget), underBudget: utfall !== null && budget !== null ? utfall - budget : null }];
    }),
  );
  const details = Object.fromEntries(
    (economyData?.cost_details ?? []).map((d): [string, RowFigures] => [
      d.id,
      { utfall: d.utfall, budget: d.budget ?? null, underBudget: d.budget !== undefined ? d.budget - d.utfall : null },
    ]),
  );

  // The parts the text names of a row, against the row.
  const stated: StatedComparison[] = [];
  const parts = economyData?.cost_details ?? [];
  const whole = economyData?.cost_details_of ? driftsRow(economyData.cost_details_of) : undefined;
  const wholeUtfall = whole?.utfall[y];
  if (parts.length > 1 && whole && typeof wholeUtfall === "number") {
    stated.push(
      compareStated(["economy", "cost_details"], sumCells(parts.map((d) => d.utfall)), Math.abs(wholeUtfall), parts.length, {
        partCells: parts.flatMap((d, i) => (typeof d.utfall === "number" ? [{ path: ["economy", "cost_details", i, "utfall"], value: d.utfall }] : [])),
        partsSide: "stated",
        description: `${parts.map((d) => d.label).join(" + ")} mot driftsredovisningens ${whole.label}`,
      }),
    );
  }

  // The next year's budget: from that year's verksamhetsplan when there is one; what the file writes is compared.
  const nextYear = economyData?.next_year;
  const fromPlan = (id: string) => {
    const value = next.plan?.byId[id]?.[String(nextYear?.year)];
    return value === undefined ? undefined : inUnit(value, next.plan!.unit, next.unit);
  };
  const planIntakter = fromPlan("intakter");
  const planKostnader = fromPlan("kostnader");
  const nextFigure = (key: "intakter" | "kostnader", read: Cell | undefined): Cell => {
    const written = nextYear?.[key];
    if (read === undefined) return written ?? null;
    const rounding = next.plan!.unit !== next.unit ? 1 : 0;
    if (written !== undefined && written !== read) {
      stated.push(
        compareStated(["economy", "next_year", key], written, read, rounding, {
          description: `${key} ${nextYear!.year} mot verksamhetsplanen för ${nextYear!.year}`,
        }),
      );
    }
    return read;
  };

  return {
    economy: {
      intakter,
      verksamhetskostnader,
      individualCosts: individual,
      individualShare: individual !== null && verksamhetskostnader ? individual / verksamhetskostnader : null,
      arets_resultat: rr?.arets_resultat?.[y] ?? null,
      equityOpening: br?.ek_ingaende?.[y] ?? null,
      equityClosing,
      medlemsbidrag,
      equityShareOfContribution: equityClosing !== null && medlemsbidrag ? equityClosing / medlemsbidrag : null,
      equityRecommended:
        economyData?.equity_recommended_share !== undefined && medlemsbidrag !== null ? economyData.equity_recommended_share * medlemsbidrag : null,
      pensionObligation: br?.avsattningar?.[y] ?? null,
      financialCost: negative(rr?.finansiella?.[y]),
      fundedPositions: economyData?.funded_positions ?? null,
      nextYearIntakter: nextFigure("intakter", planIntakter),
      nextYearKostnader: nextFigure("kostnader", planKostnader === undefined ? undefined : size(planKostnader)),
      rows,
      details,
    },
    stated,
  };
}
