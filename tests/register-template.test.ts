// The register template: the headings the reader wants, an instruction sheet in Swedish naming
// every column and value, drop-down lists; the module reads it back (empty, and filled in).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  COLUMNS,
  countRegister,
  countRegisterFile,
  countsOrThrow,
  DEFAULT_EXIT_CATEGORIES,
  formatRegisterProblem,
  writeRegisterTemplate,
} from "../src/import/register/index.ts";
import { INSATSER } from "./helpers/register.ts";

const today = "2026-01-15";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook;
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

describe("register template", async () => {
  const template = await writeRegisterTemplate();
  const workbook = await load(template);
  const sheet = workbook.getWorksheet("Deltagare")!;
  const headings = (sheet.getRow(1).values as unknown[]).slice(1);

  it("reads back with zero rows and no problems", async () => {
    const result = await countRegister({ file: "deltagarregister.xlsx", data: template }, { today, years: [2025, 2024] });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.ignoredColumns).toEqual([]);
    expect(result.counts.rows).toBe(0);
    expect(result.counts.countedBy).toBe("person");
    const none = { total: 0, women: 0, men: 0 };
    for (const year of ["2025", "2024"]) {
      const y = result.counts.years[year]!;
      expect([y.enrolled, y.new, y.ended, y.with_psychiatry, y.anonymous]).toEqual([none, none, none, none, none]);
      expect(Object.keys(y.exit_status)).toEqual(DEFAULT_EXIT_CATEGORIES.map((c) => c.id));
    }
  });

  it("has the sheets Deltagare and Instruktioner (and the hidden lists), headings in row 1", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Deltagare", "Instruktioner", "Listor"]);
    expect(workbook.getWorksheet("Listor")!.state).toBe("hidden");
    expect(headings).toEqual(["Deltagar-id", "Insats", "Kön", "Åldersgrupp", "Startdatum", "Slutdatum", "Status vid avslut", "Psykiatrikontakt", "Anonym"]);
  });

  it("explains every column and every allowed status value in Swedish", () => {
    const instructions = workbook.getWorksheet("Instruktioner")!;
    const cells: string[] = [];
    instructions.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    const text = cells.join("\n");
    for (const spec of COLUMNS) {
      expect(cells, spec.heading).toContain(spec.heading);
      expect(text).toContain(spec.description);
    }
    for (const value of DEFAULT_EXIT_CATEGORIES.flatMap((c) => c.values ?? [])) expect(cells).toContain(value);
    expect(text).toContain("Arbete/studier › varav arbete"); // arbete counts in both
    expect(text).toMatch(/får inte innehålla namn, personnummer/);
  });

  it("has drop-down lists for Kön, Status vid avslut, Psykiatrikontakt and Anonym, and date checks", () => {
    const model = validations(sheet);
    const at = (heading: string, row = 2) => model[`${sheet.getColumn(headings.indexOf(heading) + 1).letter}${row}`];
    expect(at("Kön")).toMatchObject({ type: "list", formulae: ['"kvinna,man,annat,ej angivet"'] });
    expect(at("Kön", 2001)).toMatchObject({ type: "list" });
    expect(at("Status vid avslut")).toMatchObject({ type: "list", formulae: [`"${DEFAULT_EXIT_CATEGORIES.flatMap((c) => c.values ?? []).join(",")}"`] });
    expect(at("Psykiatrikontakt")).toMatchObject({ type: "list", formulae: ['"ja,nej"'] });
    expect(at("Anonym")).toMatchObject({ type: "list", formulae: ['"ja,nej"'] });
    expect(at("Startdatum")).toMatchObject({ type: "date" });
    expect(at("Insats")).toBeUndefined(); // no list of insatser given
  });

  it("with the förbund's insatser and long category lists: the lists go on the hidden sheet", async () => {
    const categories = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, label: `Kategori ${i}`, values: [`en ganska lång statuskategori nummer ${i}`] }));
    const workbook = await load(await writeRegisterTemplate({ categories, insatser: INSATSER, rows: 50 }));
    const sheet = workbook.getWorksheet("Deltagare")!;
    const model = validations(sheet);
    expect(model.B2).toMatchObject({ type: "list", formulae: [`"${INSATSER.map((i) => i.id).join(",")}"`] });
    expect(model.G2).toMatchObject({ type: "list", formulae: ["Listor!$A$2:$A$31"] });
    expect(model.G51).toBeDefined();
    expect(model.G52).toBeUndefined();
    expect(workbook.getWorksheet("Listor")!.getCell("A31").value).toBe("en ganska lång statuskategori nummer 29");
  });

  it("filled in, it gives the counts of what was entered", async () => {
    const filled = await load(template);
    const rows = filled.getWorksheet("Deltagare")!;
    const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
    rows.addRow(["D1", "jobbspar", "kvinna", "30-49", date("2024-05-01"), date("2025-04-30"), "arbete", "ja", "nej"]);
    rows.addRow(["D2", "steget", "man", "16-29", date("2025-02-01"), null, null, "nej", "nej"]);
    rows.addRow([null, "steget", "ej angivet", null, date("2025-03-01"), null, null, null, "ja"]);
    const data = Buffer.from(await filled.xlsx.writeBuffer());
    const counts = countsOrThrow(await countRegister({ file: "ifylld.xlsx", data }, { today, years: [2025], insatser: INSATSER }));
    const y = counts.years[2025]!;
    expect(y.enrolled).toEqual({ total: 2, women: 1, men: 1 });
    expect(y.new).toEqual({ total: 1, women: 0, men: 1 });
    expect(y.ended).toEqual({ total: 1, women: 1, men: 0 });
    expect(y.exit_status.work).toEqual({ women: 1, men: 0, not_stated: 0 });
    expect(y.anonymous).toEqual({ total: 1, women: 0, men: 0 });
    expect(y.with_psychiatry).toEqual({ total: 1, women: 1, men: 0 });
  });

  it("read from disk: the messages name the file by its base name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "register-"));
    try {
      writeFileSync(join(dir, "mall.xlsx"), template);
      expect((await countRegisterFile(join(dir, "mall.xlsx"), { today, years: [2025] })).ok).toBe(true);
      writeFileSync(join(dir, "deltagare.csv"), "Insats;Kön;Startdatum\n");
      const result = await countRegisterFile(join(dir, "deltagare.csv"), { today, years: [2025] });
      expect(result.ok ? [] : result.problems.map(formatRegisterProblem)[0]).toBe(
        "deltagare.csv kolumn Slutdatum: kolumnen Slutdatum saknas; kolumner i filen: Insats, Kön, Startdatum",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
