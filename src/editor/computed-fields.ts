// The built document's figures beside the fields they come from. A table row's anchor is made from
// the data (./format/anchor.ts): either from the row's path ("budget-kostnader-rows-0") or from the
// ids along it ("kostnader-insatsfinansiering"), after the document's id; a group's total is
// "<group>-summa". So a row of the data finds its table rows by those anchors, with no table or kind
// named here; a row that more than one place of the data would match is left to the tables below.
import { anchorId } from "../format/index.ts";
import type { Column, Row, Table } from "../tables/index.ts";

export interface FieldFigure {
  /** The column's label ("Årsbudget 2025"), with the row's when it is a total. */
  label: string;
  /** As the document prints it ("6 171", "64 %", "–"). */
  text: string;
  /** Where a value read from another document comes from; absent: this file or computed from it. */
  source?: string;
}

export interface ComputedField {
  /** The field path in the file ("kostnader.rows.0"; "kostnader" for a group's total). */
  path: string;
  /** The table's caption and unit ("Ekonomi januari–augusti 2025 (belopp i tkr)"). */
  table: string;
  row: string;
  figures: FieldFigure[];
}

/** The anchor's part after the document id, for these keys. */
const ending = (keys: readonly (string | number)[]) => anchorId("", keys).slice(1);

/** The endings a row's anchor can have for an object of the data at `path`. */
function anchorEndings(data: unknown, path: readonly (string | number)[]): string[] {
  const byIds: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    node = (node as Record<string | number, unknown>)?.[key];
    if (typeof key === "number") {
      const id = (node as { id?: unknown })?.id;
      if (typeof id !== "string") return [ending(path)];
      byIds.push(id);
    } else if (key !== "rows" && key !== "entries") byIds.push(key);
  }
  const last = path.at(-1);
  return [...new Set([ending(path), ending(byIds), ...(typeof last === "string" ? [ending([...path, "summa"])] : [])])];
}

/** Every object of the data below the root, with its path. */
function objectsOf(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (data === null || typeof data !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((value, index) => [index, value]) : Object.entries(data);
  return entries.flatMap(([key, value]) => (value !== null && typeof value === "object" ? [[...path, key], ...objectsOf(value, [...path, key])] : []));
}

function figuresOf(table: Table, row: Row): FieldFigure[] {
  // Cells line up with the columns after the row heading only when none spans several.
  const columns: Column[] = table.columns.slice(row.header ? 1 : 0);
  if (row.cells.some((cell) => (cell.colspan ?? 1) > 1) || row.cells.length !== columns.length) return [];
  return row.cells.flatMap((cell, index) =>
    cell.numeric
      ? [{ label: [columns[index]!.label, columns[index]!.hidden].filter(Boolean).join(" "), text: cell.text, ...(cell.source ? { source: cell.source } : {}) }]
      : [],
  );
}

/** The fields of a document's data (its id is the anchors' prefix) with the figures its tables show for them. */
export function computedFields(data: unknown, tables: readonly Table[], documentId: string): ComputedField[] {
  const rows = tables.flatMap((table) => table.rows.filter((row) => row.id && row.kind !== "heading").map((row) => ({ table, row })));
  const anchors = new Set(rows.map(({ row }) => row.id!));
  // Which objects of the data each row's anchor could be made from.
  const owners = new Map<string, (string | number)[][]>();
  for (const path of objectsOf(data)) {
    for (const end of anchorEndings(data, path)) {
      const id = `${documentId}-${end}`;
      if (anchors.has(id)) owners.set(id, [...(owners.get(id) ?? []), path]);
    }
  }
  const fields: ComputedField[] = [];
  for (const { table, row } of rows) {
    const paths = owners.get(row.id!) ?? [];
    if (paths.length !== 1) continue;
    const figures = figuresOf(table, row);
    if (!figures.length) continue;
    fields.push({
      path: paths[0]!.join("."),
      table: table.unitCaption ? `${table.caption} (${table.unitCaption})` : table.caption,
      row: row.header?.text ?? "",
      figures,
    });
  }
  return fields;
}
