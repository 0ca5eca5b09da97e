// The notes (noter) with their sums computed, and each note's printed sum compared with its rows.
import type { Note } from "../../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../../schemas/driftsredovisning.ts";
import { type Cell, countParts, sumCells } from "../cell.ts";
import { compareStated, type StatedComparison } from "../stated.ts";

export interface ComputedNote {
  number: number;
  title: string;
  sumLabel: string;
  years: number[];
  rows: { id?: string; label: string; strong: boolean; values: Record<string, Cell>; marks: Record<string, string>; path: (string | number)[] }[];
  sum: Record<string, Cell>;
  /** The sum as the report prints it (its stated sum where it has one): what next year's opening balance is. */
  printedSum: Record<string, Cell>;
  footnote?: string;
  path: (string | number)[];
}

/**
 * The notes with every value the chain gives filled in: a row that is a driftsredovisning row reads
 * its utfall from there (negated where the note prints costs positive); last year's column is read
 * from last year's report, by row id. A value written anyway is compared with the one read.
 */
export function resolveNotes(
  notes: Note[],
  years: number[],
  context: { year: number; drifts?: Driftsredovisning; previous?: ComputedNote[] },
): { notes: Note[]; stated: StatedComparison[] } {
  const stated: StatedComparison[] = [];
  const driftsRows = context.drifts
    ? (["intakter", "kostnader", "finansiella_poster"] as const).flatMap((g) => context.drifts![g].rows.map((row) => ({ row, cost: g === "kostnader" })))
    : [];
  const resolved = notes.map((note, index): Note => {
    const previousNote = context.previous?.find((n) => n.number === note.number);
    return {
      ...note,
      rows: note.rows.map((row, r): Note["rows"][number] => {
        const values = { ...row.values };
        const path = ["noter", index, "rows", r, "values"];
        const link = row.driftsredovisning ? driftsRows.find((d) => d.row.id === row.driftsredovisning) : undefined;
        for (const y of years.map(String)) {
          let read: Cell | undefined;
          let from = "";
          if (link) {
            const utfall = link.row.utfall[y];
            read = utfall === undefined || utfall === null ? utfall : note.costs_positive && link.cost ? -utfall : utfall;
            from = `driftsredovisningens ${link.row.label}`;
          } else if (Number(y) === context.year - 1 && row.id && previousNote) {
            read = previousNote.rows.find((p) => p.id === row.id)?.values[y];
            from = `årsredovisningen ${context.year - 1}`;
          }
          if (read === undefined) continue;
          const written = row.values[y];
          if (written !== undefined && written !== read) {
            stated.push(
              compareStated([...path, y], written, read, 0, { row: ["noter", index], description: `Not ${note.number} ${row.label} ${y} mot ${from}` }),
            );
          }
          values[y] = read;
        }
        return { ...row, values };
      }),
    };
  });
  // An opening balance (a movement note's first row) is the note's sum a year earlier: in this
  // note where it has that year, else in last year's report. Years in order, as each builds on the last.
  for (const [index, note] of resolved.entries()) {
    const previousNote = context.previous?.find((n) => n.number === note.number);
    for (const [r, row] of note.rows.entries()) {
      if (!row.opening) continue;
      for (const y of [...years].sort((a, b) => a - b).map(String)) {
        const last = String(Number(y) - 1);
        // The sum as printed, where the note prints one (the board adopted that figure).
        const read = years.map(String).includes(last)
          ? (note.stated_sum?.[last] ?? sumCells(note.rows.map((other) => other.values[last] ?? null)))
          : previousNote?.printedSum[last];
        if (read === undefined) continue;
        const written = notes[index]!.rows[r]!.values[y];
        if (written !== undefined && written !== read) {
          stated.push(
            compareStated(["noter", index, "rows", r, "values", y], written, read, 0, {
              row: ["noter", index],
              description: `Not ${note.number} ${row.label} ${y} mot notens summa ${last}`,
            }),
          );
        }
        row.values[y] = read;
      }
    }
  }
  return { notes: resolved, stated };
}

export function computeNotes(notes: Note[], years: number[]): ComputedNote[] {
  return notes.map((note, index) => ({
    number: note.number,
    title: note.title,
    sumLabel: note.sum_label,
    years,
    rows: note.rows.map((row, r) => ({
      ...(row.id ? { id: row.id } : {}),
      label: row.label,
      strong: row.strong ?? false,
      values: Object.fromEntries(years.map((y) => [y, row.values[y] ?? null])),
      marks: row.marks ?? {},
      path: ["noter", index, "rows", r],
    })),
    sum: Object.fromEntries(years.map((y) => [y, sumCells(note.rows.map((row) => row.values[y] ?? null))])),
    printedSum: Object.fromEntries(years.map((y) => [y, note.stated_sum?.[y] ?? sumCells(note.rows.map((row) => row.values[y] ?? null))])),
    footnote: note.footnote,
    path: ["noter", index],
  }));
}

export function noteStated(notes: Note[], computed: ComputedNote[]): StatedComparison[] {
  const result: StatedComparison[] = [];
  notes.forEach((note, index) => {
    for (const [year, value] of Object.entries(note.stated_sum ?? {})) {
      const parts = note.rows.map((row) => row.values[year] ?? null);
      result.push(
        compareStated(["noter", index, "stated_sum", year], value, computed[index]!.sum[year] ?? null, countParts(parts), {
          partCells: note.rows.flatMap((row, r) => {
            const cell = row.values[year];
            return typeof cell === "number" ? [{ path: ["noter", index, "rows", r, "values", year], value: cell }] : [];
          }),
          row: ["noter", index, "summa"],
          description: `Not ${note.number} ${year}: summa av notens rader`,
        }),
      );
    }
  });
  return result;
}
