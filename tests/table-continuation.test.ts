// "(forts.)": a table that goes on over a page is printed as two tables, the second starting the
// next page with the caption, "(forts.)" and the head (src/pdf/table-continuation.ts). The pure
// reading of a PDF's row pages, and a real print of a page with long tables.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../src/pdf/browser.ts";
import { PRINT_OPTIONS } from "../src/pdf/print.ts";
import { printSettled } from "../src/pdf/print-settled.ts";
import { readPdf } from "../src/pdf/read-pdf.ts";
import { SITE_ORIGIN, serveFromFolder } from "../src/pdf/serve-from-folder.ts";
import { continuationSplits, type PageTable, type PrintedTable, rowPages } from "../src/pdf/table-continuation.ts";
import { temporaryDir } from "./helpers/build.ts";

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const plainTable = (rowCount: number, headRows = 1): PrintedTable => ({
  rowCount,
  headRows,
  groupStart: range(0, rowCount),
  introRows: new Array(rowCount).fill(false),
});

describe("which rows of a table landed on which page", () => {
  it("splits a table before the first row of each further page, the repeated head not counting", () => {
    const tables = [plainTable(10)];
    const pages: PageTable[][] = [
      [{ rowCount: 10, rowsPrinted: range(0, 6), captionPrinted: true }],
      [{ rowCount: 10, rowsPrinted: [0, ...range(6, 9)], captionPrinted: false }],
      [{ rowCount: 10, rowsPrinted: [0, 9], captionPrinted: false }],
    ];
    const rows = rowPages(tables, pages)!;
    expect(rows[0]!.slice(1)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 3]);
    expect(continuationSplits(tables, rows)).toEqual([{ table: 0, rows: [6, 9] }]);
  });

  it("tells a table continued from the one before it on the page from the next table, by rows and caption", () => {
    const tables = [plainTable(4), plainTable(4)];
    const pages: PageTable[][] = [
      [{ rowCount: 4, rowsPrinted: [0, 1, 2], captionPrinted: true }],
      [
        { rowCount: 4, rowsPrinted: [0, 3], captionPrinted: false },
        { rowCount: 4, rowsPrinted: [0, 1, 2, 3], captionPrinted: true },
      ],
    ];
    const rows = rowPages(tables, pages)!;
    expect(rows).toEqual([
      [0, 1, 1, 2],
      [0, 2, 2, 2],
    ]);
    expect(continuationSplits(tables, rows)).toEqual([{ table: 0, rows: [3] }]);
  });

  it("keeps a rowspan group together: the split moves to the group's first row", () => {
    const table: PrintedTable = { ...plainTable(6), groupStart: [0, 1, 2, 2, 2, 5] };
    const rows = rowPages(
      [table],
      [[{ rowCount: 6, rowsPrinted: [0, 1, 2, 3], captionPrinted: true }], [{ rowCount: 6, rowsPrinted: [0, 4, 5], captionPrinted: false }]],
    )!;
    expect(continuationSplits([table], rows)).toEqual([{ table: 0, rows: [2] }]);
  });

  it("takes a group's heading and intro rows with it, and moves a table that would leave only those above the split", () => {
    const table: PrintedTable = { ...plainTable(8), introRows: [false, true, true, false, false, true, false, false] };
    const split = (firstOnNextPage: number) => continuationSplits([table], [range(0, 8).map((row) => (row === 0 ? 0 : row < firstOnNextPage ? 1 : 2))]);
    expect(split(6)).toEqual([{ table: 0, rows: [5] }]);
    expect(split(3)).toEqual([{ table: 0, rows: [1] }]);
    expect(split(4)).toEqual([{ table: 0, rows: [4] }]);
  });

  it("does not split a table whose head and first rows alone went to the next page, nor one on a single page", () => {
    const tables = [plainTable(3), plainTable(3)];
    const rows = rowPages(tables, [
      [{ rowCount: 3, rowsPrinted: [], captionPrinted: true }],
      [
        { rowCount: 3, rowsPrinted: [0, 1, 2], captionPrinted: false },
        { rowCount: 3, rowsPrinted: [0, 1, 2], captionPrinted: true },
      ],
    ])!;
    expect(continuationSplits(tables, rows)).toEqual([]);
  });

  it("gives up (splits nothing) where the PDF's tables do not match the page's", () => {
    expect(rowPages([plainTable(5)], [[{ rowCount: 4, rowsPrinted: [0, 1], captionPrinted: true }]])).toBeUndefined();
    expect(rowPages([plainTable(5), plainTable(2)], [[{ rowCount: 5, rowsPrinted: [0, 1], captionPrinted: true }]])).toBeUndefined();
  });
});

