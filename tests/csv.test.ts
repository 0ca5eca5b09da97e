// Tables as CSV for Swedish Excel: UTF-8 with BOM, ";" separator, decimal comma, plain minus, no
// thousands separator; formula-like text made inert, numbers untouched. And: every table of every
// document page of the example site has its CSV next to the page, linked under the table.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { addTableCsv } from "../src/eleventy/transforms/table-csv.ts";
import { formatNumber, formatPercent } from "../src/format/index.ts";
import { csvValue, parseTable, toCsv } from "../src/site/csv.ts";
import { runBuild, temporaryDir } from "./helpers/build.ts";

describe("cell values", () => {
  it("writes numbers as Swedish Excel reads them: decimal comma, no thousands separator, hyphen-minus", () => {
    expect(csvValue("1\u00a0271")).toBe("1271");
    expect(csvValue("−81")).toBe("-81");
    expect(csvValue("−6\u00a0875")).toBe("-6875");
    expect(csvValue("2,5")).toBe("2,5");
    expect(csvValue("−0,25")).toBe("-0,25");
    expect(csvValue("35\u00a0%")).toBe("35%");
    expect(csvValue("2025")).toBe("2025");
    expect(csvValue("1 234 567")).toBe("1234567");
  });

  it("turns the dash of an empty cell into an empty field", () => {
    expect(csvValue("–")).toBe("");
  });

  it("keeps text as it is", () => {
    expect(csvValue("Summa intäkter")).toBe("Summa intäkter");
    expect(csvValue("2026–2028")).toBe("2026–2028");
    expect(csvValue("Fre 13/3 kl 9–12")).toBe("Fre 13/3 kl 9–12");
    expect(csvValue("§§ 26–31")).toBe("§§ 26–31");
  });

  it("makes text that starts like a formula inert, but not negative numbers", () => {
    expect(csvValue("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(csvValue("+46 70 123")).toBe("'+46 70 123");
    expect(csvValue("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvValue("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvValue("-")).toBe("'-");
    expect(csvValue("-81")).toBe("-81");
    expect(csvValue("−81")).toBe("-81");
  });

  it("reads back every number the sv-SE formatter prints (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
        const value = n / 100;
        const csv = csvValue(formatNumber(value, decimals));
        expect(csv).toMatch(/^-?\d+(,\d+)?$/);
        // Within the rounding of the shown number.
        expect(Math.abs(Number(csv.replace(",", ".")) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        expect(csvValue(formatPercent(share))).toMatch(/^\d+%$/);
      }),
    );
  });
});

describe("CSV files", () => {
  it("start with a BOM, separate with ';', end lines with CRLF and quote fields that need it", () => {
    const csv = toCsv([["Namn", "Belopp"], ["A; B", "1\u00a0271"], ['Säg "hej"', "−81"]]);
    expect(csv).toBe('\ufeffNamn;Belopp\r\n"A; B";1271\r\n"Säg ""hej""";-81\r\n');
  });

  it("reads a rendered table: caption, header and body rows, colspan as empty cells, hidden text kept, spaces plain", () => {
    const table = parseTable(`<table><caption>Deltagare <span class="caption-unit">(antal)</span></caption>
      <thead><tr><th colspan="2">2025</th><th>2024</th></tr></thead>
      <tbody><tr><th scope="row">Nya&nbsp;deltagare</th><td class="num">146<span class="visually-hidden"> personer</span></td><td>&#8722;3</td></tr></tbody></table>`);
    expect(table).toEqual({ caption: "Deltagare (antal)", rows: [["2025", "", "2024"], ["Nya deltagare", "146 personer", "−3"]] });
  });

  it("links each table of a document page to its CSV, after the scroll box, with unique names", () => {
    const page = `<main><article class="document"><div class="table-scroll" role="region" tabindex="0"><table><caption>Budget</caption><tr><td>1</td></tr></table></div>
      <table><caption>Budget</caption><tr><td>2</td></tr></table><table><tr><td>3</td></tr></table></article></main>`;
    const { html, files } = addTableCsv(page);
    expect(files.map((f) => f.name)).toEqual(["budget.csv", "budget-2.csv", "tabell-3.csv"]);
    expect(html).toContain('</table></div><p class="table-download no-print"><a href="budget.csv" download>Tabellen ”Budget” som CSV</a></p>');
    expect(html).toContain('</table><p class="table-download no-print"><a href="tabell-3.csv" download>Tabell 3 som CSV</a></p>');
    expect(addTableCsv("<main><table><tr><td>1</td></tr></table></main>").files).toEqual([]);
  });
});

describe("the example site", () => {
  let out: string;
  const documentPages: string[] = [];

  beforeAll(() => {
    out = join(temporaryDir(), "site");
    const run = runBuild(["--data", "data", "--out", out, "--no-pdf"]);
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name === "index.html" && readFileSync(join(dir, entry.name), "utf8").includes('<article class="document')) documentPages.push(join(dir, entry.name));
      }
    };
    walk(out);
  });

  it("has a CSV for every table of every document, of every kind", () => {
    const kinds = new Set<string>();
    let tables = 0;
    for (const file of documentPages) {
      const html = readFileSync(file, "utf8");
      const found = [...html.matchAll(/<table\b[\s\S]*?<\/table>(?:\s*<\/div>)?(<p class="table-download no-print"><a href="([^"]+\.csv)" download>)?/g)];
      for (const match of found) {
        tables++;
        const where = `${relative(out, file)} table ${match[0].slice(0, 80)}`;
        expect(match[2], where).toBeDefined();
        const csv = readFileSync(join(file, "..", match[2]!), "utf8");
        expect(csv.startsWith("\ufeff"), where).toBe(true);
        // One CSV line per table row.
        expect(csv.trimEnd().split("\r\n").length, where).toBe((match[0].match(/<tr\b/g) ?? []).length);
      }
      if (found.length) kinds.add(relative(out, file).split("/")[2]!.replace(/-\d{4}-\d{2}-\d{2}$/, ""));
    }
    expect(tables).toBeGreaterThan(20);
    expect([...kinds].sort()).toEqual(["arsredovisning", "driftsredovisning", "protokoll", "verksamhetsplan"]);
  });

  it("writes the driftsredovisning's numbers as Swedish Excel reads them", () => {
    const csv = readFileSync(join(out, "jamtland/2025/driftsredovisning/driftsredovisning-2025-belopp-i-tkr.csv"), "utf8");
    expect(csv).toContain("\r\nResultat;1271;3;1268;-594;-875;281\r\n");
    expect(csv).toContain("\r\nFinansiella poster;-81;;-81;140;;140\r\n");
    expect(existsSync(join(out, "jamtland/2025/protokoll-2025-11-28/ledamoter.csv"))).toBe(true);
  });
});
