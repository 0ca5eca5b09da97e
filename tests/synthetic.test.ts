// The synthetic förbund (src/synthetic/): the same seed gives the same bytes, seeds give different
// förbund, what is generated is valid and consistent (the granskning finds no fel and no varning),
// names with & and < come out escaped, and a large generated input builds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type BuildOptions, build } from "../src/build/build.ts";
import { loadPreparedSite } from "../src/eleventy/load.ts";
import { generateForbund, generateSite, writeFiles } from "../src/synthetic/index.ts";
import { temporaryDir } from "./helpers/build.ts";

/** forbund.yaml and a year's verksamhetsplan of a generated förbund, parsed. */
function parsed(forbund: ReturnType<typeof generateForbund>) {
  const text = (path: string) => forbund.files.get(`data/${forbund.slug}/${path}`)!;
  const plan = parse(text(`${forbund.years[0]}/verksamhetsplan.yaml`)) as { insatser: { id: string }[] };
  return { forbund: parse(text("forbund.yaml")) as { unit: string; members: { name: string }[] }, insatser: plan.insatser.map((i) => i.id) };
}

/** A build that keeps its cache (where builds have one) in the test's own folder. */
const buildInto = (root: string, options: Omit<BuildOptions, "outDir">) => {
  const full: BuildOptions & { cacheDir?: string } = { ...options, outDir: join(root, "site"), cacheDir: join(root, "cache"), log: () => {} };
  return build(full);
};

describe("generateForbund", () => {
  it("gives the same files, byte for byte, for the same seed and options", () => {
    const first = generateForbund("determinism", { years: 3, protokoll: true });
    const second = generateForbund("determinism", { years: 3, protokoll: true });
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [path, text] of first.files) expect(second.files.get(path), path).toBe(text);
    expect(first.files.size).toBeGreaterThan(40);
  });

  it("gives different förbund for different seeds: units, members and insatser vary", () => {
    const many = Array.from({ length: 8 }, (_, i) => parsed(generateForbund(`vary-${i}`, { years: 2 })));
    expect(new Set(many.map((f) => f.forbund.unit))).toEqual(new Set(["kr", "tkr"]));
    expect(new Set(many.map((f) => f.forbund.members.length)).size).toBeGreaterThanOrEqual(3);
    // Every förbund has Arbetsförmedlingen, Försäkringskassan, a region and 1–12 municipalities.
    for (const f of many) expect(f.forbund.members.length).toBeGreaterThanOrEqual(4);
    for (const f of many) expect(f.forbund.members.length).toBeLessThanOrEqual(15);
    const [a, b] = many;
    expect(a!.forbund.members.map((m) => m.name)).not.toEqual(b!.forbund.members.map((m) => m.name));
    expect(a!.insatser).not.toEqual(b!.insatser);
  });

  it("shifts the years as asked: N years of årsredovisning, driftsredovisning and verksamhetsplan ending in lastYear", () => {
    const forbund = generateForbund("years", { years: 4, lastYear: 2027 });
    expect(forbund.years).toEqual([2024, 2025, 2026, 2027]);
    for (const year of forbund.years) {
      for (const kind of ["arsredovisning", "driftsredovisning", "verksamhetsplan"]) {
        expect(forbund.files.has(`data/${forbund.slug}/${year}/${kind}.yaml`), `${year} ${kind}`).toBe(true);
      }
    }
    expect(forbund.documents).toBe(12);
  });
});

describe("a generated national site", () => {
  // 80 förbund drawn on their own gave 14 that had a name an earlier one had (four "Samordningsförbundet
  // i Västernorrlands län"): a national overview cannot tell such förbund apart.
  it("gives every förbund a name of its own, and its slug is the one its name gives", () => {
    const { forbund } = generateSite(60, { seed: "names", years: 1 });
    expect(new Set(forbund.map((f) => f.name)).size).toBe(60);
    expect(new Set(forbund.map((f) => f.slug)).size).toBe(60);
    expect(forbund.filter((f) => /-\d+$/.test(f.slug)).map((f) => f.slug)).toEqual([]);
  });
});

