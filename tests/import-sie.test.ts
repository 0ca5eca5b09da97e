// npm run import -- sie: a year's figures from the bookkeeping's SIE 4 export. The fixture
// (tests/fixtures/sie/jamtland-2026.se, CP437, Kommun-Bas accounts) imported into a new year gives
// a driftsredovisning and statements whose totals are the file's #RES and #UB sums, and the build
// shows them; the same file again changes nothing; a bad file changes nothing; and a round trip —
// an SIE file made from the 2025 figures, imported into the 2025 files emptied of them — gives the
// same driftsredovisning and statements back.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import type { ComputedArsredovisning } from "../src/compute/arsredovisning/index.ts";
import type { ComputedDriftsredovisning } from "../src/compute/driftsredovisning.ts";
import { importSie } from "../src/import/sie-command.ts";
import { ImportError } from "../src/import/year-files.ts";
import { loadSite, type Site } from "../src/model/site.ts";
import { copyOfData, projectRoot, runBuild, temporaryDir } from "./helpers/build.ts";
import { jamtland2026, type SieFigures, sieBytes } from "./helpers/sie-files.ts";

const fixture = join(projectRoot, "tests/fixtures/sie/jamtland-2026.se");

/** The seeds' data and prose, with the fixture kontoplan for Jämtland. */
function workspace(kontoplan = true) {
  const data = copyOfData();
  const prose = join(data, "..", "prose");
  cpSync(join(projectRoot, "tests/fixtures/seeds/prose"), prose, { recursive: true });
  if (kontoplan) cpSync(join(projectRoot, "tests/fixtures/sie/kontoplan.yaml"), join(data, "jamtland/kontoplan.yaml"));
  return { data, prose };
}

function cli(dirs: { data: string; prose: string }, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, FINSAM_DATA_DIR: dirs.data, FINSAM_PROSE_DIR: dirs.prose },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const docOf = (site: Site, year: number, kind: string) => site.documents.find((d) => d.forbundSlug === "jamtland" && d.year === year && d.id === kind)!;
const snapshot = (data: string) => ["driftsredovisning", "arsredovisning"].map((kind) => readFileSync(join(data, `jamtland/2026/${kind}.yaml`), "utf8"));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const resultOf = (figures: SieFigures, prefix: RegExp) => sum(figures.result.filter((r) => prefix.test(r.account)).map((r) => r.amount));
const closingOf = (figures: SieFigures, prefix: RegExp) => sum(figures.balance.filter((b) => prefix.test(b.account)).map((b) => b.closing));

describe("the SIE fixture", () => {
  it("is the file tests/helpers/sie-files.ts makes, in IBM codepage 437", () => {
    const bytes = readFileSync(fixture);
    expect(Buffer.compare(bytes, Buffer.from(sieBytes(jamtland2026, "cp437")))).toBe(0);
    // "ö" of Samordningsförbundet is 0x94 in CP437 (0xC3 0xB6 in UTF-8).
    expect(bytes.includes(Buffer.from([0x66, 0x94, 0x72]))).toBe(true);
  });
});

