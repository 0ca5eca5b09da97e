// npm run bench -- --scale N: the build at national scale, on N synthetic förbund (src/synthetic/)
// in a temporary folder that is removed afterwards. Each build runs in a child process of its own
// (scripts/bench-child.ts), so that its peak memory is its own: the child reports Node's peak
// (process.resourceUsage().maxRSS) and this process samples the child with its Chromium from /proc.
// Measured, in order, with one cache folder (in the temporary folder) for all of them:
//   (a) the HTML build (data + Eleventy, no PDF);
//   (b) the full build with every PDF;
//   (c) the same build again with nothing changed;
//   (d) the build after one förbund's data changed (its accent colour: every one of its documents);
//   (e) a plain print of the same pages — same launch and options, one page.pdf() each, no
//       innehåll pass and no metadata — against (b)'s PDF step, the ratio `npm run bench` prints.
// The figures are printed, not asserted.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { launchBrowser } from "../pdf/browser.ts";
import { PRINT_OPTIONS } from "../pdf/print.ts";
import { SITE_ORIGIN, serveFromFolder } from "../pdf/serve-from-folder.ts";
import { generateSite, writeFiles } from "../synthetic/index.ts";
import { median } from "./bench.ts";
import { type BuildOptions, build } from "./build.ts";
import { treeRss } from "./process-memory.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** What a build in the child process reports. */
export interface ChildReport {
  timings: { data: number; html: number; pdf: number; total: number };
  pdfs: number;
  /** PDFs printed and taken from the cache, when the build reports them. */
  pdfCache?: { printed: number; reused: number };
  /** Node's peak resident memory, bytes. */
  maxRss: number;
  /** The granskning's findings by severity: the generated input is meant to have no fel and no varning. */
  findings: Record<string, number>;
}

export type ChildOptions = Pick<BuildOptions, "dataDir" | "proseDir" | "outDir" | "pdf"> & { cacheDir: string };

/** The child's side: one build, quiet, and what it took. */
export async function childBuild(options: ChildOptions): Promise<ChildReport> {
  // The cache's folder is an option of builds that have a cache; others ignore it.
  const buildOptions: BuildOptions & { cacheDir?: string } = { ...options, log: () => {} };
  const result = await build(buildOptions);
  const { pdfCache } = result as { pdfCache?: ChildReport["pdfCache"] };
  return {
    timings: result.timings,
    pdfs: result.pdfs.length,
    ...(pdfCache ? { pdfCache } : {}),
    maxRss: process.resourceUsage().maxRSS * 1024,
    findings: Object.fromEntries(["fel", "varning", "notering"].map((severity) => [severity, result.findings.filter((f) => f.severity === severity).length])),
  };
}

interface Measured extends ChildReport {
  /** Wall time of the child process, start-up included, ms. */
  wall: number;
  /** Peak of the child and everything it started (Chromium, Pagefind), sampled; undefined without /proc. */
  treePeak?: number;
}

/** The build running now, so that an interrupted benchmark can stop it before removing its folder. */
let running: ChildProcess | undefined;

/** Runs one build in a child process (node --expose-gc --import tsx scripts/bench-child.ts, as `npm run build` runs it), sampling its memory. */
function measuredBuild(options: ChildOptions): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", join(projectRoot, "scripts/bench-child.ts"), JSON.stringify(options)], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running = child;
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  let treePeak: number | undefined;
  const sample = () => {
    const now = child.pid === undefined ? undefined : treeRss(child.pid);
    if (now !== undefined) treePeak = Math.max(treePeak ?? 0, now);
  };
  const timer = setInterval(sample, 200);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      running = undefined;
      const wall = performance.now() - started;
      const line = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !line.startsWith("{")) {
        reject(new Error(`bench: bygget i barnprocessen avbröts (kod ${code}):\n${stderr.trim() || stdout.trim()}`));
        return;
      }
      resolve({ ...(JSON.parse(line) as ChildReport), wall, ...(treePeak !== undefined ? { treePeak } : {}) });
    });
  });
}