describe("generated förbund are valid and consistent", async () => {
  const site = generateSite(3, { seed: "valid", years: 4, protokoll: true, uppfoljning: true });
  const { dataDir, proseDir } = writeFiles(temporaryDir("finsam-synthetic-"), site.files);
  // Schemas, the chain of years and every prose path: a problem anywhere throws here.
  const { model } = await loadPreparedSite(dataDir, { proseDir, charts: false });

  it("has every generated document, with distinct slugs", () => {
    expect(new Set(site.forbund.map((f) => f.slug)).size).toBe(3);
    expect(model.documents).toHaveLength(site.forbund.reduce((sum, f) => sum + f.documents, 0));
    expect(model.documents.filter((d) => d.kind === "protokoll")).toHaveLength(3 * 4);
    expect(model.documents.filter((d) => d.kind === "uppfoljning")).toHaveLength(3 * 4 * 2);
  });

  it("chains the follow-ups: each T2's prognosis is the eget kapital the next year's plan states, and the year's outcome is near it", () => {
    // A plan of the year after a T2 compares its stated opening with the prognosis (prognos-plan);
    // the årsredovisning its rows with the prognosis (prognos-utfall): at most rounding, no warning.
    const chained = model.findings.filter((f) => f.rule === "prognos-plan" || f.rule === "prognos-utfall");
    expect(chained.every((f) => f.severity === "notering")).toBe(true);
    const t2 = model.documents.filter((d) => d.kind === "uppfoljning" && d.id === "uppfoljning-t2");
    expect(t2).toHaveLength(3 * 4);
    let compared = 0;
    for (const doc of t2) {
      const plan = model.documents.find((d) => d.forbundSlug === doc.forbundSlug && d.kind === "verksamhetsplan" && d.year === doc.year + 1);
      if (!plan) continue;
      const closing = (doc.computed as { equity: { closing: number } }).equity.closing * (doc.unit === "tkr" ? 1000 : 1);
      const stated = (plan.data as { eget_kapital: { balance: { amount: number } } }).eget_kapital.balance.amount;
      expect(Math.abs(closing - stated), `${doc.url}`).toBeLessThanOrEqual(500);
      compared++;
    }
    expect(compared).toBe(3 * 3);
    // Every adopted follow-up is whole: no default prognosis, no goal without a value.
    expect(model.documents.filter((d) => d.kind === "uppfoljning" && d.checklist.length)).toEqual([]);
  });

  it("gives the granskning no fel and no varning (noteringar, e.g. eget kapital above the recommended level, may remain)", () => {
    const serious = model.findings.filter((f) => f.severity !== "notering").map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`);
    expect(serious).toEqual([]);
  });

  it("prints adopted documents only (none is an utkast with a checklist)", () => {
    expect(model.documents.filter((d) => d.draft)).toEqual([]);
  });
});

describe("names from data are escaped", () => {
  it("builds a förbund named with & and <, and the pages show the name as text", async () => {
    const root = temporaryDir("finsam-synthetic-escape-");
    const name = "Samordningsförbundet Ås & Öje <b>test</b>";
    const forbund = generateForbund("escape", { name, slug: "as-oje", years: 2 });
    const { dataDir, proseDir } = writeFiles(join(root, "input"), forbund.files);
    await buildInto(root, { dataDir, proseDir, pdf: false });
    for (const page of ["index.html", `as-oje/${forbund.years[1]}/arsredovisning/index.html`]) {
      const html = readFileSync(join(root, "site", page), "utf8");
      expect(html, page).toContain("Ås &amp; Öje &lt;b&gt;test&lt;/b&gt;");
      expect(html, page).not.toContain("<b>test</b>");
    }
  });
});

describe("a large input", () => {
  // Asserts only that 20 förbund × 2 years (120 documents) load, check and render without error:
  // every page is written and the granskning finds no fel. The time is the benchmark's business
  // (npm run bench -- --scale N), not this test's.
  it("builds the HTML of 20 generated förbund × 2 years, and without PDFs links none", async () => {
    const root = temporaryDir("finsam-synthetic-large-");
    const site = generateSite(20, { seed: "large", years: 2 });
    const { dataDir, proseDir } = writeFiles(join(root, "input"), site.files);
    const result = await buildInto(root, { dataDir, proseDir, pdf: false });
    expect(result.findings.filter((f) => f.severity === "fel")).toEqual([]);
    for (const f of site.forbund) {
      for (const year of f.years) {
        for (const kind of ["arsredovisning", "driftsredovisning", "verksamhetsplan"]) {
          expect(readFileSync(join(root, "site", f.slug, String(year), kind, "index.html"), "utf8")).toContain("</html>");
        }
      }
    }
    // Built without PDFs (--no-pdf), no page links one: no download that leads nowhere.
    const pages = readdirSync(join(root, "site"), { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(120);
    const linking = pages.filter((path) => /href="[^"]*\.pdf"|pdf-info/.test(readFileSync(join(root, "site", path), "utf8")));
    expect(linking).toEqual([]);
  }, 90_000);
});
