// The whole build: load and check the data, build the site model once, render the pages with
// Eleventy into a temporary folder, write every table as CSV and print every PDF there (or take it
// from the cache, src/pdf/print-cached.ts), and only then swap the folder in place of the previous
// output.
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Finding, formatFinding } from "../checks/finding.ts";
import { summarizeFindings } from "../checks/report.ts";
import { configureSite } from "../eleventy/config.ts";
import { loadPreparedSite } from "../eleventy/load.ts";
import type { PreparedSite } from "../eleventy/prepare.ts";
import type { PdfJob } from "../pdf/job.ts";
import type { PrintedPdf } from "../pdf/print.ts";
import { printSiteCached } from "../pdf/print-cached.ts";
import { buildDate } from "../site/build-date.ts";
import { writeCsvFiles } from "../site/csv-files.ts";
import { pageOfUrl } from "../site/page-of-url.ts";
import { writePdfInfo } from "../site/pdf-info.ts";
import { pdfLinks } from "../site/pdf-links.ts";
import { type SearchIndexing, searchGroups, startSearchIndex } from "../site/search-index.ts";
import { recoverStaleFolders, swapInto, temporarySibling } from "./swap.ts";
import { inputsDigest, type RecordedResult, recordBuild, upToDate } from "./up-to-date.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Another prose folder than content/prose (fixtures). */
  proseDir?: string;
  /** Print PDFs (default true). */
  pdf?: boolean;
  /** Reuse PDFs from the cache when nothing that decides them changed (default true; false, `--no-cache`: print all, cache untouched). */
  cache?: boolean;
  /** The cache's folder (default .cache in the project root); safe to delete at any time. */
  cacheDir?: string;
  /** Fail, before writing anything, when the granskning has a fel. */
  strict?: boolean;
  /** "Today" for the anslagstavla (default FINSAM_BUILD_DATE, else today). */
  buildDate?: string;
  /** Documents' pages per Eleventy run (default HTML_BATCH); a smaller site is one run. */
  htmlBatch?: number;
  log?: (line: string) => void;
}

export interface BuildResult {
  /** Each PDF printed, with what the page-flow rule found in it. */
  pdfs: readonly PrintedPdf[];
  /** How many PDFs were printed and how many taken from the cache. */
  pdfCache: { printed: number; reused: number };
  findings: Finding[];
  /** Milliseconds spent in each step. */
  timings: { data: number; html: number; pdf: number; total: number };
  /** Nothing had changed since the output in place was built (src/build/up-to-date.ts): nothing was written. */
  upToDate?: boolean;
}

/**
 * One Eleventy run into `outDir`. A function of its own so that nothing of the run outlives it: an
 * Eleventy instance keeps every page it rendered, and one held in build()'s own frame stayed there
 * (with its last batch's pages, 300 documents) through the CSV files and the whole PDF step.
 */
async function writePages(Eleventy: typeof import("@11ty/eleventy").default, outDir: string, siteOptions: Parameters<typeof configureSite>[1]): Promise<void> {
  const eleventy = new Eleventy("content", outDir, {
    quietMode: true,
    configPath: false as unknown as string,
    config: (config: unknown) => configureSite(config as Parameters<typeof configureSite>[0], siteOptions),
  });
  await eleventy.write();
}

/** `--strict` and the granskning found a fel, or an utkast still lacks something. */
export class StrictError extends Error {
  constructor(
    readonly findings: Finding[],
    readonly unfinished: { document: string; items: string[] }[] = [],
  ) {
    const parts = [
      ...(findings.length ? [`granskningen hittade ${findings.length} fel:`, ...findings.map((f) => `  ${formatFinding(f)}`)] : []),
      ...unfinished.flatMap((d) => [`${d.document} är ett utkast som saknar:`, ...d.items.map((item) => `  - ${item}`)]),
    ];
    super(`--strict: ${parts.join("\n")}`);
    this.name = "StrictError";
  }
}

/** Where the cache is when the options do not say. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../../.cache", import.meta.url));

/** One PDF per document, printed from its page. */
export function pdfJobs(site: PreparedSite): PdfJob[] {
  return site.documents.map((doc) => ({
    pagePath: doc.url,
    pdfPath: `${doc.url}${doc.pdfFile}`,
    metadata: doc.pdf,
    toc: doc.tocEntries.flatMap((entry) => [entry, ...entry.children]).map(({ id, text }) => ({ id, text })),
  }));
}

/** Documents' pages per Eleventy run (at 1 200 documents, about 70 MB of rendered pages held at a time). */
export const HTML_BATCH = 300;

