// A tertialuppföljning's economy: per driftsredovisning row the årsbudget, the period's utfall and
// its share of the budget, the periodised budget (the file's #PBUDGET, else twelfths), the
// deviation from it, the full-year prognosis (typed, else the stated default) and prognosis −
// budget; group sums, verksamhetsresultat and årets resultat; eget kapital at year end by the
// prognosis against the recommended level. Pure: the budget is resolved by ./chain/uppfoljning.ts.
import type { Uppfoljning, UppfoljningStated } from "../schemas/uppfoljning.ts";
import { type Cell, countParts, subtractCells, sumCells } from "./cell.ts";
import { compareStated, type PartCell, type StatedComparison } from "./stated.ts";

export interface FollowUpValues {
  budget: Cell;
  utfall: Cell;
  /** utfall / budget (0–1 and beyond); null without both or with a zero budget. */
  andel: number | null;
  periodiserad: Cell;
  /** utfall − periodiserad budget: positive is better than budget (income over, costs under). */
  avvikelse: Cell;
  prognos: Cell;
  /** prognos − budget. */
  prognosAvvikelse: Cell;
}

export type PrognosSource = "typed" | "budget" | "utfall";

export interface FollowUpLine {
  kind: "heading" | "row" | "sum" | "result";
  id?: string;
  label: string;
  path: (string | number)[];
  anchor: string[];
  values?: FollowUpValues;
  /** Rows: where the prognosis comes from, and the periodised budget. */
  prognosSource?: PrognosSource;
  periodSource?: "pbudget" | "twelfths";
  kommentar?: string;
}

export interface FollowUpEquity {
  opening: Cell;
  resultat: Cell;
  /** Opening + årets resultat by the prognosis. */
  closing: Cell;
  medlemsbidrag: Cell;
  recommendedShare: number | null;
  recommended: Cell;
  /** closing − recommended. */
  overRecommended: Cell;
  status: "over" | "under" | "at" | null;
}

export interface ComputedUppfoljning {
  year: number;
  tertial: 1 | 2;
  /** Months of the period (4 or 8). */
  months: number;
  lines: FollowUpLine[];
  verksamhetsresultat: FollowUpValues;
  resultat: FollowUpValues;
  /** Rows whose prognosis is the default, not typed. */
  defaulted: { id: string; label: string; source: Exclude<PrognosSource, "typed"> }[];
  equity: FollowUpEquity;
  /** The totals the data states (stated_sum, verksamhetsresultat_stated, resultat_stated) against the rows' sums. */
  stated: StatedComparison[];
}

export const groupNames = ["intakter", "kostnader", "finansiella_poster"] as const;
type GroupName = (typeof groupNames)[number];

/** The months a tertial's follow-up covers: T1 January–April, T2 January–August. */
export const tertialMonths = (tertial: 1 | 2): number => tertial * 4;

/** The ISO first and last day of a tertial's period. */
export function tertialPeriod(year: number, tertial: 1 | 2): { from: string; to: string } {
  return { from: `${year}-01-01`, to: tertial === 1 ? `${year}-04-30` : `${year}-08-31` };
}

const ratio = (part: Cell, whole: Cell): number | null => (part === null || whole === null || whole === 0 ? null : part / whole);

/** Rounded to the document's unit (whole kr or tkr), as every printed row is; never −0. */
const whole = (value: number): number => {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
};

function values(budget: Cell, utfall: Cell, periodiserad: Cell, prognos: Cell): FollowUpValues {
  return {
    budget,
    utfall,
    andel: ratio(utfall, budget),
    periodiserad,
    avvikelse: subtractCells(utfall, periodiserad),
    prognos,
    prognosAvvikelse: subtractCells(prognos, budget),
  };
}

/** A sum of rows; a result (income and costs together) has no share of its budget: a result near zero would give thousands of percent. */
function total(parts: readonly FollowUpValues[], result = false): FollowUpValues {
  const sum = (key: "budget" | "utfall" | "periodiserad" | "prognos") => sumCells(parts.map((p) => p[key]));
  const computed = values(sum("budget"), sum("utfall"), sum("periodiserad"), sum("prognos"));
  return result ? { ...computed, andel: null } : computed;
}

export interface EquityInput {
  opening: Cell;
  medlemsbidrag: Cell;
  recommendedShare: number | null;
  /** Half a unit of the document: what counts as at the level. */
  tolerance: number;
}

