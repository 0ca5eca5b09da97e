// Times the build's steps over a few runs and prints medians: data + HTML, the PDF step, and a
// plain page.pdf() of the same pages (so later passes, such as a TOC pass, show up as a ratio).
import { join } from "node:path";
import { launchBrowser } from "../pdf/browser.ts";
import { findPdfJobs } from "../pdf/find-documents.ts";
import { serveFromFolder, SITE_ORIGIN } from "../pdf/serve-from-folder.ts";
import { build } from "./build.ts";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function plainPrint(siteDir: string): Promise<number> {
  const jobs = findPdfJobs(siteDir);
  const browser = await launchBrowser();
  try {
    const started = performance.now();
    await Promise.all(
      jobs.map(async (job) => {
        const page = await browser.newPage();
        await serveFromFolder(page, siteDir);
        await page.goto(`${SITE_ORIGIN}${job.pagePath}`, { waitUntil: "load" });
        await page.pdf({ preferCSSPageSize: true, printBackground: true });
        await page.close();
      }),
    );
    return performance.now() - started;
  } finally {
    await browser.close();
  }
}

export async function runBenchmark({ dataDir, workDir, runs }: { dataDir: string; workDir: string; runs: number }): Promise<void> {
  const html: number[] = [];
  const pdf: number[] = [];
  const plain: number[] = [];
  let documents = 0;
  for (let run = 0; run < runs; run++) {
    const outDir = join(workDir, `site-${run}`);
    const result = await build({ dataDir, outDir, log: () => {} });
    html.push(result.timings.data + result.timings.html);
    pdf.push(result.timings.pdf);
    documents = result.pdfs.length;
    plain.push(await plainPrint(outDir));
  }
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`finsam-rapport bench: ${documents} PDF, median of ${runs} runs`);
  console.log(`  data + HTML (Eleventy):       ${ms(median(html))}`);
  console.log(`  PDF step (launch + print all): ${ms(median(pdf))}`);
  console.log(`  plain page.pdf() of the same:  ${ms(median(plain))} (browser already running)`);
  console.log(`  PDF step / plain print:        ${(median(pdf) / median(plain)).toFixed(2)}×`);
}