/** The Eleventy runs of a site: one for all its pages when it is small, else the other pages and then the documents' pages in batches. */
export function htmlRuns(site: PreparedSite, batch: number): { site: PreparedSite; options: { pages?: "documents" | "others" } }[] {
  if (site.documents.length <= batch) return [{ site, options: {} }];
  const runs: ReturnType<typeof htmlRuns> = [{ site, options: { pages: "others" } }];
  for (let start = 0; start < site.documents.length; start += batch)
    runs.push({ site: { ...site, documents: site.documents.slice(start, start + batch) }, options: { pages: "documents" } });
  return runs;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const dataDir = resolve(options.dataDir);
  const outDir = resolve(options.outDir);
  const proseDir = options.proseDir ? resolve(options.proseDir) : undefined;

  // 0. Nothing changed since the output in place was built: it stays, and its report is given again.
  const cacheDir = options.cache === false ? undefined : resolve(options.cacheDir ?? DEFAULT_CACHE_DIR);
  const day = options.buildDate ?? buildDate();
  const inputs = cacheDir
    ? inputsDigest({ dataDir, proseDir, pdf: options.pdf !== false, buildDate: day, today: new Date().toISOString().slice(0, 10) })
    : undefined;
  const recorded = cacheDir ? upToDate(cacheDir, outDir, inputs) : undefined;
  if (recorded) return reportUnchanged(recorded, options, log, performance.now() - started);

  // 1. Data, once: a DataError here lists every problem and nothing has been written yet.
  // Charts are drawn once per build, or taken from .cache/charts/ (none of it with --no-cache).
  const chartCache = cacheDir ? join(cacheDir, "charts") : false;
  const { model, site } = await loadPreparedSite(dataDir, { proseDir, chartCache });
  if (model.chartCounts) log(`Diagram: ${model.chartCounts.rendered} ritade, ${model.chartCounts.cached} ur cachen`);
  const unfinished = model.documents
    .filter((doc) => doc.draft && doc.checklist.length)
    .map((doc) => ({
      document: `${doc.title} (${doc.sourceFile})`,
      items: doc.checklist.map((item) => `${item.text}${item.line ? ` (${item.file}:${item.line})` : ""}`),
    }));
  reportFindings(model.findings, unfinished, options, log);
  const dataDone = performance.now();

  recoverStaleFolders(outDir);
  const tempDir = temporarySibling(outDir, "building");
  // Ctrl-C or a kill while building: the work folder goes, the previous output stays.
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(tempDir, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let search: SearchIndexing | undefined;
  let csvWritten: Promise<unknown> | undefined;
  try {
    // 2. HTML, from the site just built; and the tables as CSV.
    // Loaded here, so that a build stopped by its data has not paid for it.
    const { default: Eleventy } = await import("@11ty/eleventy");
    // Pagefind indexes the pages (its own process) as they are written: the other pages, then the
    // documents' pages in groups, each group once it is all written (src/site/search-index.ts).
    search = startSearchIndex(tempDir);
    const indexWritten = searchGroups(
      search,
      tempDir,
      site.documents.map((doc) => pageOfUrl(doc.url)),
    );
    // A large site in batches of documents' pages, each its own Eleventy run, after the other pages:
    // Eleventy holds every page it renders until it ends, so one run would hold them all.
    for (const run of htmlRuns(site, options.htmlBatch ?? HTML_BATCH)) {
      // Built without PDFs (--no-pdf), the pages link none.
      await writePages(Eleventy, tempDir, { dataDir, proseDir, site: run.site, buildDate: day, pdfs: options.pdf !== false, ...run.options });
      // The pages a run held are garbage once it ends; collected now (where Node runs with
      // --expose-gc, as `npm run build` does), they do not pile up in the heap across the runs
      // while Pagefind's process grows: at 1 200 documents this costs about 1.5 s and keeps the
      // build's RSS during the HTML step about 130 MB lower (its processes' peak 1.27 GB, not 1.46).
      if (run.options.pages) (globalThis as { gc?: () => void }).gc?.();
      indexWritten({ others: run.options.pages !== "documents", documents: run.options.pages === "others" ? 0 : run.site.documents.length });
    }
    // Pagefind reads the last pages and writes its index (its own process) while this one writes the
    // CSV files and prints: neither reads a file of its index, and the PDFs' sizes are written into
    // the pages after it (the index has the pages as rendered, with the size's marker, an HTML comment).
    const index = search.finish();
    index.catch(() => {});
    // (Written while Eleventy renders, the CSV files made both slower: 6.4 → 8.7 s at 1 200 documents.)
    const csvFiles = writeCsvFiles(tempDir, site.documents);
    csvWritten = csvFiles.catch(() => {});
    await csvFiles;
    const htmlDone = performance.now();
    log(`HTML: ${site.forbund.length} förbund, ${site.documents.length} dokument (${Math.round(htmlDone - dataDone)} ms)`);

    // 3. PDFs, printed from the built pages, or taken from the cache where nothing that decides them changed.
    const jobs = pdfJobs(site);
    // The page-flow rule (src/pdf/page-flow.ts): a warning, so a layout slip is seen, not a stop.
    const warn = (job: PdfJob, pageFlow: PrintedPdf["pageFlow"]) => warnPageFlow({ job, pageFlow }, log);
    const { pdfs, printed, reused } =
      options.pdf === false
        ? { pdfs: [], printed: 0, reused: 0 }
        : await printSiteCached(tempDir, jobs, {
            // --no-cache: every PDF printed, the cache neither read nor written.
            cacheDir,
            onReused: ({ job, pageFlow }) => {
              log(`PDF ur cachen: ${job.pdfPath}`);
              warn(job, pageFlow);
            },
            onCacheProblem: (message) => log(`  varning: ${message}`),
            onStart: ({ job, started, total }) => log(`PDF ${started}/${total} skrivs ut: ${job.pdfPath}`),
            onProgress: ({ job, done, total, prints, pageFlow }) => {
              log(`PDF klar (${total - done} kvar): ${job.pdfPath} (${prints} utskrift${prints === 1 ? "" : "er"})`);
              warn(job, pageFlow);
            },
          });
    if (options.pdf !== false) log(`PDF: ${printed} utskriv${printed === 1 ? "en" : "na"}, ${reused} återanvän${reused === 1 ? "d" : "da"} ur cachen`);
    const pdfDone = performance.now();
    // Pagefind reads the pages it indexes: they are written again (each PDF's size) only once it is done.
    log(`Sökindex: ${(await index).pages} sidor`);
    writePdfInfo(tempDir, pdfLinks(site));

    // 4. Only a complete build replaces the previous output.
    swapInto(tempDir, outDir);
    try {
      if (cacheDir) recordBuild(cacheDir, outDir, inputs, { pdfs: [...pdfs], findings: model.findings, unfinished });
    } catch (error) {
      // The output is in place: without a record the next build is only a full one.
      log(`  varning: byggets post i cachen kunde inte skrivas (${error instanceof Error ? error.message : String(error)}); nästa bygge görs helt`);
    }
    return {
      pdfs,
      pdfCache: { printed, reused },
      findings: model.findings,
      timings: { data: dataDone - started, html: htmlDone - dataDone, pdf: pdfDone - htmlDone, total: performance.now() - started },
    };
  } catch (error) {
    // Pagefind, or the CSV files, may still be reading or writing the work folder: it is removed once they have stopped.
    await Promise.all([search?.abandon(), csvWritten]);
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** The granskning's one-line summary; under --strict, a fel or an unfinished utkast stops the build here. */
function reportFindings(findings: Finding[], unfinished: RecordedResult["unfinished"], options: BuildOptions, log: (line: string) => void): void {
  log(`${summarizeFindings(findings)}${findings.length ? " (npm run check, or /granskning/ in the site, lists them)" : ""}`);
  const errors = findings.filter((f) => f.severity === "fel");
  if (options.strict && (errors.length || unfinished.length)) throw new StrictError(errors, unfinished);
}

/** The page-flow rule's warnings of one PDF (src/pdf/page-flow.ts), printed or taken from the cache. */
function warnPageFlow({ job, pageFlow }: PrintedPdf, log: (line: string) => void): void {
  for (const warning of pageFlow) log(`  varning, sidflöde i ${job.pdfPath}: ${warning.message}`);
}

/** A build with nothing changed: the recorded report again (--strict refuses as it did), the output left as it is. */
function reportUnchanged(recorded: RecordedResult, options: BuildOptions, log: (line: string) => void, elapsed: number): BuildResult {
  const { findings, unfinished, pdfs } = recorded;
  reportFindings(findings, unfinished, options, log);
  for (const pdf of pdfs) warnPageFlow(pdf, log);
  log(`Inget har ändrats sedan förra bygget: ${options.outDir} är redan aktuell (${pdfs.length} PDF, ingen utskriven).`);
  return { pdfs, pdfCache: { printed: 0, reused: pdfs.length }, findings, timings: { data: elapsed, html: 0, pdf: 0, total: elapsed }, upToDate: true };
}
