// The example årsredovisning as built (tests/global-setup.ts builds the site once), and the prose and
// tables following the data when a count changes.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tablesOf } from "../src/documents/body.ts";
import { prepareSite } from "../src/eleventy/prepare.ts";
import { loadSite } from "../src/model/site.ts";
import { readPdf } from "../src/pdf/read-pdf.ts";
import { copyOfData } from "./helpers/build.ts";
import { seedsProse } from "./helpers/seeds.ts";
import { examplesSite, pageHtml } from "./helpers/site.ts";

const page = "jamtland/2025/arsredovisning";
const pdfName = "arsredovisning-2025-samordningsforbundet-jamtlands-lan.pdf";
/** As the site prints it: U+00A0 between thousands and before % and tkr, U+2212 as minus. */
const nb = (text: string) =>
  text
    .replace(/(\d) (?=\d{3}\b)/g, "$1\u00a0")
    .replace(/ (?=%|tkr)/g, "\u00a0")
    .replace(/-(?=\d)/g, "\u2212");

/** Whether `text` contains each string (one message naming the missing ones, not the whole page). */
function expectAll(text: string, strings: string[]): void {
  expect(strings.filter((s) => !text.includes(nb(s)))).toEqual([]);
}

/** The HTML as text, tags removed, whitespace collapsed (non-breaking spaces kept). */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/[ \t\r\n]+/g, " ");
}

/** The cells after the row heading of the first table row whose heading is `label`. */
function rowCells(html: string, label: string): string[] {
  const row = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).find((r) => new RegExp(`<th scope="row">${label}</th>`).test(r));
  if (!row) return [];
  return [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "").trim());
}

