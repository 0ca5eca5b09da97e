// Times the build's steps over a few runs and prints medians: data + HTML, the PDF step, and a
// plain print of the same pages — same browser launch, same options, one page.pdf() per document,
// no innehåll pass and no metadata — so what the innehåll pass costs shows up as a ratio.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { launchBrowser } from "../pdf/browser.ts";
import type { PdfJob } from "../pdf/job.ts";
import { PRINT_OPTIONS } from "../pdf/print.ts";
import { SITE_ORIGIN, serveFromFolder } from "../pdf/serve-from-folder.ts";
import { build } from "./build.ts";

/** The middle value (of an even count, the upper of the two middle ones). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function plainPrint(siteDir: string, jobs: readonly PdfJob[]): Promise<number> {
  const started = performance.now();
  const browser = await launchBrowser();
  try {
    await Promise.all(
      jobs.map(async (job) => {
        const page = await browser.newPage();
        await serveFromFolder(page, siteDir);
        await page.goto(`${SITE_ORIGIN}${job.pagePath}`, { waitUntil: "load" });
        await page.pdf(PRINT_OPTIONS);
        await page.close();
      }),
    );
    return performance.now() - started;
  } finally {
    await browser.close();
  }
}

interface BenchOptions {
  label: string;
  dataDir: string;
  proseDir?: string;
  workDir: string;
  runs: number;
}

export async function runBenchmark({ label, dataDir, proseDir, workDir, runs }: BenchOptions): Promise<void> {
  const html: number[] = [];
  const pdf: number[] = [];
  const plain: number[] = [];
  let documents = 0;
  for (let run = 0; run < runs; run++) {
    const outDir = join(workDir, `site-${run}`);
    // Without the cache: the figures are of printing, not of copying what an earlier run printed.
    const result = await build({ dataDir, proseDir, outDir, log: () => {}, cache: false });
    html.push(result.timings.data + result.timings.html);
    pdf.push(result.timings.pdf);
    documents = result.pdfs.length;
    plain.push(
      await plainPrint(
        outDir,
        result.pdfs.map((printed) => printed.job),
      ),
    );
  }
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`finsam-rapport bench, ${label}: ${documents} PDF, median of ${runs} runs`);
  console.log(`  data + HTML (Eleventy):       ${ms(median(html))}`);
  console.log(`  PDF step (launch + print all): ${ms(median(pdf))}`);
  console.log(`  plain print (launch + pdf()):  ${ms(median(plain))}`);
  console.log(`  PDF step / plain print:        ${(median(pdf) / median(plain)).toFixed(2)}×`);
}

/** Every file of a built folder with its SHA-256 (relative path → hash). */
function hashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
  }
  return result;
}

/** Builds the same data `builds` times, `atOnce` at a time, and says whether every output is byte-identical. */
export async function runDeterminism({
  dataDir,
  workDir,
  builds,
  atOnce,
}: {
  dataDir: string;
  workDir: string;
  builds: number;
  atOnce: number;
}): Promise<boolean> {
  const outputs: Map<string, string>[] = [];
  for (let started = 0; started < builds; started += atOnce) {
    const batch = Array.from({ length: Math.min(atOnce, builds - started) }, (_, i) => join(workDir, `determinism-${started + i}`));
    await Promise.all(batch.map((outDir) => build({ dataDir, outDir, log: () => {}, cache: false })));
    outputs.push(...batch.map(hashes));
  }
  const [first, ...rest] = outputs;
  const differing = new Set<string>();
  for (const output of rest) {
    for (const [file, hash] of first!) if (output.get(file) !== hash) differing.add(file);
    for (const file of output.keys()) if (!first!.has(file)) differing.add(file);
  }
  console.log(`finsam-rapport bench, determinism: ${builds} full builds, ${atOnce} at a time, ${first!.size} files each`);
  console.log(differing.size === 0 ? "  every file byte-identical in every build" : `  differing: ${[...differing].sort().join(", ")}`);
  return differing.size === 0;
}
