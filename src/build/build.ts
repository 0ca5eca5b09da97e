// The whole build: load and check the data, build the site model once, render the pages with
// Eleventy into a temporary folder, write every table as CSV and print every PDF there, and only
// then swap the folder in place of the previous output.
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { type Finding, formatFinding } from "../checks/finding.ts";
import { summarizeFindings } from "../checks/report.ts";
import { configureSite } from "../eleventy/config.ts";
import { loadPreparedSite } from "../eleventy/load.ts";
import type { PreparedSite } from "../eleventy/prepare.ts";
import type { PdfJob } from "../pdf/job.ts";
import { type PrintedPdf, printSite } from "../pdf/print.ts";
import { buildDate } from "../site/build-date.ts";
import { writeCsvFiles } from "../site/csv-files.ts";
import { writePdfInfo } from "../site/pdf-info.ts";
import { pdfLinks } from "../site/pdf-links.ts";
import { writeSearchIndex } from "../site/search-index.ts";
import { recoverStaleFolders, swapInto, temporarySibling } from "./swap.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Another prose folder than content/prose (fixtures). */
  proseDir?: string;
  /** Print PDFs (default true). */
  pdf?: boolean;
  /** Fail, before writing anything, when the granskning has a fel. */
  strict?: boolean;
  /** "Today" for the anslagstavla (default FINSAM_BUILD_DATE, else today). */
  buildDate?: string;
  log?: (line: string) => void;
}

export interface BuildResult {
  /** Each PDF printed, with what the page-flow rule found in it. */
  pdfs: readonly PrintedPdf[];
  findings: Finding[];
  /** Milliseconds spent in each step. */
  timings: { data: number; html: number; pdf: number; total: number };
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

/** One PDF per document, printed from its page. */
export function pdfJobs(site: PreparedSite): PdfJob[] {
  return site.documents.map((doc) => ({
    pagePath: doc.url,
    pdfPath: `${doc.url}${doc.pdfFile}`,
    metadata: doc.pdf,
    toc: doc.tocEntries.flatMap((entry) => [entry, ...entry.children]).map(({ id, text }) => ({ id, text })),
  }));
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const dataDir = resolve(options.dataDir);
  const outDir = resolve(options.outDir);
  const proseDir = options.proseDir ? resolve(options.proseDir) : undefined;

  // 1. Data, once: a DataError here lists every problem and nothing has been written yet.
  const { model, site } = await loadPreparedSite(dataDir, { proseDir });
  const errors = model.findings.filter((f) => f.severity === "fel");
  log(`${summarizeFindings(model.findings)}${model.findings.length ? " (npm run check, or /granskning/ in the site, lists them)" : ""}`);
  const unfinished = model.documents
    .filter((doc) => doc.draft && doc.checklist.length)
    .map((doc) => ({
      document: `${doc.title} (${doc.sourceFile})`,
      items: doc.checklist.map((item) => `${item.text}${item.line ? ` (${item.file}:${item.line})` : ""}`),
    }));
  if (options.strict && (errors.length || unfinished.length)) throw new StrictError(errors, unfinished);
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
  try {
    // 2. HTML, from the site just built; and the tables as CSV.
    // Loaded here, so that a build stopped by its data has not paid for it.
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy("content", tempDir, {
      quietMode: true,
      configPath: false as unknown as string,
      config: (config: unknown) =>
        configureSite(config as Parameters<typeof configureSite>[0], { dataDir, proseDir, site, buildDate: options.buildDate ?? buildDate() }),
    });
    await eleventy.write();
    writeCsvFiles(tempDir, site.documents);
    const htmlDone = performance.now();
    log(`HTML: ${site.forbund.length} förbund, ${site.documents.length} dokument (${Math.round(htmlDone - dataDone)} ms)`);

    // 3. PDFs, printed from the built pages.
    const jobs = pdfJobs(site);
    const pdfs =
      options.pdf === false
        ? []
        : await printSite(tempDir, jobs, {
            onStart: ({ job, started, total }) => log(`PDF ${started}/${total} skrivs ut: ${job.pdfPath}`),
            onProgress: ({ job, done, total, prints, pageFlow }) => {
              log(`PDF klar (${total - done} kvar): ${job.pdfPath} (${prints} utskrift${prints === 1 ? "" : "er"})`);
              // The page-flow rule (src/pdf/page-flow.ts): a warning, so a layout slip is seen, not a stop.
              for (const warning of pageFlow) log(`  varning, sidflöde i ${job.pdfPath}: ${warning.message}`);
            },
          });
    const pdfDone = performance.now();
    writePdfInfo(tempDir, pdfLinks(site));
    log(`Sökindex: ${(await writeSearchIndex(tempDir)).pages} sidor`);

    // 4. Only a complete build replaces the previous output.
    swapInto(tempDir, outDir);
    return {
      pdfs,
      findings: model.findings,
      timings: { data: dataDone - started, html: htmlDone - dataDone, pdf: pdfDone - htmlDone, total: performance.now() - started },
    };
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