describe("npm run import -- sie into a new year", async () => {
  const dirs = workspace();
  const first = cli(dirs, "sie", fixture, "--forbund", "jamtland");
  const written = snapshot(dirs.data);
  const again = cli(dirs, "sie", fixture, "--forbund", "jamtland", "--year", "2026");
  const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });
  const drifts = docOf(site, 2026, "driftsredovisning").computed as ComputedDriftsredovisning;
  const ars = docOf(site, 2026, "arsredovisning").computed as ComputedArsredovisning;

  it("reads the CP437 file, writes both documents and says what it wrote", () => {
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("jamtland-2026.se: Samordningsförbundet i Jämtlands län, räkenskapsår 2026, IBM-teckentabell 437");
    expect(first.stdout).toMatch(/driftsredovisning\.yaml \(ny\):\n {2}Medlemsbidrag: 8\u00a0242 tkr \(8\u00a0242\u00a0000,00 kr\)/);
    expect(first.stdout).toContain("Inte från bokföringen (fyll i själv): not 4:");
    expect(first.stdout).toMatch(/^Skrivet: .*driftsredovisning\.yaml, .*arsredovisning\.yaml$/m);
  });

  it("gives totals equal to the file's #RES and #UB sums (in tkr, within the rounding of each row)", () => {
    const line = (anchor: string) => drifts.lines.find((l) => l.anchor.join(".") === anchor)!.values["2026"]!.utfall!;
    const close = (value: number, kronor: number, rows: number) => expect(Math.abs(value - kronor / 1000)).toBeLessThanOrEqual(rows / 2);
    close(line("intakter.summa"), resultOf(jamtland2026, /^3/), 2);
    close(line("kostnader.summa"), resultOf(jamtland2026, /^[4-7]/), 3);
    close(line("resultat"), resultOf(jamtland2026, /^[3-8]/), 6);
    const balans = ars.statements.balansrakning!.byId;
    close(balans.tillgangar!["2026"]!, closingOf(jamtland2026, /^1/), 2);
    close(balans.skulder!["2026"]!, closingOf(jamtland2026, /^2[3-9]/), 1);
    close(ars.statements.resultatrakning!.byId.arets_resultat!["2026"]!, resultOf(jamtland2026, /^[3-8]/), 6);
    // The 2025 column is the 2025 report's, and the opening equity its closing.
    expect(balans.tillgangar!["2025"]).toBe(7622);
    expect(balans.ek_ingaende!["2026"]).toBe(3008);
  });

  it("keeps the control sums, and the granskning finds the report and the bookkeeping in agreement", () => {
    expect(readFileSync(join(dirs.data, "jamtland/2026/arsredovisning.yaml"), "utf8")).toMatch(
      /^bokforing:\n {2}file: jamtland-2026\.se\n {2}sha256: [0-9a-f]{64}\n/m,
    );
    const fel = site.findings.filter((f) => f.document.startsWith("Årsredovisning 2026") && f.rule.startsWith("bokforing") && f.severity === "fel");
    expect(fel).toEqual([]);
    // Notes 3 and 5 are the accounts; note 4 (the pension movements) is the director's to fill in.
    const notes = site.findings.filter((f) => f.document.startsWith("Årsredovisning 2026") && f.rule === "summa" && f.severity === "fel");
    expect(notes.map((f) => f.path)).toEqual(["balansrakning.entries.12.values.2026"]);
  });

  it("changes nothing when the same file is imported again", () => {
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Inga ändringar: filerna har redan dessa värden.");
    expect(snapshot(dirs.data)).toEqual(written);
  });

  it("and the build shows the figures", () => {
    const out = join(temporaryDir(), "site");
    const build = runBuild(["--data", dirs.data, "--prose", dirs.prose, "--out", out, "--no-pdf"]);
    expect(build.status).toBe(0);
    const html = readFileSync(join(out, "jamtland/2026/driftsredovisning/index.html"), "utf8");
    expect(html).toContain("8\u00a0242");
    expect(html).toContain("\u22125\u00a0812");
  });
});