/** The page of every PDF in a built site ("/slug/2025/arsredovisning/"). */
function printedPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".pdf"))
    .map((entry) => `/${relative(siteDir, entry.parentPath)}/`)
    .sort();
}

/** One page.pdf() per page, as many at once as the build prints (one per core): launch included, ms. */
async function plainPrint(siteDir: string, pages: readonly string[]): Promise<number> {
  const started = performance.now();
  const browser = await launchBrowser();
  try {
    const queue = [...pages];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const page = await browser.newPage();
        await serveFromFolder(page, siteDir);
        await page.goto(`${SITE_ORIGIN}${path}`, { waitUntil: "load" });
        await page.pdf(PRINT_OPTIONS);
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), pages.length) }, worker));
    return performance.now() - started;
  } finally {
    await browser.close();
  }
}

/** Changes one förbund's forbund.yaml (its accent colour), which every one of its documents prints. */
function changeOneForbund(dataDir: string, slug: string): void {
  const file = join(dataDir, slug, "forbund.yaml");
  const document = parseDocument(readFileSync(file, "utf8"));
  document.set("accent_color", document.get("accent_color") === "#7a1f5c" ? "#1f5c7a" : "#7a1f5c");
  writeFileSync(file, document.toString());
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number | undefined) => (bytes === undefined ? "–" : `${Math.round(bytes / 1024 / 1024)} MB`);
const rate = (count: number, ms: number) => (ms > 0 ? (count / (ms / 1000)).toFixed(2) : "–");

