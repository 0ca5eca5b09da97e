// The national overview of the start page (src/site/national-overview.ts and its table): the förbund
// by län, each figure from the latest adopted document that gives it, as that document's page prints
// it, with the URL and anchor of the place; a missing figure is "–" with its reason, never 0; forbund.yaml's
// `lan` checked against Sweden's 21 län.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadData } from "../src/data/load.ts";
import { DataError } from "../src/data/problem.ts";
import { documentKinds } from "../src/documents/index.ts";
import { oversiktSomCsv } from "../src/eleventy/filters/oversikt-csv.ts";
import { loadSite, type Site } from "../src/model/site.ts";
import { forbundSchema } from "../src/schemas/index.ts";
import { LAN_NAMES, suggestLan } from "../src/schemas/lan.ts";
import { nationalOverview, type OverviewForbundInput, type OverviewRow } from "../src/site/national-overview.ts";
import { NO_LAN, overviewTable } from "../src/site/national-overview-table.ts";
import { copyOfData, projectRoot } from "./helpers/build.ts";
import { seedSite } from "./helpers/seeds.ts";

const seeds = await seedSite();
const consistentDir = join(projectRoot, "tests/fixtures/consistent");
/** The seeds made consistent, with Jämtland's 2024 årsredovisning beside 2025's. */
const consistent: Site = await loadSite(join(consistentDir, "data"), { proseDir: join(consistentDir, "prose"), charts: false });

const rowOf = (forbund: readonly OverviewForbundInput[], slug: string): OverviewRow =>
  nationalOverview(forbund)
    .groups.flatMap((g) => g.rows)
    .find((r) => r.slug === slug)!;

/** A förbund of a site with its documents changed. */
function edited(site: Site, slug: string, change: (docs: Site["documents"]) => Site["documents"]): OverviewForbundInput[] {
  return site.forbund.map((f) => (f.slug === slug ? { ...f, documents: change(f.documents) } : f));
}

const ar2025 = "/jamtland/2025/arsredovisning/";