describe("npm run import -- sie, edits and refusals", () => {
  it("--dry-run prints the changes as a diff and writes nothing", () => {
    const dirs = workspace();
    const run = cli(dirs, "sie", fixture, "--forbund", "jamtland", "--dry-run");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--dry-run: inget skrivet.");
    expect(run.stdout).toMatch(/^\+{3} .*jamtland\/2026\/driftsredovisning\.yaml/m);
    expect(run.stdout).toMatch(/^\+ {6}utfall: \{ 2026: 8242 \}$/m);
    expect(() => readFileSync(join(dirs.data, "jamtland/2026/driftsredovisning.yaml"))).toThrow();
  });

  it("keeps every line it does not change as it was, comments and spacing too", () => {
    const dirs = workspace();
    importSie({ dataDir: dirs.data, proseDir: dirs.prose, file: fixture, slug: "jamtland" });
    const file = join(dirs.data, "jamtland/2026/driftsredovisning.yaml");
    const edited = readFileSync(file, "utf8").replace("      utfall: { 2026: 8242 }", "      utfall: { 2026: 1 }   # skrivet för hand");
    writeFileSync(file, `# Min kommentar\n${edited}`);
    const report = importSie({ dataDir: dirs.data, proseDir: dirs.prose, file: fixture, slug: "jamtland" });
    const after = readFileSync(file, "utf8");
    expect(after.startsWith("# Min kommentar\n")).toBe(true);
    expect(after).toContain("      utfall: { 2026: 8242 } # skrivet för hand");
    expect(report.changes[0]!.before.split("\n").length).toBe(after.split("\n").length);
  });

  it("refuses a file that does not add up, with the line, and writes nothing", () => {
    const dirs = workspace();
    const voucher = '#VER A 1 20260110 "Fel"\r\n{\r\n#TRANS 1930 {} 100.00\r\n#TRANS 3511 {} -90.00\r\n}';
    const text = readFileSync(fixture)
      .toString("latin1")
      .replace(/#RES 0 3511 -4121000\.00/, (res) => `${res}\r\n${voucher}`);
    const bad = join(temporaryDir(), "obalans.se");
    writeFileSync(bad, Buffer.from(text, "latin1"));
    const run = cli(dirs, "sie", bad, "--forbund", "jamtland");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Importen avbröts, inget har skrivits:\n/);
    expect(run.stderr).toMatch(/^obalans\.se:\d+: #VER A 1 balanserar inte/m);
    expect(() => readFileSync(join(dirs.data, "jamtland/2026/arsredovisning.yaml"))).toThrow();
  });

  it("refuses a file of another fiscal year", () => {
    const run = cli(workspace(), "sie", fixture, "--forbund", "jamtland", "--year", "2027");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/jamtland-2026\.se:8: filen gäller räkenskapsåret 2026-01-01–2026-12-31 \(#RAR 0\), inte 2027/);
  });

  it("asks for a kontoplan.yaml rather than guess which row an account class belongs to", () => {
    const dirs = workspace(false);
    expect(() => importSie({ dataDir: dirs.data, proseDir: dirs.prose, file: fixture, slug: "jamtland" })).toThrow(ImportError);
    const run = cli(dirs, "sie", fixture, "--forbund", "jamtland");
    expect(run.stderr).toContain("konto 3000–3999 (Verksamhetens intäkter) kan inte fördelas på driftsredovisningens rader medlemsbidrag, ovriga_intakter");
    expect(run.stderr).toContain("data/jamtland/kontoplan.yaml");
  });

  it("reports an account no rule takes, and the granskning calls it a fel", async () => {
    const dirs = workspace();
    const figures: SieFigures = { ...jamtland2026, result: [...jamtland2026.result, { account: "8900", name: "Okänt konto", amount: -1_000 }] };
    const file = join(temporaryDir(), "okant.se");
    writeFileSync(file, sieBytes(figures));
    const run = cli(dirs, "sie", file, "--forbund", "jamtland");
    expect(run.stdout).toContain("fel: konto 8900 Okänt konto (−1\u00a0000,00 kr) tas inte av någon regel i kontoplanen");
    const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });
    expect(site.findings.filter((f) => f.rule === "bokforing-konto").map((f) => f.severity)).toEqual(["fel"]);
    // The result the bookkeeping has (with the 1 000 kr) is not the report's: that is a finding too.
    expect(site.findings.some((f) => f.rule === "bokforing-resultat")).toBe(true);
  });
});

