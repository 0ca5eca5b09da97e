// The protokoll's tables: attendance (name, utsedd av, beslutande, närvaro) and the tables a
// decision carries (written in the data as text cells).
import type { AttendanceRow } from "../compute/protokoll.ts";
import { EMPTY, formatMeetingDay } from "../format/index.ts";
import { textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Table } from "./model.ts";

export function attendanceTable(rows: AttendanceRow[], options: { caption: string; id: string }): Table {
  return {
    id: options.id,
    caption: options.caption,
    className: "attendance-table",
    columns: ["Namn", "Utsedd av", "Beslutande", "Närvaro"].map((label) => ({ label, numeric: false })),
    rows: rows.map((row) => ({
      kind: "row",
      header: textCell(row.name),
      cells: [textCell(row.appointedBy), textCell(row.decides || EMPTY), textCell(row.present || EMPTY)],
    })),
    csvName: csvFileName(options.caption),
  };
}

export function writtenTable(table: { caption: string; columns: string[]; rows: string[][] }): Table {
  return {
    caption: table.caption,
    columns: table.columns.map((label) => ({ label, numeric: false })),
    rows: table.rows.map((row) => ({ kind: "row", header: textCell(row[0] ?? ""), cells: row.slice(1).map((cell) => textCell(cell)) })),
    csvName: csvFileName(table.caption),
  };
}

/** The meeting dates a board adopted, printed as the protokoll states them: "Fre 13/3 kl 9–12". */
export function meetingsTable(meetings: { caption: string; columns: string[]; rows: { what: string; date: string; time: string }[] }): Table {
  return writtenTable({ ...meetings, rows: meetings.rows.map((row) => [row.what, `${formatMeetingDay(row.date)} ${row.time}`]) });
}
