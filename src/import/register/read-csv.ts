// Reads the register from a CSV file (csv-parse): UTF-8 with or without a byte order mark, fields
// separated by ";" (what Swedish Excel writes) or ",", whichever the heading line uses more.
// Row numbers are the records' as a spreadsheet would show them (heading = row 1); rows with no
// value at all are left out. Every cell is text; an empty field is an empty cell.
import { parse } from "csv-parse/sync";
import type { RawCell, RawRow, ReadResult } from "./columns.ts";

export function readCsv(file: string, data: Uint8Array): ReadResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return { ok: false, problems: [{ file, message: "filen är inte kodad som UTF-8; spara den i Excel som ”CSV UTF-8 (kommaavgränsad)”" }] };
  }
  if (text.startsWith("\ufeff")) text = text.slice(1);
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const what = code === "CSV_QUOTE_NOT_CLOSED" ? 'ett citattecken (") stängs aldrig' : "filen följer inte CSV-formatet";
    return { ok: false, problems: [{ file, message: `CSV-filen kan inte läsas: ${what}${lines ? ` (textrad ${lines})` : ""}` }] };
  }
  const [header, ...body] = records;
  const headings = (header ?? []).map((heading) => heading.replace(/\s+/g, " ").trim());
  while (headings.length > 0 && headings[headings.length - 1] === "") headings.pop();
  const rows: RawRow[] = [];
  body.forEach((record, index) => {
    const cells: RawCell[] = record.map((field) => (field.trim() === "" ? null : field));
    if (cells.some((cell) => cell !== null)) rows.push({ row: index + 2, cells });
  });
  return { ok: true, table: { headings, rows } };
}

/** ";" or ",": the one the first line (outside quotes) has more of; ";" when tied. */
function delimiterOf(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}
