// Rules on the årsredovisning's financial statements that are not one printed total against its
// parts (those are rule "summa", see stated-totals.ts):
// - "balans": the balansräkning balances (SUMMA TILLGÅNGAR = SUMMA EGET KAPITAL, AVSÄTTNINGAR, SKULDER);
// - "kassa": the kassaflödesanalys' likvida medel vid årets slut = the balansräkning's kassa och bank;
// - "ingaende-balans": an opening balance written in the data (values of an `opening_of:` line) equals
//   last year's closing balance, which the statement uses instead (so equity and cash roll forward);
// - "resultat-drift": the resultaträkning's årets resultat = the driftsredovisning's resultat (utfall), and
//   its intäkter, kostnader and finansiella lines, where written rather than read from the
//   driftsredovisning, = the driftsredovisning group's utfall.
// Lines are found by their ids: balansrakning `tillgangar`, `summa_skulder`, `kassa`;
// kassaflodesanalys `likvida_slut`; resultatrakning `arets_resultat`. A statement without them is not checked.

import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import type { ComputedStatement, StatementName } from "../compute/arsredovisning/statements.ts";
import { type Cell, countParts, sumCells } from "../compute/cell.ts";
import { compareStated, type StatedComparison } from "../compute/stated.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import type { Unit } from "../format/index.ts";
import type { Arsredovisning, Statement } from "../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../schemas/driftsredovisning.ts";
import type { DocumentRef, Finding } from "./finding.ts";
import { statedTotalFindings } from "./stated-totals.ts";

type Entry = Statement["entries"][number];

const idOf = (entry: Entry): string | undefined => ("id" in entry ? entry.id : undefined);
const indexOf = (statement: Statement | undefined, id: string) => statement?.entries.findIndex((e) => idOf(e) === id) ?? -1;
const labelOf = (entry: Entry): string => ("heading" in entry ? entry.heading : "sum" in entry ? entry.sum : entry.label);

/** Where a line's value for a year is: its stated value if the data states one, its written value, else its row. */
function linePath(name: StatementName, statement: Statement, index: number, year: string): (string | number)[] {
  const entry = statement.entries[index]!;
  if ("stated" in entry && entry.stated?.[year] !== undefined) return [name, "entries", index, "stated", year];
  if ("values" in entry && entry.values?.[year] !== undefined) return [name, "entries", index, "values", year];
  return [name, "entries", index];
}

/** Rounded figures the lines before `until` are made of (rows with a value that year). */
function roundedRows(computed: ComputedStatement, until: number, year: string): number {
  return computed.lines.slice(0, until + 1).filter((line) => line.kind === "row" && line.values[year] !== null && line.values[year] !== undefined).length;
}

export function balanceComparisons(data: Arsredovisning, computed: ComputedArsredovisning): StatedComparison[] {
  const statement = data.balansrakning;
  const balance = computed.statements.balansrakning;
  if (!statement || !balance) return [];
  const assets = indexOf(statement, "tillgangar");
  const liabilities = indexOf(statement, "summa_skulder");
  if (assets < 0 || liabilities < 0) return [];
  return statement.years.map(String).flatMap((year) => {
    const left = balance.byId.tillgangar?.[year] ?? null;
    const right = balance.byId.summa_skulder?.[year] ?? null;
    if (left === null && right === null) return [];
    return [
      compareStated(
        linePath("balansrakning", statement, liabilities, year),
        right,
        left,
        Math.max(2, roundedRows(balance, Math.max(assets, liabilities), year)),
        {
          row: ["balansrakning", "entries", liabilities],
          description: `${labelOf(statement.entries[liabilities]!)} ${year} mot ${labelOf(statement.entries[assets]!)}`,
        },
      ),
    ];
  });
}

export function cashComparisons(data: Arsredovisning, computed: ComputedArsredovisning): StatedComparison[] {
  const flow = data.kassaflodesanalys;
  const closing = indexOf(flow, "likvida_slut");
  const cash = computed.statements.balansrakning?.byId.kassa;
  if (!flow || closing < 0 || !cash) return [];
  return flow.years.map(String).flatMap((year) => {
    const fromFlow = computed.statements.kassaflodesanalys?.byId.likvida_slut?.[year] ?? null;
    const fromBalance = cash[year] ?? null;
    if (fromFlow === null || fromBalance === null) return [];
    return [
      compareStated(linePath("kassaflodesanalys", flow, closing, year), fromFlow, fromBalance, 2, {
        row: ["kassaflodesanalys", "entries", closing],
        description: `${labelOf(flow.entries[closing]!)} ${year} mot balansräkningens kassa och bank`,
      }),
    ];
  });
}

