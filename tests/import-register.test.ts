// npm run import -- deltagare: a participant register of a few hundred rows (generated with a seed,
// tests/helpers/register.ts) gives the årsredovisning's Tabell 1–3 counts — identical to a count made
// straight from the generated model, not through src/import/register/. Only counts reach the data:
// no participant's key, date or row. A bad register changes nothing; the same one again neither.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ComputedArsredovisning } from "../src/compute/arsredovisning/index.ts";
import { loadSite } from "../src/model/site.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";
import { expectedCounts, generateModel, registerRows, toCsv, toXlsx } from "./helpers/register.ts";

const today = "2027-01-20";

function workspace() {
  const data = copyOfData();
  const prose = join(data, "..", "prose");
  cpSync(join(projectRoot, "tests/fixtures/seeds/prose"), prose, { recursive: true });
  return { data, prose };
}

function cli(dirs: { data: string; prose: string }, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, FINSAM_DATA_DIR: dirs.data, FINSAM_PROSE_DIR: dirs.prose, FINSAM_TODAY: today },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

describe("npm run import -- deltagare, a generated register of a few hundred rows", async () => {
  const model = generateModel(20261231, 220, 40, today);
  const table = registerRows(model, { seed: 3 });
  const file = join(temporaryDir(), "deltagare-2026.xlsx");
  writeFileSync(file, await toXlsx(table));
  const dirs = workspace();
  const first = cli(dirs, "deltagare", file, "--forbund", "jamtland", "--year", "2026");
  const written = readFileSync(join(dirs.data, "jamtland/2026/arsredovisning.yaml"), "utf8");
  const again = cli(dirs, "deltagare", file, "--forbund", "jamtland", "--year", "2026");
  const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });
  const ars = site.documents.find((d) => d.url === "/jamtland/2026/arsredovisning/")!.computed as ComputedArsredovisning;
  const expected = expectedCounts(model, 2026, true).total;

  it("reads it and says what it counted", () => {
    expect(table.rows.length).toBeGreaterThan(300);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/deltagare-2026\.xlsx: \d{3} rader, räknade per person \(Deltagar-id\)/);
    expect(first.stdout).toContain(`inskrivna ${expected.enrolled.total}`);
  });

  it("gives Tabell 1 and 2 (enrolled, new, ended, by gender) as the independent count", () => {
    const year = ars.participants!.years["2026"]!;
    for (const key of ["enrolled", "new", "ended"] as const) {
      expect({ total: year[key]!.total, women: year[key]!.women, men: year[key]!.men }, key).toEqual(expected[key]);
    }
    expect(ars.participants!.history.at(-1)).toMatchObject({ year: 2026, total: expected.enrolled.total });
    // The 2025 column is the 2025 report's.
    expect(ars.participants!.history.find((h) => h.year === 2025)!.total).toBe(332);
  });

  it("gives Tabell 3 (status at exit) as the independent count, category by category", () => {
    // The report's categories (those the 2025 report prints); the other statuses count among the ended only.
    const rows = ars.participants!.exitRows;
    expect(rows.map((r) => r.id)).toEqual(["work_study", "work", "work_programme", "other_programme"]);
    for (const row of rows) {
      const cell = expected.exit_status[row.id]!;
      expect([row.values["2026"]!.women.count, row.values["2026"]!.men.count], row.id).toEqual([cell.women, cell.men]);
    }
  });

  it("writes counts only: no participant's key, and nothing for another year", () => {
    for (const path of filesUnder(dirs.data)) {
      const text = readFileSync(path, "utf8");
      for (const person of model.persons.slice(0, 40)) expect(text.includes(person.key), `${path} ${person.key}`).toBe(false);
    }
    expect(written).toMatch(/^ {4}2026:\n {6}enrolled: \{ total: \d+, women: \d+, men: \d+ \}$/m);
  });

  it("changes nothing when the same register is imported again", () => {
    expect(again.stdout).toContain("Inga ändringar: filen har redan dessa antal.");
    expect(readFileSync(join(dirs.data, "jamtland/2026/arsredovisning.yaml"), "utf8")).toBe(written);
  });
});

describe("npm run import -- deltagare, refusals and the template", () => {
  it("refuses a register with an end before its start, naming the row and column, and writes nothing", () => {
    const model = generateModel(7, 30, 0, today);
    const table = registerRows(model, { seed: 1 });
    const start = table.header.indexOf("Startdatum");
    const end = table.header.indexOf("Slutdatum");
    const row = table.rows.findIndex((r) => r[end] !== null && r[end] !== "");
    table.rows[row]![end] = "2020-01-01";
    table.rows[row]![start] = "2024-05-01";
    const file = join(temporaryDir(), "deltagare.csv");
    writeFileSync(file, toCsv(table));
    const dirs = workspace();
    const run = cli(dirs, "deltagare", file, "--forbund", "jamtland", "--year", "2026");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`deltagare.csv rad ${row + 2}, kolumn Slutdatum:`);
    expect(existsSync(join(dirs.data, "jamtland/2026/arsredovisning.yaml"))).toBe(false);
  });

  it("asks for the year", () => {
    const run = cli(workspace(), "deltagare", "x.csv", "--forbund", "jamtland");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Ange året: --year <år>");
  });

  it("writes the empty register to fill in, with its headings and instructions", async () => {
    const file = join(temporaryDir(), "mall.xlsx");
    const run = cli(workspace(), "deltagare", "--template", file);
    expect(run.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const headings = (workbook.getWorksheet("Deltagare")!.getRow(1).values as unknown[]).filter(Boolean);
    expect(headings).toEqual(expect.arrayContaining(["Deltagar-id", "Insats", "Kön", "Startdatum", "Slutdatum", "Status vid avslut"]));
    expect(workbook.getWorksheet("Instruktioner")).toBeDefined();
  });
});
