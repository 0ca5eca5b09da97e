// The notes (noter) with their sums computed, and each note's printed sum compared with its rows.
import type { Note } from "../../schemas/arsredovisning/index.ts";
import { type Cell, countParts, sumCells } from "../cell.ts";
import { compareStated, type StatedComparison } from "../stated.ts";

export interface ComputedNote {
  number: number;
  title: string;
  sumLabel: string;
  years: number[];
  rows: { label: string; strong: boolean; values: Record<string, Cell>; marks: Record<string, string>; path: (string | number)[] }[];
  sum: Record<string, Cell>;
  footnote?: string;
  path: (string | number)[];
}

export function computeNotes(notes: Note[], years: number[]): ComputedNote[] {
  return notes.map((note, index) => ({
    number: note.number,
    title: note.title,
    sumLabel: note.sum_label,
    years,
    rows: note.rows.map((row, r) => ({
      label: row.label,
      strong: row.strong ?? false,
      values: Object.fromEntries(years.map((y) => [y, row.values[y] ?? null])),
      marks: row.marks ?? {},
      path: ["noter", index, "rows", r],
    })),
    sum: Object.fromEntries(years.map((y) => [y, sumCells(note.rows.map((row) => row.values[y] ?? null))])),
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
          row: ["noter", index],
          description: `Not ${note.number} ${year}: summa av notens rader`,
        }),
      );
    }
  });
  return result;
}