describe("a round trip: the 2025 figures as an SIE file, imported into the 2025 files without them", async () => {
  const original = await loadSite(join(projectRoot, "tests/fixtures/seeds/data"), { proseDir: join(projectRoot, "tests/fixtures/seeds/prose"), charts: false });
  const drifts2025 = docOf(original, 2025, "driftsredovisning").computed as ComputedDriftsredovisning;
  const ars2025 = docOf(original, 2025, "arsredovisning").computed as ComputedArsredovisning;
  const utfall = (id: string) => drifts2025.lines.find((l) => l.id === id)!.values["2025"]!.utfall! * 1000;
  const balans = (id: string, year: string) => ars2025.statements.balansrakning!.byId[id]![year]! * 1000;
  const figures: SieFigures = {
    year: 2025,
    fnamn: "Samordningsförbundet i Jämtlands län",
    // Medlemsbidrag as note 1 splits it (4 114 + 2 057 + 2 056 = 8 227).
    result: [
      { account: "3511", name: "Medlemsbidrag Försäkringskassan", amount: 4_114_000 },
      { account: "3512", name: "Medlemsbidrag Region", amount: 2_057_000 },
      { account: "3513", name: "Medlemsbidrag kommunerna", amount: 2_056_000 },
      { account: "4620", name: "Köp av verksamhet", amount: utfall("insatsfinansiering") },
      { account: "5111", name: "Löner", amount: utfall("personalkostnader") },
      { account: "6110", name: "Drift och aktiviteter", amount: utfall("drift_aktiviteter") },
      { account: "8511", name: "Finansiella kostnader", amount: utfall("finansiella_poster") },
    ],
    balance: [
      { account: "1510", name: "Fordringar", opening: balans("fordringar", "2024"), closing: balans("fordringar", "2025") },
      { account: "1930", name: "Kassa och bank", opening: balans("kassa", "2024"), closing: balans("kassa", "2025") },
      { account: "2081", name: "Eget kapital", opening: balans("ek_ingaende", "2025"), closing: balans("ek_ingaende", "2025") },
      { account: "2211", name: "Pensioner", opening: balans("avsattningar", "2024"), closing: balans("avsattningar", "2025") },
      { account: "2440", name: "Kortfristiga skulder", opening: balans("skulder", "2024"), closing: balans("skulder", "2025") },
    ],
  };
  const dirs = workspace();
  // The 2025 files without the figures the bookkeeping holds.
  const empty = (file: string, paths: (string | number)[][]) => {
    const document = parseDocument(readFileSync(join(dirs.data, file), "utf8"));
    for (const path of paths) document.deleteIn(path);
    writeFileSync(join(dirs.data, file), document.toString({ lineWidth: 0 }));
  };
  empty("jamtland/2025/driftsredovisning.yaml", [
    ["intakter", "rows", 0, "utfall", 2025],
    ["intakter", "rows", 1, "utfall", 2025],
    ...[0, 1, 2].map((i) => ["kostnader", "rows", i, "utfall", 2025]),
    ["finansiella_poster", "rows", 0, "utfall", 2025],
  ]);
  const entries = parseDocument(readFileSync(join(dirs.data, "jamtland/2025/arsredovisning.yaml"), "utf8")).toJS().balansrakning.entries as { id?: string }[];
  const at = (id: string) => entries.findIndex((e) => e.id === id);
  empty(
    "jamtland/2025/arsredovisning.yaml",
    ["fordringar", "kassa", "avsattningar", "skulder"].map((id) => ["balansrakning", "entries", at(id), "values", 2025]),
  );
  const file = join(temporaryDir(), "bokslut-2025.se");
  writeFileSync(file, sieBytes(figures));
  importSie({ dataDir: dirs.data, proseDir: dirs.prose, file, slug: "jamtland" });
  const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });

  it("gives the same driftsredovisning", () => {
    const lines = (c: ComputedDriftsredovisning) => c.lines.map((l) => [l.anchor.join("."), l.values["2025"]]);
    expect(lines(docOf(site, 2025, "driftsredovisning").computed as ComputedDriftsredovisning)).toEqual(lines(drifts2025));
  });

  it("gives the same resultaträkning, balansräkning and kassaflödesanalys", () => {
    const ars = docOf(site, 2025, "arsredovisning").computed as ComputedArsredovisning;
    for (const name of ["resultatrakning", "balansrakning", "kassaflodesanalys"] as const)
      expect(ars.statements[name]!.byId, name).toEqual(ars2025.statements[name]!.byId);
  });
});
