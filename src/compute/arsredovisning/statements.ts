// Resultaträkning, balansräkning and kassaflödesanalys with every sum computed, lines taken from
// the driftsredovisning or another statement where the data says so, opening balances carried
// from last year's closing, and each line with a note compared with the note's sum. Pure.
import type { Note, Statement } from "../../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../../schemas/driftsredovisning.ts";
import { type Cell, countParts, sumCells } from "../cell.ts";
import { compareStated, type StatedComparison } from "../stated.ts";

export type StatementName = "resultatrakning" | "balansrakning" | "kassaflodesanalys";

export interface StatementLine {
  kind: "heading" | "row" | "sum";
  label: string;
  strong: boolean;
  note?: number;
  /** Where it comes from in the data file, e.g. ["balansrakning", "entries", 3]. */
  path: (string | number)[];
  values: Record<string, Cell>;
}

export interface ComputedStatement {
  years: number[];
  columnLabels: Record<string, string>;
  lines: StatementLine[];
  /** By line id. */
  byId: Record<string, Record<string, Cell>>;
}

/** The driftsredovisning groups' utfall per year, as the resultaträkning reads them. */
export type DriftsGroups = Partial<Record<"intakter" | "kostnader" | "finansiella_poster", Record<string, Cell>>>;

/** A driftsredovisning's groups summed per year (utfall). */
export function driftsGroups(report: Driftsredovisning): DriftsGroups {
  const groups: DriftsGroups = {};
  for (const name of ["intakter", "kostnader", "finansiella_poster"] as const) {
    groups[name] = Object.fromEntries(report.years.map((y) => [String(y), sumCells(report[name].rows.map((row) => row.utfall[String(y)] ?? null))]));
  }
  return groups;
}

/**
 * Computes the three statements in order (a line may read an earlier statement's line).
 * `previous` gives last year's values of a statement's lines, from last year's report, if any.
 */
