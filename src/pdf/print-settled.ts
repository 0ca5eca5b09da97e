// One document's print, repeated until what the first print changes in the page has settled: the
// innehåll's page numbers (./toc-page-numbers.ts) and the "(forts.)" parts of tables continued on
// the next page (./table-continuation.ts). A document with neither prints once; one with an
// innehåll normally twice; each table part costs one more print.
import type { Page, PDFOptions } from "puppeteer-core";
import { openPdf } from "./read-pdf.ts";
import { firstTableSplit, splitTables } from "./table-continuation.ts";
import { pagesOf, type TocEntry, writePageNumbers } from "./toc-page-numbers.ts";

// Enough for a long document's tables: each split is one more print.
const MAX_PRINTS = 12;

export async function printSettled(page: Page, toc: readonly TocEntry[], options: PDFOptions): Promise<{ pdf: Uint8Array; prints: number }> {
  let pdf = await page.pdf(options);
  let written: number[] | undefined;
  for (let prints = 1; ; prints++) {
    const opened = await openPdf(pdf);
    let split: Awaited<ReturnType<typeof firstTableSplit>>;
    let tocPages: number[] = [];
    try {
      split = await firstTableSplit(page, opened);
      if (toc.length > 0) tocPages = pagesOf(toc, await opened.outline());
    } finally {
      await opened.close();
    }
    const tocSettled = toc.length === 0 || (written !== undefined && tocPages.every((number, i) => number === written![i]));
    if (!split && tocSettled) return { pdf, prints };
    if (prints >= MAX_PRINTS) throw new Error(`the innehåll's page numbers and the tables' parts did not settle after ${MAX_PRINTS} prints`);
    if (split) await splitTables(page, [split]);
    if (!tocSettled) {
      await writePageNumbers(page, toc, tocPages);
      written = tocPages;
    }
    pdf = await page.pdf(options);
  }
}
