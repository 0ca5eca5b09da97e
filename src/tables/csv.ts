// A table model as a CSV file that Swedish Excel opens as it is: UTF-8 with a byte order mark,
// ";" between fields, CRLF line ends, numbers with decimal comma and no thousands separator
// ("1271", "-81", "2,5", "35%"), an empty field for an empty cell. Written with csv-stringify;
// text that a spreadsheet would run as a formula is made inert.
import { stringify } from "csv-stringify/sync";
import { EMPTY, formatPlainNumber } from "../format/index.ts";
import type { Cell, Table } from "./model.ts";

/**
 * OWASP's rule for CSV injection: a text field starting with =, +, -, @, tab or carriage return is
 * prefixed with an apostrophe, so the spreadsheet shows it as text instead of running it. Numbers
 * are written from their values and never get here.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

/** The cell's words as the reader sees them: prefix, text, suffix, note and footnote mark. */
function words(cell: Cell): string {
  const text = cell.kind === "list" && Array.isArray(cell.value) ? cell.value.join("\n") : cell.text;
  return [cell.prefix, text, cell.suffix].filter(Boolean).join(" ") + (cell.note ?? "") + (cell.mark ? ` ${cell.mark}` : "");
}

/** One cell as a CSV field: a number where the cell is just a number, else its words ("" for an empty cell). */
export function csvField(cell: Cell): string {
  const decorated = Boolean(cell.prefix || cell.suffix || cell.note || cell.mark);
  if (!decorated && typeof cell.value === "number") {
    if (cell.kind === "percent") return `${formatPlainNumber(cell.value * 100, cell.decimals ?? 0)}%`;
    if (cell.kind === "amount" || cell.kind === "count" || cell.kind === "decimal") return formatPlainNumber(cell.value, cell.decimals ?? 0);
  }
  const text = cell.kind === "list" ? words(cell).split("\n").map(plain).join("\n") : plain(words(cell));
  return text === EMPTY ? "" : inert(text);
}

/** The rows of the CSV: the column headings, then each row; spans are filled so every line has every column. */
export function csvRows(table: Table): string[][] {
  const width = table.columns.length;
  const lines: string[][] = [table.columns.map((column) => inert(plain(column.hidden ? `${column.label} ${column.hidden}` : column.label)))];
  // A cell spanning rows (a goal over its results) is repeated on each row it covers.
  const carried: { field: string; rows: number }[] = [];
  for (const row of table.rows) {
    const fields: string[] = [];
    let column = 0;
    const take = (cell: Cell) => {
      const field = csvField(cell);
      for (let i = 0; i < (cell.colspan ?? 1); i++) fields.push(i === 0 ? field : "");
      if ((cell.rowspan ?? 1) > 1) carried[column] = { field, rows: cell.rowspan! - 1 };
      column += cell.colspan ?? 1;
    };
    const fillCarried = () => {
      while (carried[column] && carried[column]!.rows > 0 && fields.length === column) {
        fields.push(carried[column]!.field);
        carried[column]!.rows--;
        column++;
      }
    };
    for (const cell of row.header ? [row.header, ...row.cells] : row.cells) {
      fillCarried();
      take(cell);
    }
    fillCarried();
    while (fields.length < width) fields.push("");
    lines.push(fields);
  }
  return lines;
}

export function tableToCsv(table: Table): string {
  // A line break inside a field (a list cell) is quoted, so a spreadsheet keeps it in its cell.
  return stringify(csvRows(table), { delimiter: ";", record_delimiter: "\r\n", bom: true, quoted_match: /[\r\n]/ });
}
