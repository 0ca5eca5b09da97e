// Prints self-contained HTML pages (no file, no server: the granskningsrapport) to tagged PDFs with
// the project's print options and fixed metadata. One browser for all of them, closed whatever
// happens. The pages need nothing from outside: every request is refused, and no script runs.
import { launchBrowser } from "./browser.ts";
import { type PdfMetadata, setPdfMetadata } from "./metadata.ts";
import { checkPageFlow, type PageFlowWarning } from "./page-flow.ts";
import { PRINT_OPTIONS } from "./print.ts";
import { openPdf, preloadPdfReader } from "./read-pdf.ts";

export interface HtmlPrintJob {
  html: string;
  metadata: PdfMetadata;
}

export interface PrintedHtml {
  pdf: Buffer;
  /** What the page-flow rule (./page-flow.ts) found: underfilled pages, headings at a page's foot. */
  pageFlow: PageFlowWarning[];
}

export async function printHtmlPages(jobs: readonly HtmlPrintJob[]): Promise<PrintedHtml[]> {
  if (jobs.length === 0) return [];
  const [browser] = await Promise.all([launchBrowser(), preloadPdfReader()]);
  try {
    const printed: PrintedHtml[] = [];
    for (const job of jobs) {
      const page = await browser.newPage();
      try {
        await page.setJavaScriptEnabled(false);
        page.on("dialog", (dialog) => void dialog.dismiss());
        // Fonts are data: URLs inside the page; anything else would be a slip, and is not fetched.
        await page.setRequestInterception(true);
        page.on("request", (request) => void (request.url().startsWith("data:") ? request.continue() : request.abort("blockedbyclient")));
        await page.setContent(job.html, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf(PRINT_OPTIONS);
        const headings = await page.evaluate(() =>
          Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"), (heading) => (heading.textContent ?? "").replace(/\s+/g, " ").trim()),
        );
        const opened = await openPdf(pdf);
        let pageFlow: PageFlowWarning[];
        try {
          pageFlow = await checkPageFlow(opened);
        } finally {
          await opened.close();
        }
        printed.push({ pdf: setPdfMetadata(pdf, job.metadata, headings), pageFlow });
      } finally {
        await page.close();
      }
    }
    return printed;
  } finally {
    await browser.close();
  }
}
