// Översikt över verksamhetens utveckling: a few figures per year, the report year's from the
// statements (what the data writes for it is compared with them), earlier years as written.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import { type Cell, sumCells } from "../cell.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import { type EarlierReport, fromEarlier } from "./earlier.ts";
import type { ComputedStatement } from "./statements.ts";

export interface ComputedOverview {
  years: number[];
  rows: { id: "intakter" | "kostnader" | "arets_resultat" | "anstallda"; label: string; decimals: number; values: Record<string, Cell> }[];
}

/**
 * The overview: the report year's figures from the statements, an earlier year's from the report
 * of that year (or the nearest later report that holds it, ./earlier.ts); written only for years no
 * report in data/ covers. A figure written anyway is compared with the one read.
 */
export function computeOverview(
  data: Arsredovisning,
  year: number,
  unit: string,
  resultatrakning: ComputedStatement | undefined,
  earlier: readonly EarlierReport<{ overview?: ComputedOverview }>[] = [],
): { overview?: ComputedOverview; stated: StatedComparison[] } {
  const overviewData = data.overview;
  if (!overviewData) return { stated: [] };
  const y = String(year);
  const stated: StatedComparison[] = [];
  const fromStatements = (key: string) => {
    const rr = resultatrakning;
    if (!rr || key !== y || !rr.years.map(String).includes(key)) return undefined;
    const costs = sumCells([rr.byId.kostnader?.[key] ?? null, rr.byId.finansiella?.[key] ?? null]);
    return { intakter: rr.byId.intakter?.[key] ?? null, kostnader: costs === null ? null : -costs, arets_resultat: rr.byId.arets_resultat?.[key] ?? null };
  };
  const rows = [
    { id: "intakter", label: "Verksamhetens intäkter", decimals: 0 },
    { id: "kostnader", label: "Verksamhetens kostnader", decimals: 0 },
    { id: "arets_resultat", label: `Årets resultat (${unit})`, decimals: 0 },
    { id: "anstallda", label: "Antal anställda, kansli", decimals: 1 },
  ] as const;
  const overview: ComputedOverview = {
    years: overviewData.years,
    rows: rows.map((row) => ({
      ...row,
      values: Object.fromEntries(
        overviewData.years.map((yr) => {
          const key = String(yr);
          const computed = fromStatements(key);
          const written = overviewData.values[key]?.[row.id];
          const read =
            yr < year
              ? fromEarlier(earlier, yr, (report, x) => report.computed.overview?.rows.find((r) => r.id === row.id)?.values[String(x)] ?? undefined)
              : undefined;
          if (read) {
            if (typeof written === "number" && written !== read.value) {
              stated.push(
                compareStated(["overview", "values", key, row.id], written, read.value, 0, {
                  row: ["overview", row.id],
                  description: `${row.label} ${key} mot årsredovisningen ${read.year}`,
                }),
              );
            }
            return [key, read.value];
          }
          if (computed && row.id !== "anstallda") {
            if (typeof written === "number") {
              stated.push(
                compareStated(["overview", "values", key, row.id], written, computed[row.id], 1, {
                  row: ["overview", row.id],
                  description: `${row.label} ${key} mot resultaträkningen`,
                }),
              );
            }
            return [key, computed[row.id]];
          }
          return [key, written ?? null];
        }),
      ),
    })),
  };
  // Each year's result should be its income minus its costs. Where the gap is the year's financial
  // items (the resultaträkning has them for its years), the costs were written without them: a
  // varning that says so, not a fel of its own.
  for (const yr of overviewData.years) {
    const key = String(yr);
    const written = overviewData.values[key];
    if (!written || typeof written.arets_resultat !== "number" || typeof written.intakter !== "number" || typeof written.kostnader !== "number") continue;
    const comparison = compareStated(["overview", "values", key, "arets_resultat"], written.arets_resultat, written.intakter - written.kostnader, 2, {
      row: ["overview", "arets_resultat"],
      description: `Årets resultat ${key} mot intäkter − kostnader`,
    });
    const financial = resultatrakning?.byId.finansiella?.[key];
    const isFinancial = typeof financial === "number" && financial !== 0 && Math.abs(comparison.difference - financial) <= comparison.allowance + 1e-9;
    stated.push(
      !comparison.withinRounding && isFinancial ? { ...comparison, explained: { cause: "financial_items" as const, amount: financial } } : comparison,
    );
  }
  return { overview, stated };
}