/** Opening balances written in the data for a year whose last year's closing the statement has. */
export function openingComparisons(data: Arsredovisning, computed: ComputedArsredovisning): StatedComparison[] {
  const result: StatedComparison[] = [];
  for (const name of ["balansrakning", "kassaflodesanalys"] as const) {
    const statement = data[name];
    const lines = computed.statements[name];
    if (!statement || !lines) continue;
    statement.entries.forEach((entry, index) => {
      if (!("label" in entry) || !entry.opening_of) return;
      for (const [year, written] of Object.entries(entry.values ?? {})) {
        const used: Cell = lines.byId[entry.id ?? ""]?.[year] ?? lines.lines[index]?.values[year] ?? null;
        const lastClosing = lines.byId[entry.opening_of]?.[String(Number(year) - 1)];
        // Only where the statement replaced the written value with last year's closing.
        if (lastClosing === undefined || written === null || used === written) continue;
        result.push(
          compareStated([name, "entries", index, "values", year], written, used, 0, {
            row: [name, "entries", index],
            description: `${entry.label} ${year} mot ${Number(year) - 1} års utgående balans (${entry.opening_of})`,
          }),
        );
      }
    });
  }
  return result;
}

/** The resultaträkning's lines that a driftsredovisning group gives, by line id. */
const driftsLines = { intakter: "intakter", kostnader: "kostnader", finansiella: "finansiella_poster" } as const;

export function resultComparisons(data: Arsredovisning, computed: ComputedArsredovisning, driftsData?: Driftsredovisning): StatedComparison[] {
  const statement = data.resultatrakning;
  const drifts = computed.driftsredovisning;
  if (!statement || !drifts) return [];
  const result: StatedComparison[] = [];
  // Lines written in the resultaträkning (not read from the driftsredovisning) against the group's utfall.
  if (driftsData) {
    for (const [id, group] of Object.entries(driftsLines)) {
      const index = indexOf(statement, id);
      const entry = statement.entries[index];
      if (!entry || !("label" in entry) || entry.driftsredovisning) continue;
      for (const year of statement.years.map(String)) {
        if (!driftsData.years.map(String).includes(year)) continue;
        const cells = driftsData[group].rows.map((row) => row.utfall[year] ?? null);
        const fromDrifts = sumCells(cells);
        const fromStatement = computed.statements.resultatrakning?.byId[id]?.[year] ?? null;
        if (fromStatement === null || fromDrifts === null) continue;
        result.push(
          compareStated(linePath("resultatrakning", statement, index, year), fromStatement, fromDrifts, countParts(cells) + 1, {
            row: ["resultatrakning", "entries", index],
            description: `${entry.label} ${year} mot driftsredovisningens ${driftsData[group].label ?? "finansiella poster"} (utfall)`,
          }),
        );
      }
    }
  }
  const index = indexOf(statement, "arets_resultat");
  if (index < 0) return result;
  return result.concat(
    statement.years.map(String).flatMap((year) => {
      const fromStatement = computed.statements.resultatrakning?.byId.arets_resultat?.[year] ?? null;
      const fromDrifts = drifts.resultat[year]?.utfall ?? null;
      if (fromStatement === null || fromDrifts === null) return [];
      return [
        compareStated(linePath("resultatrakning", statement, index, year), fromStatement, fromDrifts, 2, {
          row: ["resultatrakning", "entries", index],
          description: `${labelOf(statement.entries[index]!)} ${year} mot driftsredovisningens resultat (utfall)`,
        }),
      ];
    }),
  );
}

/** Findings of two computed figures that must agree: says which two, not "angivet" and "beräknat". */
function agreementFindings(
  comparisons: StatedComparison[],
  source: YamlSource,
  document: DocumentRef,
  unit: Unit,
  rule: string,
  names: [string, string],
): Finding[] {
  // The what: which two figures, by what they are ("eget kapital, avsättningar och skulder mot tillgångar: …").
  return statedTotalFindings(comparisons, source, document, unit, rule).map((finding) => ({
    ...finding,
    message: `${names[0]} mot ${names[1]}: ${finding.message}`,
  }));
}

/** Every finding of these rules, with file:line, field path and a link to the statement's row. */
export function statementFindings(
  data: Arsredovisning,
  computed: ComputedArsredovisning,
  source: YamlSource,
  document: DocumentRef,
  unit: Unit,
  drifts?: Driftsredovisning,
): Finding[] {
  return [
    ...agreementFindings(balanceComparisons(data, computed), source, document, unit, "balans", ["eget kapital, avsättningar och skulder", "tillgångar"]),
    ...agreementFindings(cashComparisons(data, computed), source, document, unit, "kassa", ["kassaflödesanalysen ger", "balansräkningen har"]),
    ...statedTotalFindings(openingComparisons(data, computed), source, document, unit, "ingaende-balans"),
    ...agreementFindings(resultComparisons(data, computed, drifts), source, document, unit, "resultat-drift", ["resultaträkningen", "driftsredovisningen"]),
  ];
}
