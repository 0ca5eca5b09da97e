// Printing as adopted. An adopted document is a public record: where it states a figure (a total,
// a result, an equity), its table shows the stated figure — what the board adopted — and where
// the parts give another, the cell is marked with a letter and a note under the table says what
// they give. The granskning says the rest; a draft has no stated figures and shows what is computed.
import type { StatedComparison } from "../compute/stated.ts";
import { anchorId, formatNumber } from "../format/index.ts";
import type { Cell, Row, Table } from "./model.ts";

const columns = new Set(["utfall", "budget", "differens"]);
const isYear = (key: string | number) => /^\d{4}$/.test(String(key));

/** Which of a row's cells a stated figure is: its year, with the driftsredovisning's column before it ("utfall.2025"). */
export function adoptedKey(path: readonly (string | number)[]): string | undefined {
  const at = path.findLastIndex(isYear);
  if (at === -1) return undefined;
  const column = path[at - 1];
  return typeof column === "string" && columns.has(column) ? `${column}.${path[at]}` : String(path[at]);
}

/**
 * What the note says: a sum's stated figure against its parts; a line's own value against what
 * specifies it (its note, the change it explains); a line read from another document against that.
 */
function noteText(comparison: StatedComparison, row: Row, decimals: number): string {
  const computed = formatNumber(comparison.computed, decimals);
  const own = comparison.path.at(-2);
  if (isYear(comparison.path.at(-1)!) && (own === "values" || own === "amounts")) return `Specifikationen ger ${computed}.`;
  return row.kind === "row" ? `Fastställt belopp; beräknat ${computed}.` : `Fastställt belopp; delarna ger ${computed}.`;
}

const letter = (index: number) => String.fromCharCode(97 + (index % 26)).repeat(1 + Math.floor(index / 26));

export function markAdopted(tables: readonly Table[], comparisons: readonly StatedComparison[], options: { documentId: string }): void {
  const rows = new Map(tables.flatMap((table) => table.rows.flatMap((row, rowIndex) => (row.id ? [[row.id, { table, row, rowIndex }] as const] : []))));
  const seen = new Set<string>();
  const marked: { table: Table; row: Row; cell: Cell; order: number; comparison: StatedComparison }[] = [];
  for (const comparison of comparisons) {
    const place = comparison.path.join(".");
    if (seen.has(place) || comparison.stated === null) continue;
    seen.add(place);
    const key = adoptedKey(comparison.path);
    const found = rows.get(anchorId(options.documentId, comparison.row));
    const cellIndex = found?.row.cells.findIndex((c) => c.key === key) ?? -1;
    if (!found || cellIndex === -1) continue;
    const cell = found.row.cells[cellIndex]!;
    Object.assign(cell, { value: comparison.stated, text: formatNumber(comparison.stated, cell.decimals ?? 0) } satisfies Partial<Cell>);
    if (comparison.difference !== 0) marked.push({ table: found.table, row: found.row, cell, order: found.rowIndex * 1000 + cellIndex, comparison });
  }
  // Letters in reading order, per table.
  marked.sort((a, b) => a.order - b.order);
  for (const { table, row, cell, comparison } of marked) {
    table.notes ??= [];
    const mark = letter(table.notes.length);
    const id = `${row.id}-anm-${mark}`;
    cell.mark = mark;
    cell.markHref = id;
    table.notes.push({ id, mark, number: table.notes.length + 1, text: noteText(comparison, row, cell.decimals ?? 0) });
  }
}