describe("the national overview's figures", () => {
  it("lists every förbund under its län, in alphabetical order", () => {
    const overview = nationalOverview(seeds.forbund);
    expect(overview.count).toBe(2);
    expect(overview.groups.map((g) => [g.lan, g.rows.map((r) => r.slug)])).toEqual([
      ["Jämtlands län", ["jamtland"]],
      ["Västernorrlands län", ["solleftea"]],
    ]);
  });

  it("takes Jämtland's figures from its årsredovisning 2025, as the page prints them, each linked to its row", () => {
    const row = rowOf(seeds.forbund, "jamtland");
    expect(row.arsredovisning).toEqual({ kind: "arsredovisning", title: "Årsredovisning 2025", year: 2025, url: ar2025 });
    expect(row.medlemsbidrag).toEqual({
      amount: 8227,
      basis: "utfall",
      source: expect.objectContaining({ year: 2025, url: `${ar2025}#arsredovisning-driftsredovisning-intakter-medlemsbidrag` }),
    });
    // Resultaträkning entry 5 and balansräkning entry 10 are the lines with id arets_resultat and eget_kapital.
    expect(row.aretsResultat).toMatchObject({ amount: 1271, basis: "utfall", source: { url: `${ar2025}#arsredovisning-resultatrakning-entries-5` } });
    expect(row.egetKapital).toMatchObject({ amount: 3008, source: { url: `${ar2025}#arsredovisning-balansrakning-entries-10` } });
    expect(row.equityShare).toMatchObject({ recommendedShare: 0.2, status: "over" });
    expect("share" in row.equityShare && row.equityShare.share).toBeCloseTo(3008 / 8227, 10);
    expect(row.deltagare).toMatchObject({ count: 332, source: { url: `${ar2025}#tabell-2` } });
  });

  it("gives Sollefteå, without an årsredovisning, the plan's budgeted medlemsbidrag in tkr and no other figure", () => {
    const row = rowOf(seeds.forbund, "solleftea");
    expect(row.arsredovisning).toBeNull();
    // 2 756 000 kr in the plan (its unit is kr): 2 756 tkr, linked to the plan's table of eget kapital, which shows it by year.
    expect(row.medlemsbidrag).toEqual({
      amount: 2756,
      basis: "budget",
      source: { kind: "verksamhetsplan", title: expect.any(String), year: 2026, url: "/solleftea/2026/verksamhetsplan/#verksamhetsplan-eget_kapital" },
    });
    for (const figure of [row.aretsResultat, row.egetKapital, row.equityShare, row.deltagare]) expect(figure).toEqual({ missing: "no-document" });
  });

  it("chooses the latest adopted årsredovisning, and an earlier one when the latest is an utkast", () => {
    const latest = rowOf(consistent.forbund, "jamtland");
    expect(latest.arsredovisning?.year).toBe(2025);
    expect(latest.aretsResultat).toMatchObject({ amount: 1271 });
    const withDraft = edited(consistent, "jamtland", (docs) => docs.map((d) => (d.kind === "arsredovisning" && d.year === 2025 ? { ...d, draft: true } : d)));
    const earlier = rowOf(withDraft, "jamtland");
    expect(earlier.arsredovisning?.url).toBe("/jamtland/2024/arsredovisning/");
    expect(earlier.aretsResultat).toMatchObject({ amount: -594, source: { year: 2024 } });
    expect(earlier.egetKapital).toMatchObject({ amount: 1737, source: { year: 2024 } });
  });

  it("takes a figure the latest report does not give from the one before, and says which year", () => {
    const without = edited(consistent, "jamtland", (docs) =>
      docs.map((d) => (d.kind === "arsredovisning" && d.year === 2025 ? { ...d, computed: { ...(d.computed as object), current: undefined } } : d)),
    );
    const row = rowOf(without, "jamtland");
    expect(row.deltagare).toMatchObject({ count: 292, source: { year: 2024, url: "/jamtland/2024/arsredovisning/#tabell-2" } });
    const cells = overviewTable(nationalOverview(without)).groups[0]!.rows[0]!.cells;
    expect(cells.at(-1)).toMatchObject({ text: "292", note: "2024", href: "/jamtland/2024/arsredovisning/#tabell-2" });
    expect(cells[3]).not.toHaveProperty("note");
  });

  it("shows a small participant count as the site hides it, never the number", () => {
    const hidden = edited(seeds, "jamtland", (docs) => docs.map((d) => (d.kind === "arsredovisning" ? { ...d, hiddenValue: () => "<5" } : d)));
    expect(rowOf(hidden, "jamtland").deltagare).toMatchObject({ hidden: "<5" });
    const cell = overviewTable(nationalOverview(hidden)).groups[0]!.rows[0]!.cells.at(-1)!;
    expect(cell).toMatchObject({ text: "<5", value: "<5" });
  });

  it("has nothing from a förbund with only utkast, and puts a förbund without län under “Län saknas”, last", () => {
    const forbund = seeds.forbund.map((f) =>
      f.slug === "jamtland" ? { ...f, forbund: { ...f.forbund, lan: undefined }, documents: f.documents.map((d) => ({ ...d, draft: true })) } : f,
    );
    const overview = nationalOverview(forbund);
    expect(overview.groups.map((g) => g.lan)).toEqual(["Västernorrlands län", null]);
    const row = overview.groups[1]!.rows[0]!;
    expect(row.medlemsbidrag).toEqual({ missing: "no-document" });
    const table = overviewTable(overview);
    expect(table.groups[1]).toMatchObject({ id: "lan-saknas", label: NO_LAN });
    expect(table.filterText.jamtland).toBe(`Samordningsförbundet i Jämtlands län Jämtland ${NO_LAN}`);
  });
});

