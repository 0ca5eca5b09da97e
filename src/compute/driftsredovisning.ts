// The driftsredovisning as a list of table lines with every sum, result and difference computed.
import type { Driftsredovisning, DriftsredovisningGroup, StatedValues } from "../schemas/index.ts";
import { type Cell, countParts, subtractCells, sumCells } from "./cell.ts";
import { compareStated, type PartCell, type StatedComparison } from "./stated.ts";

export interface YearValues {
  utfall: Cell;
  budget: Cell;
  /** utfall − budget. */
  differens: Cell;
}

export interface Line {
  kind: "heading" | "row" | "sum" | "result";
  /** The row's id in the data (rows only). */
  id?: string;
  label: string;
  /** Where the line comes from in the data file, e.g. ["kostnader", "rows", 0]. */
  path: (string | number)[];
  /** Its anchor in the page, from ids: ["kostnader", "personalkostnader"], ["kostnader", "summa"], ["resultat"]. */
  anchor: string[];
  /** Keyed by year ("2025"); empty for a heading. */
  values: Record<string, YearValues>;
}

export interface ComputedDriftsredovisning {
  years: number[];
  lines: Line[];
  verksamhetsresultat: Record<string, YearValues>;
  resultat: Record<string, YearValues>;
  /** Every total the data states, compared with the computed one. */
  stated: StatedComparison[];
}

type Column = "utfall" | "budget";
const columns: Column[] = ["utfall", "budget"];
const groupNames = ["intakter", "kostnader", "finansiella_poster"] as const;
type GroupName = (typeof groupNames)[number];

function yearValues(utfall: Cell, budget: Cell): YearValues {
  return { utfall, budget, differens: subtractCells(utfall, budget) };
}

export function computeDriftsredovisning(report: Driftsredovisning): ComputedDriftsredovisning {
  const years = report.years.map(String);
  const stated: StatedComparison[] = [];

  // The cells each total is summed from, per year and column, so that the rounding tolerance of
  // a stated total can be told from the number of parts.
  const partsOf = (groups: readonly GroupName[], year: string, column: Column): Cell[] =>
    groups.flatMap((name) => report[name].rows.map((row) => row[column][year] ?? null));
  const cellsOf = (groups: readonly GroupName[], year: string, column: Column): PartCell[] =>
    groups.flatMap((name) =>
      report[name].rows.flatMap((row, index) => {
        const value = row[column][year];
        return typeof value === "number" ? [{ path: [name, "rows", index, column, year], value }] : [];
      }),
    );
  const labelsOf = (groups: readonly GroupName[]) => groups.flatMap((name) => report[name].rows.map((row) => row.label)).join(" + ");

  const totalOf = (groups: readonly GroupName[]) =>
    Object.fromEntries(years.map((year) => [year, yearValues(sumCells(partsOf(groups, year, "utfall")), sumCells(partsOf(groups, year, "budget")))]));

  const compare = (
    path: (string | number)[],
    anchor: string[],
    statedValues: StatedValues | undefined,
    groups: readonly GroupName[],
    computed: Record<string, YearValues>,
  ) => {
    if (!statedValues) return;
    for (const year of years) {
      for (const column of columns) {
        const value = statedValues[column]?.[year];
        if (value === undefined) continue;
        const parts = countParts(partsOf(groups, year, column));
        stated.push(
          compareStated([...path, column, year], value, computed[year]![column], parts, {
            row: anchor,
            description: `${column} ${year}: ${labelsOf(groups)}`,
            partCells: cellsOf(groups, year, column),
          }),
        );
      }
      const differens = statedValues.differens?.[year];
      if (differens !== undefined) {
        const parts = countParts([...partsOf(groups, year, "utfall"), ...partsOf(groups, year, "budget")]);
        stated.push(
          compareStated([...path, "differens", year], differens, computed[year]!.differens, parts, { row: anchor, description: `utfall − budget ${year}` }),
        );
      }
    }
  };

  const lines: Line[] = [];
  const addGroup = (name: GroupName, group: DriftsredovisningGroup) => {
    if (group.label) lines.push({ kind: "heading", label: group.label, path: [name, "label"], anchor: [name], values: {} });
    group.rows.forEach((row, index) => {
      const values = Object.fromEntries(years.map((year) => [year, yearValues(row.utfall[year] ?? null, row.budget[year] ?? null)]));
      lines.push({ kind: "row", id: row.id, label: row.label, path: [name, "rows", index], anchor: [name, row.id], values });
    });
    const total = totalOf([name]);
    if (group.sum_label) lines.push({ kind: "sum", label: group.sum_label, path: [name, "stated_sum"], anchor: [name, "summa"], values: total });
    compare([name, "stated_sum"], [name, "summa"], group.stated_sum, [name], total);
  };

  addGroup("intakter", report.intakter);
  addGroup("kostnader", report.kostnader);
  const verksamhetsresultat = totalOf(["intakter", "kostnader"]);
  lines.push({
    kind: "result",
    label: report.verksamhetsresultat.label,
    path: ["verksamhetsresultat", "stated"],
    anchor: ["verksamhetsresultat"],
    values: verksamhetsresultat,
  });
  compare(["verksamhetsresultat", "stated"], ["verksamhetsresultat"], report.verksamhetsresultat.stated, ["intakter", "kostnader"], verksamhetsresultat);
  addGroup("finansiella_poster", report.finansiella_poster);
  const resultat = totalOf(groupNames);
  lines.push({ kind: "result", label: report.resultat.label, path: ["resultat", "stated"], anchor: ["resultat"], values: resultat });
  compare(["resultat", "stated"], ["resultat"], report.resultat.stated, groupNames, resultat);

  return { years: report.years, lines, verksamhetsresultat, resultat, stated };
}
