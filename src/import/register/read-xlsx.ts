// Reads the register from an .xlsx workbook (exceljs): the sheet named Deltagare (or
// Deltagarregister, Register) if there is one, otherwise the first sheet. Row 1 holds the headings.
// Cells come out as text, numbers, booleans or dates; formulas as their results; rows with no
// value at all are left out (their numbers are kept for the others).
import ExcelJS from "exceljs";
import { normalize, type RawCell, type RawRow, type ReadResult } from "./columns.ts";

const SHEET_NAMES = ["deltagare", "deltagarregister", "register"];

export async function readXlsx(file: string, data: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch {
    return { ok: false, problems: [{ file, message: "filen kan inte läsas som en Excel-arbetsbok (.xlsx)" }] };
  }
  const sheet = workbook.worksheets.find((ws) => SHEET_NAMES.includes(normalize(ws.name))) ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, problems: [{ file, message: "arbetsboken har inget blad" }] };

  const header = sheet.getRow(1);
  const headings: string[] = [];
  for (let column = 1; column <= header.cellCount; column++) headings.push(textOf(cellValue(header.getCell(column).value)));
  while (headings.length > 0 && headings[headings.length - 1] === "") headings.pop();

  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: RawCell[] = [];
    for (let column = 1; column <= Math.max(headings.length, row.cellCount); column++) cells.push(cellValue(row.getCell(column).value));
    if (cells.some((cell) => cell !== null && !(typeof cell === "string" && cell.trim() === ""))) rows.push({ row: number, cells });
  });
  return { ok: true, table: { headings, rows } };
}

/** An exceljs cell value as a plain cell: formulas give their result, rich text its text, errors their code ("#REF!"). */
function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined) return null;
    return typeof result === "object" && !(result instanceof Date) ? result.error : result;
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  return null;
}

function textOf(cell: RawCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, " ").trim();
}
