// Tables as CSV for Swedish Excel: written from the same table model the page renders (src/tables/),
// UTF-8 with BOM, ";" separator, CRLF, decimal comma, plain minus, no thousands separator;
// formula-like text made inert, numbers untouched. And: every table of every document page of the
// example site has its CSV next to the page, linked under the table.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  amountCell,
  countShareCell,
  csvField,
  decimalCell,
  fixedCell,
  listCell,
  percentCell,
  statusCell,
  type Table,
  tableToCsv,
  textCell,
} from "../src/tables/index.ts";
import { examplesSite, pageHtml, sitePages } from "./helpers/site.ts";

describe("cell values", () => {
  it("writes numbers from their values as Swedish Excel reads them: decimal comma, no thousands separator, hyphen-minus", () => {
    expect(csvField(amountCell(1271))).toBe("1271");
    expect(csvField(amountCell(-81))).toBe("-81");
    expect(csvField(amountCell(-6875))).toBe("-6875");
    expect(csvField(decimalCell(2.5))).toBe("2,5");
    expect(csvField(fixedCell(-0.25, 2))).toBe("-0,25");
    expect(csvField(percentCell(0.35))).toBe("35%");
    expect(csvField(percentCell(0.192, 1))).toBe("19,2%");
    expect(csvField(amountCell(1234567))).toBe("1234567");
  });

  it("writes an empty cell as an empty field", () => {
    expect(csvField(amountCell(null))).toBe("");
    expect(csvField(textCell("–"))).toBe("");
  });

  it("keeps text and the words around a number as the reader sees them", () => {
    expect(csvField(textCell("Summa intäkter"))).toBe("Summa intäkter");
    expect(csvField(textCell("2026–2028"))).toBe("2026–2028");
    expect(csvField(textCell("§§ 26–31"))).toBe("§§ 26–31");
    expect(csvField(countShareCell({ count: 49, share: 0.345 }))).toBe("49 (35 %)");
    expect(csvField(textCell("Arbete/studier", { prefix: "Till" }))).toBe("Till Arbete/studier");
    expect(csvField(amountCell(-7, { mark: "*" }))).toBe("−7 *");
    expect(csvField(statusCell("delvis", "Delvis uppnått"))).toBe("Delvis uppnått");
    expect(csvField(listCell(["a", "b"]))).toBe("a\nb");
  });

  it("makes text that starts like a formula inert, but not negative numbers", () => {
    expect(csvField(textCell('=HYPERLINK("http://x")'))).toBe('\'=HYPERLINK("http://x")');
    expect(csvField(textCell("+46 70 123"))).toBe("'+46 70 123");
    expect(csvField(textCell("-2+3+cmd|' /C calc'!A0"))).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField(textCell("@SUM(A1)"))).toBe("'@SUM(A1)");
    expect(csvField(textCell("-"))).toBe("'-");
    expect(csvField(amountCell(-81))).toBe("-81");
  });

  it("writes every number as a number Excel reads back within the printed rounding (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
        const value = n / 100;
        const csv = csvField(fixedCell(value, decimals));
        expect(csv).toMatch(/^-?\d+(,\d+)?$/);
        expect(Math.abs(Number(csv.replace(",", ".")) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        expect(csvField(percentCell(share))).toMatch(/^\d+%$/);
      }),
    );
  });
});

describe("CSV files", () => {
  const table: Table = {
    caption: "Test",
    columns: [
      { label: "Namn", numeric: false },
      { label: "Belopp", numeric: true, hidden: "2025" },
      { label: "Status", numeric: false },
    ],
    rows: [
      { kind: "heading", header: textCell("Grupp", { colspan: 3 }), cells: [] },
      { kind: "row", header: textCell("A; B", { rowspan: 2 }), cells: [amountCell(1271), textCell("x", { rowspan: 2 })] },
      { kind: "row", cells: [amountCell(-81)] },
      { kind: "row", header: textCell('Säg "hej"'), cells: [listCell(["rad 1", "rad 2"]), textCell("")] },
    ],
    csvName: "test.csv",
  };

  it("start with a BOM, separate with ';', end lines with CRLF, quote what needs it, fill spans", () => {
    expect(tableToCsv(table)).toBe('\ufeffNamn;Belopp 2025;Status\r\nGrupp;;\r\n"A; B";1271;x\r\n"A; B";-81;x\r\n"Säg ""hej""";"rad 1\nrad 2";\r\n');
  });
});

describe("the example site", () => {
  const site = examplesSite();
  const documentPages = sitePages(site).filter((page) => pageHtml(site, page).includes('<article class="document'));

  it("has a CSV for every table of every document, of every kind, one line per table row", () => {
    const kinds = new Set<string>();
    let tables = 0;
    for (const page of documentPages) {
      const html = pageHtml(site, page);
      const found = [
        ...html.matchAll(
          new RegExp(
            String.raw`<table\b[\s\S]*?<\/table>\s*<\/div>\s*(?:<ol class="table-notes"[\s\S]*?<\/ol>\s*)?` +
              String.raw`(<p class="table-download no-print"><a href="([^"]+\.csv)" download>)?`,
            "g",
          ),
        ),
      ];
      for (const match of found) {
        tables++;
        const where = `${page} table ${match[0].slice(0, 80)}`;
        expect(match[2], where).toBeDefined();
        const csv = readFileSync(join(site, page, match[2]!), "utf8");
        expect(csv.startsWith("\ufeff"), where).toBe(true);
        const rows = (match[0].match(/<tr\b/g) ?? []).length - (match[0].includes('scope="colgroup"') ? 1 : 0);
        expect(csv.trimEnd().split("\r\n").length, where).toBe(rows);
      }
      if (found.length) kinds.add(page.split("/")[3]!.replace(/-\d{4}-\d{2}-\d{2}$/, ""));
    }
    expect(tables).toBeGreaterThan(20);
    expect([...kinds].sort()).toEqual(["arsredovisning", "driftsredovisning", "internkontrollplan", "protokoll", "uppfoljning-t2", "verksamhetsplan"]);
  });

  it("writes the driftsredovisning's numbers as Swedish Excel reads them", () => {
    const csv = readFileSync(join(site, "jamtland/2025/driftsredovisning/driftsredovisning-2025-belopp-i-tkr.csv"), "utf8");
    expect(csv).toContain("\r\nResultat;1271;3;1268;-594;-875;281\r\n");
    expect(csv).toContain("\r\nFinansiella poster;-81;;-81;140;;140\r\n");
    expect(existsSync(join(site, "jamtland/2025/protokoll-2025-11-28/ledamoter.csv"))).toBe(true);
  });
});
