// One document's print, repeated until what a print changes in the page has settled: the
// innehåll's page numbers (./toc-page-numbers.ts) and the "(forts.)" parts of tables continued on
// the next page (./table-continuation.ts). Before the first print the layout estimate
// (./layout-estimate.ts) makes the table parts and writes the page numbers it expects, so that a
// document whose estimate is right prints once. Every print is read back all the same, and the
// estimate only stands where that print shows it right:
// - page numbers: the pages the headings landed on must be the numbers written (the numbers'
//   width is fixed, so they do not move anything); otherwise they are written again and printed;
// - table parts: a part made on the estimate's word stands only where every row and every
//   innehåll heading landed where the estimate said (up to its close call, if it stopped at one),
//   which shows that the layout it split on was the print's. Otherwise the page is loaded again and
//   printed without a guess, as it was before the estimate: a part is not made where the prints
//   alone would not have made it, so that the PDF is the same, byte for byte, whatever was guessed.
// A part the print calls for where the estimate stopped at a close call is made, and the page is
// estimated again from there. Without an estimate a document with neither prints once, one with an
// innehåll twice, and each table part costs one more print.
import type { Page, PDFOptions } from "puppeteer-core";
import { estimateLayout, type LayoutEstimate } from "./layout-estimate.ts";
import { emulatePrintArea } from "./page-area.ts";
import { type OpenedPdf, openPdf } from "./read-pdf.ts";
import { firstSplit, type PrintedTable, pageTables, printedTables, rowPages, splitTables } from "./table-continuation.ts";
import { pagesOf, type TocEntry, writePageNumbers } from "./toc-page-numbers.ts";

// Enough for a long document's tables: each split is one more print.
const MAX_PRINTS = 12;

/** How the estimate fared: none made (nothing to guess), right, corrected by further prints, or wrong about a table part (printed again from the start). */
export type EstimateOutcome = "none" | "right" | "corrected" | "restarted";

export interface SettleOptions<T> {
  /** What to expect of the first print; by default the layout estimate. Tests give wrong ones. */
  estimate?: (page: Page, toc: readonly TocEntry[]) => Promise<LayoutEstimate>;
  /** Reads the final PDF while it is open (the page-flow check), so that it is not parsed twice. */
  inspect?: (pdf: OpenedPdf) => Promise<T>;
}

export interface SettledPrint<T> {
  pdf: Uint8Array;
  prints: number;
  estimate: EstimateOutcome;
  /** What `inspect` returned. */
  inspected: T | undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the print put every table row and innehåll heading where the estimate did (those before its close call, if it stopped at one). */
function asEstimated(guess: LayoutEstimate, pages: readonly number[][] | undefined, tocPages: readonly number[]): boolean {
  const sure = (page: number) => guess.closeCall === undefined || page < guess.closeCall.page;
  if (!pages || pages.length !== guess.rowPages.length) return false;
  const rows = guess.rowPages.every((estimated, table) => {
    const printed = pages[table]!;
    return estimated.length === printed.length && estimated.every((page, row) => !sure(page) || page === printed[row]);
  });
  return rows && guess.tocPages.every((page, entry) => !sure(page) || page === tocPages[entry]);
}

/** Prints the loaded page until it has settled; the page is left in print media (`emulatePrintArea`). */
export async function printSettled<T = undefined>(
  page: Page,
  toc: readonly TocEntry[],
  options: PDFOptions,
  settle: SettleOptions<T> = {},
): Promise<SettledPrint<T>> {
  const estimate = settle.estimate ?? estimateLayout;
  await emulatePrintArea(page);
  // The estimate for the page as it stands: made first, and again after a part a print called for.
  let guess: LayoutEstimate | undefined = await estimate(page, toc);
  // Once a guess was wrong about a table part, the page is printed as it was before the estimate.
  let guessing = true;
  // The page's printed tables as they stand, while known (only a split or a reload changes them).
  let tables: PrintedTable[] | undefined = guess.tables;
  let outcome: EstimateOutcome = toc.length === 0 && tables.length === 0 ? "none" : "right";
  let written: number[] | undefined;
  const writeGuess = async (made: LayoutEstimate) => {
    tables = made.tables;
    if (toc.length === 0) return;
    await writePageNumbers(page, toc, made.tocPages);
    written = made.tocPages;
  };
  await writeGuess(guess);
  let pdf = await page.pdf(options);
  for (let prints = 1; ; prints++) {
    const opened = await openPdf(pdf);
    try {
      tables ??= await printedTables(page);
      const pages = tables.length === 0 ? [] : rowPages(tables, await pageTables(opened));
      const tocPages = toc.length > 0 ? pagesOf(toc, await opened.outline()) : [];
      if (guess?.splits.length && !asEstimated(guess, pages, tocPages)) {
        // A part was made on a layout that was not the print's: start again from the page as built.
        await page.reload({ waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        outcome = "restarted";
        guessing = false;
        guess = undefined;
        tables = undefined;
        written = undefined;
      } else {
        const split = pages ? firstSplit(tables, pages) : undefined;
        const tocSettled = toc.length === 0 || (written !== undefined && same(tocPages, written));
        if (!split && tocSettled) return { pdf, prints, estimate: outcome, inspected: await settle.inspect?.(opened) };
        if (outcome === "right") outcome = "corrected";
        // The part the estimate left to the prints (a close call), if this print made it the same.
        const closeCallAgreed = split !== undefined && guess?.closeCall !== undefined && same(split, guess.closeCall.split);
        guess = undefined;
        if (split) {
          await splitTables(page, [split]);
          tables = undefined;
          // The estimate goes on from a close call it got right; a print that split elsewhere shows
          // its layout was not the print's there, and the rest is left to the prints.
          if (guessing && closeCallAgreed) {
            guess = await estimate(page, toc);
            await writeGuess(guess);
          } else guessing = false;
        }
        if (!tocSettled && !guess) {
          await writePageNumbers(page, toc, tocPages);
          written = tocPages;
        }
      }
    } finally {
      await opened.close();
    }
    if (prints >= MAX_PRINTS) throw new Error(`the innehåll's page numbers and the tables' parts did not settle after ${MAX_PRINTS} prints`);
    pdf = await page.pdf(options);
  }
}
