// Resultaträkning, balansräkning and kassaflödesanalys, and the notes: headings, lines with their
// note number, computed sums, one column per year. An empty line prints nothing (not a dash).
import type { ComputedNote } from "../compute/arsredovisning/notes.ts";
import type { ComputedStatement } from "../compute/arsredovisning/statements.ts";
import { amountCaption, anchorId, type Unit } from "../format/index.ts";
import { amountCell, blankableAmountCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Column, Row, Table } from "./model.ts";

export function statementTable(statement: ComputedStatement, options: { unit: Unit; caption: string; documentId: string }): Table {
  const years = statement.years.map(String);
  const hasNotes = statement.lines.some((line) => line.note !== undefined);
  const columns: Column[] = [
    { label: amountCaption(options.unit), numeric: false },
    ...(hasNotes ? [{ label: "Not", numeric: false }] : []),
    ...years.map((year) => ({ label: statement.columnLabels[year] ?? year, numeric: true })),
  ];
  const rows = statement.lines.map((line): Row => {
    if (line.kind === "heading") return { kind: "heading", header: textCell(line.label, { colspan: columns.length }), cells: [] };
    const noteCell = line.note === undefined ? textCell("") : textCell(String(line.note), { href: `#not-${line.note}` });
    return {
      id: anchorId(options.documentId, line.path),
      kind: line.kind,
      classes: line.strong ? ["line-strong"] : line.kind === "sum" ? ["line-plain"] : [],
      header: textCell(line.label),
      cells: [...(hasNotes ? [{ ...noteCell, className: "note-col" }] : []), ...years.map((year) => blankableAmountCell(line.values[year], { key: year }))],
    };
  });
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    caption: options.caption,
    unitCaption,
    captionHidden: true,
    className: "statement-table",
    columns,
    rows,
    csvName: csvFileName(options.caption, unitCaption),
  };
}

export function noteTable(note: ComputedNote, options: { unit: Unit; documentId: string }): Table {
  const years = note.years.map(String);
  const caption = `Not ${note.number} ${note.title}`;
  const rows: Row[] = [
    ...note.rows.map(
      (row): Row => ({
        kind: "row",
        classes: row.strong ? ["line-strong"] : [],
        header: textCell(row.label),
        cells: years.map((year) => amountCell(row.values[year], { key: year, ...(row.marks[year] ? { mark: row.marks[year] } : {}) })),
      }),
    ),
    {
      id: anchorId(options.documentId, [...note.path, "summa"]),
      kind: "sum",
      classes: ["line-strong"],
      header: textCell(note.sumLabel),
      cells: years.map((year) => amountCell(note.sum[year], { key: year })),
    },
  ];
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    id: anchorId(options.documentId, note.path),
    caption,
    unitCaption,
    captionHidden: true,
    className: "statement-table",
    columns: [{ label: amountCaption(options.unit), numeric: false }, ...years.map((year) => ({ label: year, numeric: true }))],
    rows,
    csvName: csvFileName(caption, unitCaption),
  };
}