const rowsHtml = (prefix: string, count: number) =>
  range(1, count + 1)
    .map((n) => `<tr id="${prefix}-${n}"><th scope="row">${prefix} rad ${n}</th><td class="num">${n * 100}</td></tr>`)
    .join("\n");

// A page with two tables that go on over a page, one with a visually hidden caption (as the budget's),
// and a table that fits.
const PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Tabeller</title><style>
@page { size: A4; margin: 22mm 18mm 20mm; }
body { font-family: sans-serif; font-size: 11pt; margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { padding: 4pt; text-align: left; }
thead { display: table-header-group; } tr { break-inside: avoid; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style></head><body><main>
<h1>Tabeller</h1>
<div class="table-scroll" role="region" aria-label="Första tabellen"><table id="first">
<caption>Första tabellen <span class="caption-unit">(belopp i kr)</span></caption>
<thead><tr><th scope="col" id="first-head">Post</th><th scope="col">Belopp</th></tr></thead><tbody>${rowsHtml("Första", 70)}</tbody></table></div>
<p>Text mellan tabellerna.</p>
<table><caption>Kort tabell</caption><thead><tr><th scope="col">Post</th><th scope="col">Värde</th></tr></thead><tbody>${rowsHtml("Kort", 3)}</tbody></table>
<h2>Budget</h2>
<table><caption class="visually-hidden">Dold rubrik</caption>
<thead><tr><th scope="col">Rad</th><th scope="col">Kronor</th></tr></thead><tbody>${rowsHtml("Andra", 45)}</tbody></table>
</main></body></html>`;

describe("printing a page with tables that go on over a page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("prints each further part with the caption and '(forts.)' and the head, every row once, in order; the HTML stays one table", async () => {
    const dir = temporaryDir("finsam-tables-");
    writeFileSync(join(dir, "index.html"), PAGE);
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await serveFromFolder(page, dir);
      await page.goto(`${SITE_ORIGIN}/`, { waitUntil: "load" });
      const { pdf, prints } = await printSettled(page, [], PRINT_OPTIONS);
      const { pages } = await readPdf(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      // The layout estimate made the parts before the first print (tests/layout-estimate.test.ts).
      expect(prints).toBe(1);

      const text = pages.join("\n");
      const rowOrder = [...text.matchAll(/(Första|Kort|Andra) rad (\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(rowOrder).toEqual([...range(1, 71).map((n) => `Första ${n}`), ...range(1, 4).map((n) => `Kort ${n}`), ...range(1, 46).map((n) => `Andra ${n}`)]);

      // Every page a table goes on to starts with that table's caption, "(forts.)", and its head.
      const continued = pages.filter((page) => page.includes("(forts.)"));
      expect(continued.length).toBeGreaterThanOrEqual(2);
      expect(text).toContain("Första tabellen (forts.) (belopp i kr)");
      expect(text).toContain("Dold rubrik (forts.)");
      for (const page of pages.slice(1)) {
        const firstRow = /(Första|Andra) rad \d+/.exec(page);
        if (!firstRow || page.indexOf("Text mellan") !== -1) continue;
        expect(page.slice(0, firstRow.index)).toMatch(/\(forts\.\)/);
      }
      expect(pages[0]).not.toContain("(forts.)");

      // The page's DOM has the parts (ids not repeated); the HTML file is untouched.
      const dom = await page.evaluate(() => ({
        tables: document.querySelectorAll("table").length,
        ids: Array.from(document.querySelectorAll("[id]"), (element) => element.id),
      }));
      expect(dom.tables).toBeGreaterThanOrEqual(5);
      expect(new Set(dom.ids).size).toBe(dom.ids.length);
    } finally {
      await page.close();
    }
  });
});