/** Median, lowest and highest of the HTML builds' times and Node's peak: "(a) over 3 runs: data+HTML median 39.9 s (38.3 s–45.7 s), …". */
function spread(label: string, builds: readonly Measured[]): string {
  const range = (values: number[], format: (value: number) => string) =>
    `median ${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
  return `${label} ${builds.length} runs: data+HTML ${range(
    builds.map((b) => b.timings.data + b.timings.html),
    seconds,
  )}, wall ${range(
    builds.map((b) => b.wall),
    seconds,
  )}, peak RSS node ${range(
    builds.map((b) => b.maxRss),
    megabytes,
  )}`;
}

export interface ScaleOptions {
  scale: number;
  years: number;
  pdf: boolean;
  seed?: string;
  /** Each year's tertialuppföljningar T1 and T2 too (five documents a year instead of three). */
  uppfoljning?: boolean;
  /**
   * How many times the HTML build (a) runs, each drawing every chart (a cache folder of its own):
   * on a shared machine one run can be a third slower than the next, so the median is printed too.
   */
  runs?: number;
}

export async function runScaleBenchmark({ scale, years, pdf, seed = "1", uppfoljning = false, runs = 1 }: ScaleOptions): Promise<void> {
  for (const [option, value] of [
    ["--scale", scale],
    ["--years", years],
    ["--runs", runs],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`bench: ${option} väntade ett heltal från 1, fann ${value}`);
  }
  const work = mkdtempSync(join(tmpdir(), "finsam-scale-"));
  // Ctrl-C or a kill: the running build is stopped (it removes its own work folder), then the
  // temporary folder goes, then the signal is raised again.
  const onSignal = (signal: NodeJS.Signals) => {
    const finish = () => {
      rmSync(work, { recursive: true, force: true });
      process.kill(process.pid, signal);
    };
    if (running && running.exitCode === null) {
      running.once("close", finish);
      running.kill("SIGTERM");
    } else finish();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const generated = performance.now();
    const site = generateSite(scale, { seed, years, uppfoljning });
    const { dataDir, proseDir } = writeFiles(join(work, "input"), site.files);
    const documents = site.forbund.reduce((sum, f) => sum + f.documents, 0);
    const units = site.forbund.filter((f) => f.unit === "kr").length;
    console.log(
      `finsam-rapport bench --scale ${scale}: ${scale} syntetiska förbund × ${years} år = ${documents} dokument ` +
        `(${units} i kr, ${scale - units} i tkr; frö ${seed}; ${site.files.size} filer genererade på ${seconds(performance.now() - generated)})`,
    );
    const cacheDir = join(work, "cache");
    const rows: string[][] = [];
    // PDF/s is what was printed over the PDF step's time: a reused PDF is not a print.
    const row = (label: string, m: Measured, withPdf: boolean) => {
      const inBuild = m.timings.data + m.timings.html;
      const printed = m.pdfCache?.printed ?? m.pdfs;
      rows.push([
        label,
        seconds(m.wall),
        seconds(inBuild),
        rate(documents, inBuild),
        withPdf ? seconds(m.timings.pdf) : "–",
        withPdf && printed > 0 ? rate(printed, m.timings.pdf) : "–",
        megabytes(m.maxRss),
        // Sampled, the whole tree's peak can miss Node's own exact one.
        megabytes(m.treePeak === undefined ? undefined : Math.max(m.treePeak, m.maxRss)),
        !withPdf ? "–" : m.pdfCache ? `${m.pdfCache.printed} utskrivna, ${m.pdfCache.reused} återanvända` : `${m.pdfs} utskrivna`,
      ]);
    };
    const htmlBuilds: Measured[] = [];
    for (let run = 1; run <= runs; run++) {
      // The first run fills the cache the builds with PDFs start from; each later one starts from an empty cache of its own.
      const runCache = run === 1 ? cacheDir : join(work, `cache-html-${run}`);
      const outDir = join(work, `site-html-${run}`);
      const measured = await measuredBuild({ dataDir, proseDir, outDir, pdf: false, cacheDir: runCache });
      row(runs === 1 ? "(a) HTML (data + Eleventy)" : `(a) HTML (data + Eleventy) ${run}/${runs}`, measured, false);
      htmlBuilds.push(measured);
      rmSync(outDir, { recursive: true, force: true });
      if (run > 1) rmSync(runCache, { recursive: true, force: true });
    }
    const html = htmlBuilds[0]!;
    const { fel = 0, varning = 0, notering = 0 } = html.findings;
    const granskning = `granskning of the generated data: ${fel} fel, ${varning} varningar, ${notering} noteringar`;
    let ratio: string | undefined;
    if (pdf) {
      const outDir = join(work, "site");
      const full = await measuredBuild({ dataDir, proseDir, outDir, pdf: true, cacheDir });
      row("(b) full build with PDFs", full, true);
      const again = await measuredBuild({ dataDir, proseDir, outDir, pdf: true, cacheDir });
      row("(c) rebuild, nothing changed", again, true);
      const changed = site.forbund[0]!;
      changeOneForbund(dataDir, changed.slug);
      const one = await measuredBuild({ dataDir, proseDir, outDir, pdf: true, cacheDir });
      row(`(d) rebuild, ${changed.slug} changed (${changed.documents} dok.)`, one, true);
      const pages = printedPages(outDir);
      const plain = await plainPrint(outDir, pages);
      ratio =
        `(e) PDF step of (b) ${seconds(full.timings.pdf)} / plain print of the same ${pages.length} pages ${seconds(plain)} ` +
        `(launch + one page.pdf() each, ${Math.min(availableParallelism(), pages.length)} at a time) = ${(full.timings.pdf / plain).toFixed(2)}×`;
    }
    const header = ["step", "wall", "data+HTML", "docs/s", "PDF step", "PDF/s", "peak RSS node", "peak RSS all", "PDF"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      `  ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")}`.trimEnd();
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    if (runs > 1) console.log(`  ${spread("(a) over", htmlBuilds)}`);
    if (ratio) console.log(`  ${ratio}`);
    console.log(`  ${granskning}`);
    console.log(
      "  wall: the child process, start-up included; data+HTML and PDF step: the build's own timings; docs/s and PDF/s over those; " +
        "peak RSS all: the build's process with what it started (Chromium, Pagefind), sampled every 0.2 s, summed over the processes (shared pages " +
        "counted in each).",
    );
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    rmSync(work, { recursive: true, force: true });
  }
}
