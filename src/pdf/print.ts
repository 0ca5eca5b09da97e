// Prints every page that asks for a PDF: one browser for the whole build, as many pages in
// parallel as there are cores, each PDF tagged, with bookmarks and fixed metadata.
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { launchBrowser } from "./browser.ts";
import type { PdfJob } from "./job.ts";
import { setPdfMetadata } from "./metadata.ts";
import { emulatePrintArea } from "./page-area.ts";
import { checkPageFlow, type PageFlowWarning } from "./page-flow.ts";
import { type EstimateOutcome, printSettled } from "./print-settled.ts";
import { preloadPdfReader } from "./read-pdf.ts";
import { type ServedFile, SITE_ORIGIN, serveFromFolder } from "./serve-from-folder.ts";

export interface PrintOptions {
  concurrency?: number;
  /** Print with this browser (left open) rather than one launched and closed here. */
  browser?: Browser;
  /** Called when a PDF is started (`started` = how many have been started, this one included). */
  onStart?: (event: { job: PdfJob; started: number; total: number }) => void;
  /**
   * Called when a PDF is written, with how many prints it took (1 where the layout estimate was
   * right), its bytes, and every file the page asked for while it printed (what the PDF cache keys on).
   */
  onProgress?: (event: { job: PdfJob; done: number; total: number } & PrintedOne) => void;
}

/** What printing one document gave. */
interface PrintedOne {
  prints: number;
  /** How the layout estimate fared (./print-settled.ts). */
  estimate: EstimateOutcome;
  pageFlow: PageFlowWarning[];
  pdf: Buffer;
  served: ServedFile[];
}

/** A printed PDF and what the page-flow rule found in it (./page-flow.ts). */
export interface PrintedPdf {
  job: PdfJob;
  pageFlow: PageFlowWarning[];
}

async function printOne(browser: Browser, siteDir: string, job: PdfJob): Promise<PrintedOne> {
  const page = await browser.newPage();
  const served = new Map<string, ServedFile>();
  try {
    // A document needs no script to print; with none running, nothing that slipped into a page can
    // act while it prints (and a dialog would stall the print until it timed out).
    await page.setJavaScriptEnabled(false);
    page.on("dialog", (dialog) => void dialog.dismiss());
    // No browser cache: every file the page reads is asked for, so the PDF cache hears of each one.
    await page.setCacheEnabled(false);
    await serveFromFolder(page, siteDir, (file) => served.set(file.path, file));
    // Laid out from the start as printed and measured (print media, the page area's width): the
    // layout estimate and the table parts do not pay for a screen layout first.
    await emulatePrintArea(page);
    const response = await page.goto(`${SITE_ORIGIN}${job.pagePath}`, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`could not open ${job.pagePath} (${response?.status()})`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // The page-flow rule (pages under a quarter full, headings at a page's foot) reads the final PDF as it is checked.
    const { pdf, prints, estimate, inspected } = await printSettled(page, job.toc, PRINT_OPTIONS, { inspect: (opened) => checkPageFlow(opened) });
    // The headings' text, for the bookmarks' titles (Chromium's can lose a space or repeat a line).
    const headings = await page.evaluate(() =>
      Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"), (heading) => (heading.textContent ?? "").replace(/\s+/g, " ").trim()),
    );
    const file = setPdfMetadata(pdf, job.metadata, headings);
    await writeFile(join(siteDir, job.pdfPath), file);
    return { prints, estimate, pageFlow: inspected ?? [], pdf: file, served: [...served.values()] };
  } finally {
    await page.close();
  }
}

/** How every PDF is printed: the page's own size (CSS @page), backgrounds, tagged, with bookmarks. */
export const PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Prints the jobs' pages of a built site folder; returns the PDFs printed, in the jobs' order. */
export async function printSite(siteDir: string, jobs: readonly PdfJob[], options: PrintOptions = {}): Promise<PrintedPdf[]> {
  if (jobs.length === 0) return [];
  const printed = new Map<PdfJob, PrintedPdf>();
  const [browser] = await Promise.all([options.browser ?? launchBrowser(), preloadPdfReader()]);
  try {
    const queue = [...jobs];
    let started = 0;
    let done = 0;
    const workers = Array.from({ length: Math.min(options.concurrency ?? availableParallelism(), jobs.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        options.onStart?.({ job, started: ++started, total: jobs.length });
        let result: PrintedOne;
        try {
          result = await printOne(browser, siteDir, job);
        } catch (error) {
          throw new Error(`PDF of ${job.pagePath}: ${error instanceof Error ? error.message : error}`);
        }
        printed.set(job, { job, pageFlow: result.pageFlow });
        options.onProgress?.({ job, done: ++done, total: jobs.length, ...result });
      }
    });
    await Promise.all(workers);
  } finally {
    if (!options.browser) await browser.close();
  }
  return jobs.map((job) => printed.get(job)!);
}
