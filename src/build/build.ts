// The whole build: validate the data, render the site with Eleventy into a temporary folder,
// print the PDFs there, and only then swap it in place of the previous output.
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { formatFinding, type Finding } from "../checks/finding.ts";
import { summarizeFindings } from "../checks/report.ts";
import { loadData } from "../data/load.ts";
import { buildSite } from "../model/site.ts";
import type { PdfJob } from "../pdf/find-documents.ts";
import { printSite } from "../pdf/print.ts";
import { swapInto, temporarySibling } from "./swap.ts";
import { addPdfInfo } from "../site/pdf-info.ts";
import { writeSearchIndex } from "../site/search-index.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Another prose folder than content/prose (fixtures). */
  proseDir?: string;
  /** Print PDFs (default true). */
  pdf?: boolean;
  /** Fail, before writing anything, when the granskning has a fel. */
  strict?: boolean;
  log?: (line: string) => void;
}

export interface BuildResult {
  pdfs: PdfJob[];
  findings: Finding[];
  /** Milliseconds spent in each step. */
  timings: { data: number; html: number; pdf: number; total: number };
}

function pdfUrl(job: PdfJob): string {
  return `${job.pagePath.replace(/index\.html$/, "")}${job.outputFile.split("/").pop()}`;
}

/** `--strict` and the granskning found a fel. */
export class StrictError extends Error {
  constructor(readonly findings: Finding[]) {
    super(`--strict: the granskning found ${findings.length} fel:\n${findings.map((f) => `  ${formatFinding(f)}`).join("\n")}`);
    this.name = "StrictError";
  }
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const dataDir = resolve(options.dataDir);
  const outDir = resolve(options.outDir);

  // 1. Data first: a DataError here lists every problem and nothing has been written yet.
  const site = await buildSite(loadData(dataDir));
  const errors = site.findings.filter((f) => f.severity === "fel");
  log(`${summarizeFindings(site.findings)}${site.findings.length ? " (npm run check, or /granskning/ in the site, lists them)" : ""}`);
  if (options.strict && errors.length) throw new StrictError(errors);
  const dataDone = performance.now();

  const tempDir = temporarySibling(outDir, "building");
  try {
    // 2. HTML. The Eleventy config reads the data folder from this variable.
    process.env.FINSAM_DATA_DIR = dataDir;
    if (options.proseDir) process.env.FINSAM_PROSE_DIR = options.proseDir;
    const eleventy = new Eleventy("content", tempDir, { configPath: ".eleventy.ts", quietMode: true });
    await eleventy.write();
    const htmlDone = performance.now();
    log(`HTML: ${site.forbund.length} förbund, ${site.documents.length} dokument (${Math.round(htmlDone - dataDone)} ms)`);

    // 3. PDFs, printed from the built HTML.
    const pdfs =
      options.pdf === false
        ? []
        : await printSite(tempDir, {
            onStart: ({ job, started, total }) => log(`PDF ${started}/${total} skrivs ut: ${pdfUrl(job)}`),
            onProgress: ({ job, done, total, prints }) =>
              log(`PDF klar (${total - done} kvar): ${pdfUrl(job)} (${prints} utskrift${prints === 1 ? "" : "er"})`),
          });
    const pdfDone = performance.now();
    addPdfInfo(tempDir);
    log(`Sökindex: ${(await writeSearchIndex(tempDir)).pages} sidor`);

    // 4. Only a complete build replaces the previous output.
    swapInto(tempDir, outDir);
    return {
      pdfs,
      findings: site.findings,
      timings: { data: dataDone - started, html: htmlDone - dataDone, pdf: pdfDone - htmlDone, total: performance.now() - started },
    };
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}