export function computeStatements(
  statements: Partial<Record<StatementName, Statement>>,
  notes: Note[],
  drifts: DriftsGroups | undefined,
  previous: Partial<Record<StatementName, Record<string, Record<string, Cell>>>> = {},
): {
  statements: Partial<Record<StatementName, ComputedStatement>>;
  stated: StatedComparison[];
  /** Change lines compared with the change of the line they explain (a warning, not a sum). */
  changes: StatedComparison[];
  problems: { path: (string | number)[]; message: string }[];
} {
  const stated: StatedComparison[] = [];
  const changes: StatedComparison[] = [];
  const problems: { path: (string | number)[]; message: string }[] = [];
  const result: Partial<Record<StatementName, ComputedStatement>> = {};

  for (const name of ["resultatrakning", "balansrakning", "kassaflodesanalys"] as const) {
    const statement = statements[name];
    if (!statement) continue;
    const years = statement.years.map(String);
    const entries = statement.entries;
    const idIndex = new Map<string, number>();
    entries.forEach((entry, index) => {
      if ("id" in entry && entry.id) idIndex.set(entry.id, index);
    });
    const memo = new Map<string, Cell>();
    const visiting = new Set<string>();
    // Which non-empty cells a value is made of (for the rounding tolerance of a stated value).
    const partsMemo = new Map<string, number>();

    const lineValue = (index: number, year: string): Cell => {
      const key = `${index}:${year}`;
      if (memo.has(key)) return memo.get(key)!;
      if (visiting.has(key)) {
        problems.push({ path: [name, "entries", index], message: "raden beror på sig själv (of/opening_of i cirkel)" });
        return null;
      }
      visiting.add(key);
      const entry = entries[index]!;
      let value: Cell = null;
      let parts = 1;
      if ("sum" in entry) {
        const members = entry.of ? entry.of.map((id) => idIndex.get(id)) : entries.map((e, i) => (i < index && "label" in e ? i : undefined));
        const cells: Cell[] = [];
        parts = 0;
        (entry.of ?? []).forEach((id, k) => {
          if (members[k] === undefined) problems.push({ path: [name, "entries", index, "of", k], message: `ingen rad med id "${id}" i ${name}` });
        });
        for (const member of members) {
          if (member === undefined) continue;
          cells.push(lineValue(member, year));
          parts += partsMemo.get(`${member}:${year}`) ?? 1;
        }
        value = sumCells(cells);
      } else if ("label" in entry) {
        if (entry.driftsredovisning) {
          value = drifts?.[entry.driftsredovisning]?.[year] ?? null;
          if (!drifts)
            problems.push({ path: [name, "entries", index, "driftsredovisning"], message: "ingen driftsredovisning för samma år att läsa raden från" });
        } else if (entry.from) {
          const [other, id] = entry.from.split(".") as [StatementName, string];
          value = result[other]?.byId[id]?.[year] ?? null;
          if (!result[other]?.byId[id]) problems.push({ path: [name, "entries", index, "from"], message: `${entry.from} finns inte (eller räknas senare)` });
        } else if (
          entry.opening_of &&
          (years.includes(String(Number(year) - 1)) || previous[name]?.[entry.opening_of]?.[String(Number(year) - 1)] !== undefined)
        ) {
          const last = String(Number(year) - 1);
          const closing = idIndex.get(entry.opening_of);
          value = years.includes(last) && closing !== undefined ? lineValue(closing, last) : (previous[name]?.[entry.opening_of]?.[last] ?? null);
        } else if (entry.values === undefined && entry.note !== undefined && !(entry.id && previous[name]?.[entry.id]?.[year] !== undefined)) {
          // A line with a note and no values of its own is the note's sum (of its part).
          const note = notes.find((n) => n.number === entry.note);
          const rows = note?.rows.filter((row) => entry.note_part === undefined || row.part === entry.note_part) ?? [];
          const sum = sumCells(rows.map((row) => row.values[year] ?? null));
          value = sum === null ? null : note?.costs_positive ? -sum : sum;
          parts = Math.max(1, countParts(rows.map((row) => row.values[year] ?? null)));
        } else if (entry.values === undefined && entry.change_of && !(entry.id && previous[name]?.[entry.id]?.[year] !== undefined)) {
          // A change line with no values of its own is the change of the line it explains.
          const negative = entry.change_of.startsWith("-");
          const [other, id] = entry.change_of.replace(/^-/, "").split(".") as [StatementName, string];
          const now = result[other]?.byId[id]?.[year];
          const before = result[other]?.byId[id]?.[String(Number(year) - 1)];
          value = now === undefined || before === undefined || now === null || before === null ? null : (now - before) * (negative ? -1 : 1);
          parts = 2;
        } else {
          value = entry.values?.[year] ?? null;
          // Last year's report, when there is one, is where last year's figures come from.
          const fromLastReport = entry.id ? previous[name]?.[entry.id]?.[year] : undefined;
          if (fromLastReport !== undefined) {
            if (entry.values?.[year] !== undefined && entry.values[year] !== fromLastReport) {
              stated.push(
                compareStated([name, "entries", index, "values", year], entry.values[year]!, fromLastReport, 0, {
                  row: [name, "entries", index],
                  description: `${entry.label} ${year}: enligt förra årets årsredovisning`,
                }),
              );
            }
            value = fromLastReport;
          }
        }
      }
      visiting.delete(key);
      memo.set(key, value);
      partsMemo.set(key, parts);
      return value;
    };

    const lines: StatementLine[] = entries.map((entry, index) => {
      if ("heading" in entry) return { kind: "heading", label: entry.heading, strong: entry.strong, path: [name, "entries", index], values: {} };
      const values = Object.fromEntries(years.map((y) => [y, lineValue(index, y)]));
      if ("sum" in entry) return { kind: "sum", label: entry.sum, strong: entry.strong, path: [name, "entries", index], values };
      return { kind: "row", label: entry.label, strong: entry.strong ?? false, note: entry.note, path: [name, "entries", index], values };
    });

    entries.forEach((entry, index) => {
      if ("heading" in entry) return;
      for (const [year, value] of Object.entries(entry.stated ?? {})) {
        const label = "sum" in entry ? entry.sum : entry.label;
        stated.push(
          compareStated([name, "entries", index, "stated", year], value, lineValue(index, year), partsMemo.get(`${index}:${year}`) ?? 1, {
            row: [name, "entries", index],
            description: `${label} ${year}`,
          }),
        );
      }
      // A line with a note: the note's rows (those of its part) sum to the line.
      if ("label" in entry && entry.note !== undefined) {
        const noteIndex = notes.findIndex((n) => n.number === entry.note);
        const note = notes[noteIndex];
        if (!note) {
          problems.push({ path: [name, "entries", index, "note"], message: `ingen not ${entry.note} i noter` });
          return;
        }
        const rows = note.rows.filter((row) => entry.note_part === undefined || row.part === entry.note_part);
        for (const year of years) {
          const cells = rows.map((row) => row.values[year] ?? null);
          const noteSum = sumCells(cells);
          const line = lineValue(index, year);
          // Costs are positive in a note and negative in the resultaträkning: compare magnitudes.
          const signed = line !== null && noteSum !== null && Math.sign(line) !== Math.sign(noteSum) && line !== 0 ? -noteSum : noteSum;
          stated.push(
            compareStated([name, "entries", index, "values", year], line, signed, countParts(cells), {
              row: [name, "entries", index],
              description: `${entry.label} ${year} mot summan av not ${entry.note}${entry.note_part ? ` (${entry.note_part})` : ""}`,
            }),
          );
        }
      }
    });

    // A change line against the change of another statement's line from last year to this.
    // The label of another statement's line, for saying which change a line explains.
    const labelOf = (statement: StatementName, id: string) => {
      const found = statements[statement]?.entries.find((other) => "id" in other && other.id === id);
      return found && "label" in found ? found.label : undefined;
    };
    entries.forEach((entry, index) => {
      if (!("label" in entry) || !entry.change_of) return;
      const negative = entry.change_of.startsWith("-");
      const [other, id] = entry.change_of.replace(/^-/, "").split(".") as [StatementName, string];
      const otherValues = other === name ? undefined : result[other]?.byId[id];
      if (!otherValues) {
        problems.push({ path: [name, "entries", index, "change_of"], message: `${entry.change_of} finns inte (eller räknas senare)` });
        return;
      }
      for (const year of years) {
        const now = otherValues[year];
        const before = otherValues[String(Number(year) - 1)];
        const line = lineValue(index, year);
        if (now === undefined || before === undefined || now === null || before === null || line === null) continue;
        const change = (now - before) * (negative ? -1 : 1);
        changes.push(
          compareStated([name, "entries", index, "values", year], line, change, 2, {
            row: [name, "entries", index],
            // The line it explains by its label (the numbers are the finding's columns; no formatting here).
            description: `${entry.label} ${year} mot förändringen av ${labelOf(other, id) ?? entry.change_of.replace(/^-/, "")} från ${Number(year) - 1}`,
          }),
        );
      }
    });

    const byId: Record<string, Record<string, Cell>> = {};
    for (const [id, index] of idIndex) byId[id] = Object.fromEntries(years.map((y) => [y, lineValue(index, y)]));
    result[name] = {
      years: statement.years,
      columnLabels: Object.fromEntries(years.map((y) => [y, statement.column_labels?.[y] ?? defaultColumnLabel(name, y)])),
      lines,
      byId,
    };
  }
  return { statements: result, stated, changes, problems };
}

/** A balance sheet's column is a balance day (the year's last), the other statements' a year. */
function defaultColumnLabel(statement: string, year: string): string {
  return statement === "balansrakning" ? `${year}-12-31` : year;
}
