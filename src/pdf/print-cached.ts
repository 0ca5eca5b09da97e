// The PDF step with the cache: each document's key (./cache-key.ts) is looked up in the cache
// (./pdf-cache.ts); a good entry's PDF is copied into the site, and only the rest is printed
// (./print.ts), each print then stored. The browser is started either way: its version is part
// of every key.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../site/pdf-info.ts";
import { launchBrowser } from "./browser.ts";
import { folderDigest, type KeyContext, pdfKey, toolchain } from "./cache-key.ts";
import type { PdfJob } from "./job.ts";
import type { PageFlowWarning } from "./page-flow.ts";
import { PdfCache } from "./pdf-cache.ts";
import { PRINT_OPTIONS, type PrintedPdf, type PrintOptions, printSite } from "./print.ts";
import { folderPath, SITE_ORIGIN } from "./serve-from-folder.ts";

export interface CachedPrintOptions extends Omit<PrintOptions, "browser"> {
  /** The cache's folder, PDF entries in its pdf/ folder; without one every PDF is printed and nothing stored (`--no-cache`). */
  cacheDir?: string;
  /** Called for each PDF taken from the cache, with the page-flow warnings found when it was printed. */
  onReused?: (event: { job: PdfJob; pageFlow: PageFlowWarning[] }) => void;
  /** A cache entry that failed its check (the PDF is printed again), or a cache that cannot be written. */
  onCacheProblem?: (message: string) => void;
}

export interface CachedPrint {
  /** Every PDF, in the jobs' order. */
  pdfs: PrintedPdf[];
  printed: number;
  reused: number;
}

/** The file a page's path is served from (what the print opens first). */
function pageFile(siteDir: string, job: PdfJob): string {
  return join(siteDir, folderPath(new URL(`${SITE_ORIGIN}${job.pagePath}`).pathname));
}

/** Each file's SHA-256 in the site folder, read once per build; null where there is no file to serve. */
function fileHasher(siteDir: string): (path: string) => string | null {
  const known = new Map<string, string | null>();
  return (path) => {
    if (!known.has(path)) {
      try {
        known.set(path, sha256(readFileSync(join(siteDir, path))));
      } catch {
        known.set(path, null);
      }
    }
    return known.get(path)!;
  };
}

export async function printSiteCached(siteDir: string, jobs: readonly PdfJob[], options: CachedPrintOptions): Promise<CachedPrint> {
  if (options.cacheDir === undefined || jobs.length === 0) {
    const pdfs = await printSite(siteDir, jobs, options);
    return { pdfs, printed: pdfs.length, reused: 0 };
  }
  const { cacheDir } = options;
  const cache = new PdfCache(join(cacheDir, "pdf"));
  cache.removeStaleTemporaries();
  const launching = launchBrowser();
  let browser: Awaited<typeof launching> | undefined;
  try {
    // Hashed while the browser starts.
    const shared = { toolchain: toolchain(), printOptions: PRINT_OPTIONS, assets: folderDigest(join(siteDir, "assets")) };
    browser = await launching;
    const context: KeyContext = { ...shared, chromium: await browser.version() };
    const keys = new Map(jobs.map((job) => [job, pdfKey(context, job, sha256(readFileSync(pageFile(siteDir, job))))]));

    const fileHash = fileHasher(siteDir);
    const reused = new Map<PdfJob, PrintedPdf>();
    for (const job of jobs) {
      const found = cache.lookup(keys.get(job)!, fileHash);
      if (found.status === "broken") options.onCacheProblem?.(`PDF-cachens post för ${job.pdfPath} är trasig (${found.reason}); skrivs ut igen`);
      if (found.status !== "hit") continue;
      writeFileSync(join(siteDir, job.pdfPath), found.pdf);
      reused.set(job, { job, pageFlow: found.pageFlow });
      options.onReused?.({ job, pageFlow: found.pageFlow });
    }

    let storeFailed = false;
    const printed = await printSite(
      siteDir,
      jobs.filter((job) => !reused.has(job)),
      {
        ...options,
        browser,
        onProgress: (event) => {
          try {
            cache.store(keys.get(event.job)!, event.pdf, event.served, event.pageFlow);
          } catch (error) {
            // The cache only saves time: a build that cannot write it still builds.
            if (!storeFailed) options.onCacheProblem?.(`PDF-cachen i ${cacheDir} kan inte skrivas: ${(error as Error).message}`);
            storeFailed = true;
          }
          options.onProgress?.(event);
        },
      },
    );
    cache.prune();
    const byJob = new Map([...reused, ...printed.map((pdf) => [pdf.job, pdf] as const)]);
    return { pdfs: jobs.map((job) => byJob.get(job)!), printed: printed.length, reused: reused.size };
  } finally {
    await (browser ?? (await launching.catch(() => undefined)))?.close();
  }
}