describe("the national overview's table", () => {
  const table = overviewTable(nationalOverview(seeds.forbund));
  const [jamtland, solleftea] = table.groups.map((g) => g.rows[0]!);

  it("is grouped by län, amounts in tkr, the förbund linked to its page", () => {
    expect(table.unitCaption).toBe("belopp i tkr");
    expect(table.groups.map((g) => [g.id, g.label])).toEqual([
      ["lan-jamtlands-lan", "Jämtlands län"],
      ["lan-vasternorrlands-lan", "Västernorrlands län"],
    ]);
    expect(jamtland!.header).toMatchObject({ text: "Samordningsförbundet i Jämtlands län", href: "/jamtland/" });
    expect(jamtland!.filterText).toBe("Samordningsförbundet i Jämtlands län Jämtland Jämtlands län");
  });

  it("formats each figure in Swedish and links it to the place in its document", () => {
    expect(jamtland!.cells.map((c) => c.text)).toEqual(["2025", "8\u00a0227", "1\u00a0271", "3\u00a0008", "37\u00a0%", "332"]);
    expect(jamtland!.cells.map((c) => c.href)).toEqual([
      ar2025,
      `${ar2025}#arsredovisning-driftsredovisning-intakter-medlemsbidrag`,
      `${ar2025}#arsredovisning-resultatrakning-entries-5`,
      `${ar2025}#arsredovisning-balansrakning-entries-10`,
      `${ar2025}#arsredovisning-balansrakning-entries-10`,
      `${ar2025}#tabell-2`,
    ]);
    expect(jamtland!.cells[4]!.note).toBe("över rekommenderade 20\u00a0%");
  });

  it("marks a budget figure as budget with its year, and a missing one as a dash with its reason (never 0)", () => {
    expect(solleftea!.cells[1]).toMatchObject({ text: "2\u00a0756", note: "budget 2026" });
    for (const cell of [solleftea!.cells[0]!, ...solleftea!.cells.slice(2)]) {
      expect(cell).toMatchObject({ text: "–", hidden: "saknas: ingen antagen årsredovisning" });
      expect(cell.href).toBeUndefined();
    }
  });

  it("is a CSV file with the län in a column, figures as numbers and the notes named by their column", () => {
    const lines = oversiktSomCsv(table)
      .replace(/^\ufeff/, "")
      .split("\r\n");
    expect(lines[0]!.split(";")).toEqual([
      "Län",
      "Förbund",
      "Årsredovisning",
      "Medlemsbidrag",
      "Årets resultat",
      "Eget kapital vid årets slut",
      "Eget kapital i andel av medlemsbidraget",
      "Deltagare under året",
      "Anmärkningar",
    ]);
    expect(lines[1]!.split(";")).toEqual([
      "Jämtlands län",
      "Samordningsförbundet i Jämtlands län",
      "2025",
      "8227",
      "1271",
      "3008",
      "37%",
      "332",
      "Eget kapital i andel av medlemsbidraget: över rekommenderade 20 %",
    ]);
    // A missing figure is an empty field, not the page's dash.
    expect(lines[2]).toBe("Västernorrlands län;Samordningsförbundet i Sollefteå;;2756;;;;;Medlemsbidrag: budget 2026");
  });
});

describe("forbund.yaml lan", () => {
  const forbund = { name: "X", short_name: "X", unit: "tkr", members: [], funding_shares: { state: 0.5, region: 0.25, municipality: 0.25 } };
  const lanIssue = (lan: unknown) => forbundSchema.safeParse({ ...forbund, lan }).error?.issues.find((i) => i.path[0] === "lan")?.message;

  it("is one of Sweden's 21 län by its official name, or left out", () => {
    expect(LAN_NAMES).toHaveLength(21);
    expect(new Set(LAN_NAMES).size).toBe(21);
    expect(lanIssue("Västernorrlands län")).toBeUndefined();
    expect(lanIssue(undefined)).toBeUndefined();
    expect(lanIssue("Norrland")).toBe('väntade ett av Sveriges 21 län med sitt officiella namn, t.ex. "Jämtlands län", fann "Norrland"');
  });

  it("suggests the official name for one written without “län”, without å, ä, ö, or misspelt", () => {
    expect(suggestLan("Jämtland")).toBe("Jämtlands län");
    expect(suggestLan("vasternorrland")).toBe("Västernorrlands län");
    expect(suggestLan("Skåne")).toBe("Skåne län");
    expect(suggestLan("Västra Götaland")).toBe("Västra Götalands län");
    expect(suggestLan("Uppsala lan")).toBe("Uppsala län");
    expect(suggestLan("Väst")).toBeUndefined();
    expect(suggestLan("Norrland")).toBeUndefined();
  });

  it("is reported at its line in forbund.yaml, with the suggestion", () => {
    const data = copyOfData();
    const file = join(data, "jamtland/forbund.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("lan: Jämtlands län", "lan: Jämtland"));
    let problems: { file: string; line?: number; path: string; message: string }[] = [];
    try {
      loadData(data, { kinds: documentKinds });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems = error.problems;
    }
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 6,
        path: "lan",
        message: 'väntade ett av Sveriges 21 län med sitt officiella namn, t.ex. "Jämtlands län", fann "Jämtland" (menade du "Jämtlands län"?)',
      }),
    );
  });
});