export function computeUppfoljning(data: Uppfoljning, options: { year: number; equity: EquityInput }): ComputedUppfoljning {
  const months = tertialMonths(data.tertial);
  const lines: FollowUpLine[] = [];
  const defaulted: ComputedUppfoljning["defaulted"] = [];
  const byGroup = {} as Record<GroupName, FollowUpValues[]>;
  let verksamhetsresultat!: FollowUpValues;

  for (const name of groupNames) {
    const group = data[name];
    byGroup[name] = [];
    if (group.label) lines.push({ kind: "heading", label: group.label, path: [name, "label"], anchor: [name] });
    group.rows.forEach((row, index) => {
      const budget = row.budget ?? null;
      const utfall = row.utfall ?? null;
      const periodiserad = row.periodiserad_budget !== undefined ? row.periodiserad_budget : budget === null ? null : whole((budget * months) / 12);
      let prognos: Cell;
      let prognosSource: PrognosSource;
      if (row.prognos !== undefined) {
        prognos = row.prognos;
        prognosSource = "typed";
      } else {
        prognosSource = data.prognos_default;
        prognos = prognosSource === "budget" ? budget : utfall === null ? null : whole((utfall * 12) / months);
        defaulted.push({ id: row.id, label: row.label, source: prognosSource });
      }
      const rowValues = values(budget, utfall, periodiserad, prognos);
      byGroup[name].push(rowValues);
      lines.push({
        kind: "row",
        id: row.id,
        label: row.label,
        path: [name, "rows", index],
        anchor: [name, row.id],
        values: rowValues,
        prognosSource,
        periodSource: row.periodiserad_budget !== undefined ? "pbudget" : "twelfths",
        ...(row.kommentar ? { kommentar: row.kommentar } : {}),
      });
    });
    if (group.sum_label) lines.push({ kind: "sum", label: group.sum_label, path: [name], anchor: [name, "summa"], values: total(byGroup[name]) });
    // Verksamhetsresultat stands after the costs, before the financial items.
    if (name === "kostnader") {
      verksamhetsresultat = total([...byGroup.intakter, ...byGroup.kostnader], true);
      lines.push({
        kind: "result",
        label: data.verksamhetsresultat_label,
        path: ["verksamhetsresultat_label"],
        anchor: ["verksamhetsresultat"],
        values: verksamhetsresultat,
      });
    }
  }
  const resultat = total(
    groupNames.flatMap((name) => byGroup[name]),
    true,
  );
  const stated = [
    ...groupNames.flatMap((name) => compareTotals(data, [name], [name, "stated_sum"], [name, "summa"], data[name].stated_sum, total(byGroup[name]))),
    ...compareTotals(
      data,
      ["intakter", "kostnader"],
      ["verksamhetsresultat_stated"],
      ["verksamhetsresultat"],
      data.verksamhetsresultat_stated,
      verksamhetsresultat,
    ),
    ...compareTotals(data, groupNames, ["resultat_stated"], ["resultat"], data.resultat_stated, resultat),
  ];
  lines.push({ kind: "result", label: data.resultat_label, path: ["resultat_label"], anchor: ["resultat"], values: resultat });

  return {
    year: options.year,
    tertial: data.tertial,
    months,
    lines,
    verksamhetsresultat,
    resultat,
    defaulted,
    equity: followUpEquity(options.equity, resultat.prognos),
    stated,
  };
}

const columnNames = { budget: "årsbudget", utfall: "utfall", prognos: "helårsprognos" } as const;

/** A stated total's columns against the sums of its rows (the prognosis rows must sum to the prognosis total). */
function compareTotals(
  data: Uppfoljning,
  groups: readonly GroupName[],
  path: (string | number)[],
  anchor: string[],
  statedValues: UppfoljningStated | undefined,
  computed: FollowUpValues,
): StatedComparison[] {
  if (!statedValues) return [];
  const rows = groups.flatMap((name) => data[name].rows.map((row, index) => ({ name, row, index })));
  return (["budget", "utfall", "prognos"] as const).flatMap((column) => {
    const value = statedValues[column];
    if (value === undefined) return [];
    // Only the typed cells of the column are the parts a mistyped figure can be looked for in.
    const partCells: PartCell[] = rows.flatMap(({ name, row, index }) =>
      typeof row[column] === "number" ? [{ path: [name, "rows", index, column], value: row[column] as number }] : [],
    );
    const parts = countParts(rows.map(({ row }) => row[column] ?? null));
    return [
      compareStated([...path, column], value, computed[column], parts, {
        row: anchor,
        description: `${columnNames[column]}: ${rows.map(({ row }) => row.label).join(" + ")}`,
        partCells,
      }),
    ];
  });
}

/** Eget kapital at year end by the prognosis, against the recommended share of the member contribution. */
export function followUpEquity(input: EquityInput, resultat: Cell): FollowUpEquity {
  const closing = input.opening === null || resultat === null ? null : input.opening + resultat;
  const recommended = input.medlemsbidrag === null || input.recommendedShare === null ? null : whole(input.medlemsbidrag * input.recommendedShare);
  const over = closing === null || recommended === null ? null : closing - recommended;
  return {
    opening: input.opening,
    resultat,
    closing,
    medlemsbidrag: input.medlemsbidrag,
    recommendedShare: input.recommendedShare,
    recommended,
    overRecommended: over,
    status: over === null ? null : Math.abs(over) <= input.tolerance ? "at" : over > 0 ? "over" : "under",
  };
}
