// The layout estimate (src/pdf/layout-estimate.ts) and how the print checks it (src/pdf/print-settled.ts):
// a right guess prints once; a wrong page number is printed again; a table part made on a wrong
// guess is undone by printing the page again from the start. Whatever was guessed, the PDF is the
// same, byte for byte (after the stable-bytes pass of the metadata), and its innehåll is right.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../src/pdf/browser.ts";
import { estimateLayout, type LayoutEstimate } from "../src/pdf/layout-estimate.ts";
import { setPdfMetadata } from "../src/pdf/metadata.ts";
import { emulatePrintArea } from "../src/pdf/page-area.ts";
import { PRINT_OPTIONS } from "../src/pdf/print.ts";
import { printSettled, type SettleOptions } from "../src/pdf/print-settled.ts";
import { readOutline, readPdf } from "../src/pdf/read-pdf.ts";
import { SITE_ORIGIN, serveFromFolder } from "../src/pdf/serve-from-folder.ts";
import { printedTables, splitTables, type TableSplit } from "../src/pdf/table-continuation.ts";
import { pagesOf, type TocEntry } from "../src/pdf/toc-page-numbers.ts";
import { temporaryDir } from "./helpers/build.ts";

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const rows = (prefix: string, count: number) =>
  range(1, count + 1)
    .map((n) => `<tr><th scope="row">${prefix} rad ${n}</th><td>${n * 100}</td></tr>`)
    .join("\n");

const TOC: TocEntry[] = [
  { id: "forsta", text: "Första avsnittet" },
  { id: "andra", text: "Andra avsnittet" },
  { id: "tredje", text: "Tredje avsnittet" },
];

const tocItems = TOC.map(
  ({ id, text }) => `<li><a href="#${id}"><span class="toc-title">${text}</span><span class="toc-page" data-toc-page="${id}"></span></a></li>`,
).join("");
const table = (caption: string, prefix: string, count: number) =>
  `<table><caption>${caption}</caption><thead><tr><th scope="col">Post</th><th scope="col">Belopp</th></tr></thead>` +
  `<tbody>${rows(prefix, count)}</tbody></table>`;