describe("the example årsredovisning page", () => {
  const html = pageHtml(examplesSite(), page);

  it("has every section of the seed, in its order", () => {
    const headings = [...html.matchAll(/<h[234][^>]*>([\s\S]*?)<\/h[234]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "").trim());
    const expected = [
      "Förvaltningsberättelse",
      "Om förbundet",
      "Översikt över verksamhetens utveckling",
      "Styrning och uppföljning",
      "Beskrivning av verksamheten",
      "Resultat och måluppfyllelse",
      "Resultat i individinriktade insatser",
      "Resultat i NNS-enkätuppföljning",
      "Uppföljning av verksamhetsmål 2025",
      "Ekonomiskt resultat",
      "Driftsredovisning",
      "Förväntad utveckling",
      "Finansiella rapporter",
      "Resultaträkning",
      "Balansräkning",
      "Kassaflödesanalys",
      "Redovisningsprinciper",
      "Noter",
      "Not 1 Verksamhetens intäkter",
      "Not 6 Återstående belopp för avtalad finansiering av samverkansinsatser",
    ];
    const positions = expected.map((heading) => headings.indexOf(heading));
    expect(
      positions.every((p) => p >= 0),
      `missing: ${expected.filter((_, i) => positions[i] === -1).join(", ")}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("shows the tables' numbers as the seed prints them", () => {
    const t = text(html);
    expectAll(t, ["49 (35 %)", "23 (32 %)", "26 (38 %)", "37 (26 %)", "43 (30 %)", "31 (32 %)"]);
    expect(rowCells(html, "Eget kapital")).toEqual(["", "3 008", "1 737"].map(nb));
    expect(rowCells(html, "Årets kassaflöde")).toEqual(["620", "-1 360"].map(nb));
    // As adopted: the stated 7 198 (its parts give 7 197), marked with a letter and a note under the table.
    expect(rowCells(html, "SUMMA TILLGÅNGAR")).toEqual(["", nb("7 622"), `${nb("7 198")}anmärkning c`]);
    expect(rowCells(html, "SUMMA EGET KAPITAL, AVSÄTTNINGAR, SKULDER")).toEqual(["", "7 622", "7 198"].map(nb));
    expect(html).toContain(
      '<li id="arsredovisning-balansrakning-entries-5-anm-c" value="3"><span class="table-note-mark">c</span> Fastställt belopp; delarna ger 7\u00a0197.</li>',
    );
    // The driftsredovisning section is the driftsredovisning's own table, its rows anchored by their ids.
    expect(html).toContain('<tr class="line-result" id="arsredovisning-driftsredovisning-resultat">');
    expect(html).toContain('<tr class="line-row" id="arsredovisning-driftsredovisning-kostnader-personalkostnader">');
  });

  it("binds the prose's figures to the data", () => {
    expectAll(text(html), [
      "avsluten ökade med 46 % från 2024",
      "Större delen (65 %) av förbundets förbrukade medel",
      "det egna kapitalet uppgår till 3 008 tkr",
      // Elsewhere the prose quotes the same count as the tables: 332.
      "Totalt var 332 individer inskrivna",
    ]);
    // As adopted: the seed prints "9 %" for studies (the data gives 12 of 142, 8 %) and its goal
    // follow-up 322 (Tabell 1 and 2: 332); each with a footnote saying what the data gives.
    expectAll(text(html), [
      "medan 9 % 1 påbörjade studier",
      "322 1 inskrivna deltagare under 2025",
      "Fastställd uppgift; beräknat 8 %.",
      "Fastställd uppgift; beräknat 332.",
    ]);
  });

  it("shows each ambition with the board's status as text and shape, and what the goals give where it differs", () => {
    const badge = `<span class="goal-badge goal-badge-delvis"><svg class="goal-badge-shape"[^>]*aria-hidden="true"[^>]*>`;
    expect(html).toMatch(new RegExp(String.raw`${badge}[\s\S]*?<\/svg> Målet är delvis uppnått \(plan finns\)<\/span>`));
    expect(html).toContain('<span class="goal-computed-note">Enligt målen och resultaten: ej uppnått.</span>');
    // Each goal's own row still shows the status computed from its target and results.
    expect(html).toMatch(/<span class="goal-badge goal-badge-ej"><svg[\s\S]*?<\/svg> Ej uppnått<\/span>/);
    expect(html).not.toContain("Årsredovisningen anger");
  });

  it("draws the two charts with a description and a data table", () => {
    expect(html.match(/<figure class="chart"/g)).toHaveLength(2);
    expect(html).toContain("Ärenden från parterna");
    expect(html).toMatch(/<details class="chart-data no-print">[\s\S]*?Kommunerna<\/th><td class="num">40\u00a0%/);
  });
});

describe("the example årsredovisning PDF", () => {
  it("has the seed's figures, and the charts as vector graphics (no raster image at all)", async () => {
    const bytes = readFileSync(join(examplesSite(), page, pdfName));
    expect(bytes.toString("latin1")).not.toMatch(/\/Subtype\s*\/Image/);
    const pdf = await readPdf(bytes);
    const all = pdf.pages.join(" ").replace(/\u00a0/g, " ");
    expect(["49 (35 %)", "7 622", "3 008", "Ärenden från parterna", "Not 6"].filter((value) => !all.includes(value))).toEqual([]);
  });
});

describe("changing one participant count", () => {
  it("changes the percentages and the prose that quote it", async () => {
    const data = copyOfData();
    const file = join(data, "jamtland/2025/arsredovisning.yaml");
    const yaml = readFileSync(file, "utf8");
    const changed = yaml.replace("ended: { total: 142, women: 73, men: 69 }", "ended: { total: 150, women: 81, men: 69 }");
    expect(changed).not.toBe(yaml);
    writeFileSync(file, changed);
    const site = prepareSite(await loadSite(data, { proseDir: seedsProse, charts: false }));
    const doc = site.documents.find((d) => d.url === `/${page}/`)!;
    const prose = JSON.stringify(doc.body).replace(/\\u00a0/g, "\u00a0");
    const cells = tablesOf(doc.body)
      .flatMap((table) => table.rows.flatMap((row) => row.cells.map((cell) => cell.text)))
      .join(" | ");
    // 49 of 150 = 32,7 %; 23 of 81 women = 28,4 %; men unchanged.
    expectAll(cells, ["49 (33 %)", "23 (28 %)", "26 (38 %)"]);
    expect(cells.includes(nb("49 (35 %)"))).toBe(false);
    expectAll(text(prose), [
      // 150 against 97 ended the year before: +55 %.
      "avsluten ökade med 55 % från 2024",
      "33 % av avslutade deltagare gick vidare till arbete eller studier",
      "(49 av 150 personer)",
    ]);
  });
});
