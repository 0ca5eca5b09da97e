// The director's year: `npm run new-year` scaffolds next year's documents from this year's, the
// director fills in only the new year's figures, and the new report's earlier columns are the
// earlier reports' — nothing typed twice. For Jämtland (with a 2025 report) and Sollefteå (none yet).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import type { ComputedArsredovisning } from "../src/compute/arsredovisning/index.ts";
import type { ComputedDriftsredovisning } from "../src/compute/driftsredovisning.ts";
import { loadData } from "../src/data/load.ts";
import { documentKinds } from "../src/documents/index.ts";
import { prepareSite } from "../src/eleventy/prepare.ts";
import { loadSite, type Site } from "../src/model/site.ts";
import { newYear } from "../src/scaffold/new-year.ts";
import { projectRoot, temporaryDir } from "./helpers/build.ts";
import { typedTwice } from "./helpers/typed-twice.ts";

/** A copy of the examples (data/ and their prose) a test may change. */
function copyOfExamples(): { data: string; prose: string } {
  const root = temporaryDir("finsam-year-");
  cpSync(join(projectRoot, "data"), join(root, "data"), { recursive: true });
  cpSync(join(projectRoot, "content/prose"), join(root, "prose"), { recursive: true });
  return { data: join(root, "data"), prose: join(root, "prose") };
}

function scaffold(dirs: { data: string; prose: string }, slug: string, year: number) {
  const forbund = loadData(dirs.data, { kinds: documentKinds, proseDir: dirs.prose }).find((f) => f.slug === slug)!;
  return newYear({ dataDir: dirs.data, proseDir: dirs.prose, slug, year, documents: forbund.documents });
}

/** Writes the fixture's figures into the scaffolded files (the yaml document API keeps their comments). */
function fillIn(data: string, fixture: string): void {
  const figures = parse(readFileSync(join(projectRoot, "tests/fixtures/year-2026", fixture), "utf8")) as Record<string, Record<string, unknown>>;
  for (const [file, values] of Object.entries(figures)) {
    const document = parseDocument(readFileSync(join(data, file), "utf8"));
    for (const [path, value] of Object.entries(values))
      document.setIn(
        path.split(".").map((key) => (/^\d+$/.test(key) && Number(key) < 1000 ? Number(key) : key)),
        value,
      );
    writeFileSync(join(data, file), document.toString());
  }
}

/** Numbers the files write for each year (keys that are years, anywhere). */
function typedYears(file: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (value: unknown, key?: string) => {
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
    if (key && /^\d{4}$/.test(key) && (typeof value === "number" || (value && typeof value === "object"))) counts[key] = (counts[key] ?? 0) + 1;
  };
  walk(parse(readFileSync(file, "utf8")));
  return counts;
}

const documentOf = (site: Site, slug: string, year: number, kind: string) =>
  site.documents.find((d) => d.forbundSlug === slug && d.year === year && d.id === kind)!;