// The site's @page (src/pdf/page-area.ts), a cover and an innehåll that each end their page, headings
// that reserve room under themselves, two tables that go on over a page and text between them.
// `wide`: a figure wider than the page, which print shrinks to fit; `tables: false`: text in their place.
const page = ({ wide = false, tables = true } = {}) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Uppskattning</title><style>
@page { size: A4; margin: 22mm 18mm 20mm; }
body { font-family: sans-serif; font-size: 11pt; margin: 0; }
.cover { break-after: page; min-height: 235mm; }
.toc { break-after: page; } .toc a { display: flex; } .toc-title { flex: 1; }
.toc-page { display: block; width: 2.5em; text-align: right; }
h2 { break-after: avoid; break-inside: avoid; } h2::after { content: ""; display: block; height: 40mm; margin-bottom: -40mm; }
table { border-collapse: collapse; width: 100%; } th, td { padding: 4pt; text-align: left; }
thead { display: table-header-group; } tr { break-inside: avoid; }
.keep { break-inside: avoid-page; }
</style></head><body><main>
<header class="cover"><h1>Uppskattning</h1></header>
<nav class="toc"><h2>Innehåll</h2><ol>${tocItems}</ol></nav>
<h2 id="forsta">Första avsnittet</h2>
${wide ? '<svg width="760" height="40" role="img" aria-label="Bred figur"><rect width="760" height="40" fill="#ccc"/></svg>' : ""}
<p>Inledning.</p>
${tables ? `<div class="table-scroll">${table("Första tabellen", "Första", 60)}</div>` : `<p>${"Text i stället för tabellen. ".repeat(120)}</p>`}
<h2 id="andra">Andra avsnittet</h2>
<p class="keep">${"Text som inte delas. ".repeat(30)}</p>
${tables ? table("Andra tabellen", "Andra", 50) : ""}
<h2 id="tredje">Tredje avsnittet</h2>
<p>Slut.</p>
</main></body></html>`;

const METADATA = { title: "Uppskattning", author: "Test", date: "2026-01-01" };

describe("printing on the layout estimate's word", () => {
  let browser: Browser;
  let dir: string;
  /** The page printed on the layout estimate as it comes. */
  let estimated: Awaited<ReturnType<typeof print>>;
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = temporaryDir("finsam-estimate-");
    writeFileSync(join(dir, "index.html"), page());
    writeFileSync(join(dir, "wide.html"), page({ wide: true }));
    writeFileSync(join(dir, "text.html"), page({ tables: false }));
    estimated = await print("/");
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Prints the page with these settle options: the PDF with stable bytes, the prints, the outcome, the innehåll's numbers as written. */
  async function print(path: string, settle: SettleOptions<undefined> = {}) {
    const tab = await browser.newPage();
    try {
      await tab.setJavaScriptEnabled(false);
      await serveFromFolder(tab, dir);
      await tab.goto(`${SITE_ORIGIN}${path}`, { waitUntil: "load" });
      const { pdf, prints, estimate } = await printSettled(tab, TOC, PRINT_OPTIONS, settle);
      const written = await tab.evaluate(() => Array.from(document.querySelectorAll("[data-toc-page]"), (span) => Number(span.textContent)));
      return { file: setPdfMetadata(pdf, METADATA), prints, estimate, written };
    } finally {
      await tab.close();
    }
  }

  /** No guess: the page as built (no table part, no page number), as the print was made before the estimate. */
  const noGuess = async (tab: Page): Promise<LayoutEstimate> => ({ tables: await printedTables(tab), splits: [], tocPages: TOC.map(() => 0), rowPages: [] });

  it("guesses the pages and the table parts a print shows: the page prints once", async () => {
    const guessed = await print("/", {
      estimate: async (tab, toc) => {
        const estimate = await estimateLayout(tab, toc);
        // Both tables go on over a page; the second part of the first moves what follows it.
        expect(estimate.splits.length).toBeGreaterThanOrEqual(2);
        return estimate;
      },
    });
    expect(guessed.prints).toBe(1);
    expect(guessed.estimate).toBe("right");
    const { pages } = await readPdf(guessed.file);
    expect(pages.filter((text) => text.includes("(forts.)")).length).toBeGreaterThanOrEqual(2);
    // The innehåll says where each heading is.
    expect(guessed.written).toEqual(pagesOf(TOC, await readOutline(guessed.file)));
    expect(guessed.written[0]).toBe(3);
  });

  it("without a guess prints as before, a print for each table part and one for the numbers, to the same PDF", async () => {
    const withoutGuess = await print("/", { estimate: noGuess });
    expect(withoutGuess.prints).toBeGreaterThanOrEqual(3);
    expect(withoutGuess.estimate).toBe("corrected");
    expect(withoutGuess.file.equals(estimated.file)).toBe(true);
  });

  it("prints a wrong page number again, right", async () => {
    const right = await print("/text.html");
    expect(right.prints).toBe(1);
    const wrong = await print("/text.html", {
      estimate: async (tab, toc) => {
        const estimate = await estimateLayout(tab, toc);
        return { ...estimate, tocPages: estimate.tocPages.map((number, i) => (i === 1 ? number + 1 : number)) };
      },
    });
    expect(wrong.prints).toBe(2);
    expect(wrong.estimate).toBe("corrected");
    expect(wrong.file.equals(right.file)).toBe(true);
    expect(wrong.written).toEqual(pagesOf(TOC, await readOutline(wrong.file)));
  });

  it("where a table part was made, starts again from the page as built when a page number was wrong", async () => {
    const wrong = await print("/", {
      estimate: async (tab, toc) => {
        const estimate = await estimateLayout(tab, toc);
        return { ...estimate, tocPages: estimate.tocPages.map((number, i) => (i === 2 ? number + 1 : number)) };
      },
    });
    // The parts stand only on a layout shown to be the print's (src/pdf/print-settled.ts).
    expect(wrong.estimate).toBe("restarted");
    expect(wrong.file.equals(estimated.file)).toBe(true);
  });

  it("does not keep a table part made on a wrong guess: prints the page again from the start, to the same PDF", async () => {
    const wrong = await print("/", {
      // A part where no print would make one (the first table split after its third row), made on
      // a layout that put a row on another page than the print does.
      estimate: async (tab, toc) => {
        await splitTables(tab, [{ table: 0, rows: [3] }]);
        const estimate = await estimateLayout(tab, toc);
        const rowPages = estimate.rowPages.map((pages, table) => pages.map((page, row) => (table === 0 && row === 2 ? page + 1 : page)));
        return { ...estimate, splits: [{ table: 0, rows: [3] }, ...estimate.splits], rowPages };
      },
    });
    expect(wrong.estimate).toBe("restarted");
    expect(wrong.file.equals(estimated.file)).toBe(true);
    expect(wrong.written).toEqual(pagesOf(TOC, await readOutline(wrong.file)));
  });

  it("leaves a close call to the print, and goes on estimating from there when the print split as the estimate would have", async () => {
    // The split the estimate makes first, read in a tab of its own.
    const tab = await browser.newPage();
    let first: TableSplit;
    try {
      await tab.setJavaScriptEnabled(false);
      await serveFromFolder(tab, dir);
      await tab.goto(`${SITE_ORIGIN}/`, { waitUntil: "load" });
      await emulatePrintArea(tab);
      first = (await estimateLayout(tab, TOC)).splits[0]!;
    } finally {
      await tab.close();
    }
    let calls = 0;
    const closeCall = await print("/", {
      // First an estimate that calls that split a close call and makes none; then the estimate itself.
      estimate: async (tab, toc) => (calls++ === 0 ? { ...(await noGuess(tab)), closeCall: { split: first, page: 1 } } : estimateLayout(tab, toc)),
    });
    expect(calls).toBe(2);
    expect(closeCall.prints).toBe(2);
    expect(closeCall.estimate).toBe("corrected");
    expect(closeCall.file.equals(estimated.file)).toBe(true);
  });

  it("guesses right for a page wider than the paper, which print shrinks to fit", async () => {
    const wide = await print("/wide.html");
    expect(wide.prints).toBe(1);
    expect(wide.estimate).toBe("right");
    expect(wide.written).toEqual(pagesOf(TOC, await readOutline(wide.file)));
  });
});
