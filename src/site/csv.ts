// Tables as CSV files that Swedish Excel opens as they are: UTF-8 with a byte order mark, ";"
// between fields, CRLF line ends, numbers with decimal comma and no thousands separator, a plain
// "-" as minus. Text that a spreadsheet would take for a formula is made inert.
import { textOf } from "../format/index.ts";

export type Cell = string;

/**
 * A cell as the page shows it ("1 271", "−81", "2,5", "35 %", "–") → what goes into the CSV.
 * Numbers become "1271", "-81", "2,5", "35%"; the dash of an empty cell becomes an empty field.
 * Everything else is text and is kept as it is, made inert if it starts like a formula.
 */
export function csvValue(shown: string): string {
  const text = shown.replace(/\s+/g, " ").trim();
  if (text === "–" || text === "—") return "";
  const number = asNumber(text);
  if (number !== undefined) return number;
  return inert(text);
}

// A sv-SE number: optional minus (U+2212 or "-"), digits in groups of three separated by a
// (non-breaking or narrow) space, optional decimal comma, optional " %".
const NUMBER = /^([−-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(,\d+)?(?:[ \u00a0\u202f]?(%))?$/;

function asNumber(text: string): string | undefined {
  const match = NUMBER.exec(text.replace(/\u00a0|\u202f/g, " "));
  if (!match) return undefined;
  const [, minus, digits, decimals, percent] = match;
  return `${minus ? "-" : ""}${digits!.replace(/ /g, "")}${decimals ?? ""}${percent ?? ""}`;
}

/**
 * OWASP's rule for CSV injection: a text field starting with =, +, -, @, tab or carriage return is
 * prefixed with an apostrophe, so the spreadsheet shows it as text instead of running it. Only
 * text gets here; numbers (-81) have been recognised before.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\ufeff${rows.map((row) => row.map((cell) => field(csvValue(cell))).join(";")).join("\r\n")}\r\n`;
}

/* ---------- reading a rendered <table> ---------- */

export interface ParsedTable {
  caption: string;
  rows: string[][];
}

/** The caption and the cells of every row (thead, tbody, tfoot in document order); colspan repeats as empty cells. */
export function parseTable(html: string): ParsedTable {
  const caption = textOf(/<caption[^>]*>([\s\S]*?)<\/caption>/i.exec(html)?.[1] ?? "");
  const rows = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
    [...row[1]!.matchAll(/<(th|td)\b([^>]*)>([\s\S]*?)<\/\1>/gi)].flatMap((cell) => {
      const span = Number(/\bcolspan="(\d+)"/i.exec(cell[2]!)?.[1] ?? 1);
      return [textOf(cell[3]!), ...Array.from({ length: span - 1 }, () => "")];
    }),
  );
  return { caption, rows };
}