describe("next year's documents for Jämtland (npm run new-year -- jamtland 2026)", async () => {
  const dirs = copyOfExamples();
  const result = scaffold(dirs, "jamtland", 2026);
  fillIn(dirs.data, "jamtland.yaml");
  const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });
  const ars = (year: number) => documentOf(site, "jamtland", year, "arsredovisning").computed as ComputedArsredovisning;
  const drifts = (year: number) => documentOf(site, "jamtland", year, "driftsredovisning").computed as ComputedDriftsredovisning;

  it("writes the year's driftsredovisning, årsredovisning and prose, and keeps the plan that exists", () => {
    expect(result.written.some((f) => f.endsWith("2026/driftsredovisning.yaml"))).toBe(true);
    expect(result.written.some((f) => f.endsWith("2026/arsredovisning.yaml"))).toBe(true);
    expect(result.written.filter((f) => f.endsWith(".md")).length).toBeGreaterThan(20);
    expect(result.kept.some((f) => f.endsWith("2026/verksamhetsplan.yaml"))).toBe(true);
    expect(readFileSync(join(dirs.prose, "jamtland/2026/arsredovisning/11-om-forbundet.md"), "utf8")).toContain(
      "{# skriv om #} Samordningsförbundet i Jämtlands län bildades",
    );
  });

  it("never overwrites a file", () => {
    const file = join(dirs.data, "jamtland/2026/arsredovisning.yaml");
    const before = readFileSync(file, "utf8");
    const again = scaffold(dirs, "jamtland", 2026);
    expect(again.written).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("types only 2026's figures: every earlier one is read", () => {
    for (const file of ["jamtland/2026/driftsredovisning.yaml", "jamtland/2026/arsredovisning.yaml"]) {
      const counts = typedYears(join(dirs.data, file));
      expect(counts["2026"], file).toBeGreaterThan(5);
      expect(
        Object.keys(counts).filter((year) => year !== "2026"),
        file,
      ).toEqual([]);
    }
    expect(typedTwice(dirs.data)).toEqual([]);
  });

  it("gives the 2025 columns of the 2025 reports: equity 3 008, balansräkning 7 622, the driftsredovisning's utfall", () => {
    const balans = ars(2026).statements.balansrakning!.byId;
    expect(balans.eget_kapital?.["2025"]).toBe(3008);
    expect(balans.tillgangar?.["2025"]).toBe(7622);
    expect(balans.ek_ingaende?.["2026"]).toBe(3008);
    const lines = (c: ComputedDriftsredovisning) => c.lines.filter((l) => l.kind !== "heading").map((l) => [l.anchor.join("."), l.values["2025"]?.utfall]);
    expect(lines(drifts(2026))).toEqual(lines(drifts(2025)));
    // The budget 2026 is the Verksamhetsplan 2026–2028's, in tkr.
    expect(drifts(2026).lines.find((l) => l.id === "insatsfinansiering")!.values["2026"]!.budget).toBe(-5985);
  });

  it("gives Tabell 1's history, status at exit and the overview from the 2025 report", () => {
    expect(ars(2026).participants!.history.filter((h) => h.year <= 2025)).toEqual(ars(2025).participants!.history.filter((h) => h.year >= 2022));
    const exit = (c: ComputedArsredovisning) => c.participants!.exitRows.map((row) => [row.id, row.values["2025"]]);
    expect(exit(ars(2026))).toEqual(exit(ars(2025)));
    const overview = (c: ComputedArsredovisning, year: string) => c.overview!.rows.map((row) => [row.id, row.values[year]]);
    for (const year of ["2025", "2024", "2020"]) expect(overview(ars(2026), year)).toEqual(overview(ars(2025), year));
  });

  it("reports no false fel about the earlier year, and builds its pages as utkast with a checklist", () => {
    const ofReport = site.findings.filter((f) => f.document.startsWith("Årsredovisning 2026") && f.path.includes("2025"));
    expect(ofReport.filter((f) => f.severity === "fel")).toEqual([]);
    const doc = documentOf(site, "jamtland", 2026, "arsredovisning");
    expect(doc.draft).toBe(true);
    expect(doc.checklist.some((item) => /: 10 stycken att skriva om \(rad 5, 7, 9/.test(item.text))).toBe(true);
    // Prose quoting a figure 2026 does not have yet: a checklist item at its line, a marked gap on the page.
    const gap = doc.checklist.find((item) => item.file.endsWith("13-oversikt-kommentar.md"));
    expect(gap).toMatchObject({ line: 1, text: expect.stringContaining('texten citerar "overview.values.2025.anstallda" ({% tal %}), som saknar värde') });
    expect(gap!.text).toContain('Menade du "overview.values.2026.anstallda"');
    const page = prepareSite(site).documents.find((d) => d.url === doc.url)!;
    const proseOf = (blocks: typeof page.body): string[] =>
      blocks.flatMap((b) => (b.type === "prose" ? [b.html] : b.type === "group" ? proseOf(b.blocks) : []));
    const html = proseOf(page.body).join("");
    expect(html).toContain("<strong>[saknas: <code>overview.values.2025.anstallda</code>]</strong>");
  });

  it("stops the build once the board has decided it and a quoted value is still missing", async () => {
    const file = join(dirs.data, "jamtland/2026/arsredovisning.yaml");
    const decided = temporaryDir("finsam-decided-");
    cpSync(dirs.data, join(decided, "data"), { recursive: true });
    writeFileSync(join(decided, "data/jamtland/2026/arsredovisning.yaml"), `${readFileSync(file, "utf8")}\ndecided: 2027-04-20\n`);
    const decidedSite = await loadSite(join(decided, "data"), { proseDir: dirs.prose, charts: false });
    expect(() => prepareSite(decidedSite)).toThrow(/13-oversikt-kommentar\.md:1: .*overview\.values\.2025\.anstallda/);
  });
});

describe("a förbund's first report (npm run new-year -- solleftea 2026)", async () => {
  const dirs = copyOfExamples();
  scaffold(dirs, "solleftea", 2026);
  fillIn(dirs.data, "solleftea.yaml");
  // One prose section only, at its own level.
  mkdirSync(join(dirs.prose, "solleftea/2026/arsredovisning"), { recursive: true });
  writeFileSync(
    join(dirs.prose, "solleftea/2026/arsredovisning/20-ekonomiskt-resultat.md"),
    '### Ekonomiskt resultat\n\nÅrets resultat blev {% belopp "economy.arets_resultat" %}.\n',
  );
  const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });
  const doc = documentOf(site, "solleftea", 2026, "arsredovisning");

  it("makes the driftsredovisning from the plan: its rows and its budget, in the plan's unit", () => {
    const drifts = documentOf(site, "solleftea", 2026, "driftsredovisning").computed as ComputedDriftsredovisning;
    expect(drifts.lines.find((l) => l.id === "medlemsbidrag")!.values["2026"]!.budget).toBe(2756000);
    expect(drifts.lines.find((l) => l.id === "insatser")!.values["2026"]!.budget).toBe(-2411000);
  });

  it("builds the report from data and one prose section, with the statutory parts it lacks in its checklist", () => {
    const texts = doc.checklist.map((item) => item.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/förvaltningsberättelsen saknas/),
        expect.stringMatching(/redovisningsprinciperna saknas/),
        expect.stringMatching(/noterna saknas/),
      ]),
    );
    expect(texts.some((t) => /driftsredovisningen saknas/.test(t))).toBe(false);
    const prepared = prepareSite(site).documents.find((d) => d.url === doc.url)!;
    // Without the förvaltningsberättelse's h2 its h3 sections become h2s, side by side: the goal
    // follow-up (its heading given, as it has no prose) and the prose's Ekonomiskt resultat.
    const levels = Object.fromEntries(prepared.headings.map((h) => [h.text, h.level]));
    expect(levels).toMatchObject({
      "Uppföljning av verksamhetsmål 2026": 2,
      "Ekonomiskt resultat": 2,
      Driftsredovisning: 2,
      "Finansiella rapporter": 2,
      Resultaträkning: 3,
    });
    const eget = (doc.computed as ComputedArsredovisning).economy.arets_resultat;
    expect(eget).toBe(2756000 - 2300000 - 780000 - 4000);
  });
});
