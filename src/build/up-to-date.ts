// A build with nothing changed does nothing: the output in place is what it would write. After each
// complete build a record goes into the cache (<cache>/build/<output folder's hash>.json) with the
// hash of everything that decides the output, a listing of the output as written (each file's
// path, size and time) and what the build reported. The next build hashes its inputs again —
// every file of the data and prose folders, the project's sources, content and templates, its
// locked libraries, Node, the dates git gives the data files, the day, the options and, with PDFs,
// the browser and the system fonts — and lists the output; when both equal the record, the build
// reports the recorded result and leaves the folder as it is. Anything else, a file of the output
// touched or removed included, is a full build (which still takes what it can from the PDF and
// chart caches). The record is checked, never trusted: a damaged one is a full build.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "../checks/finding.ts";
import { writeFileAtomically } from "../data/atomic-file.ts";
import { filesUnder, folderDigest, toolchain } from "../pdf/cache-key.ts";
import { findChromium } from "../pdf/chromium.ts";
import type { PrintedPdf } from "../pdf/print.ts";
import { commitDates } from "../site/git-dates.ts";
import { sha256 } from "../site/pdf-info.ts";

/** Bump when what a build writes changes in a way its sources do not show. */
const RECORD_FORMAT = 1;

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The project's own files that decide what a build writes. */
const PROJECT_INPUTS = ["src", "content", "templates", "package.json", "package-lock.json"];

/** What a build reported, kept so that a build with nothing changed can report it again. */
export interface RecordedResult {
  pdfs: PrintedPdf[];
  findings: Finding[];
  /** The utkast that still lack something (what --strict refuses), as the build listed them. */
  unfinished: { document: string; items: string[] }[];
}

interface BuildRecord {
  format: number;
  inputs: string;
  output: string;
  result: RecordedResult;
}

export interface InputOptions {
  dataDir: string;
  proseDir?: string;
  pdf: boolean;
  /** The anslagstavla's day. */
  buildDate: string;
  /** The day an utkast is dated (today). */
  today: string;
}

/** A file's or a folder's content as one hash ("" when it is missing); throws for what cannot be read (a dangling link). */
function contentDigest(path: string): string {
  if (!existsSync(path)) return "";
  return statSync(path).isDirectory() ? folderDigest(path) : sha256(readFileSync(path));
}

/** What `digest` gives, or undefined when something of it cannot be read: then nothing is up to date, and the build says why. */
function unlessUnreadable(digest: () => string | undefined): string | undefined {
  try {
    return digest();
  } catch {
    return undefined;
  }
}

/** The browser as `--version` names it, without starting it; undefined when it cannot say (then nothing is up to date). */
function chromiumVersion(): string | undefined {
  try {
    const path = findChromium();
    return path ? `${path} ${execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 }).trim()}` : undefined;
  } catch {
    return undefined;
  }
}

/** The hash of everything that decides the output; undefined when something of it cannot be known. */
export function inputsDigest(options: InputOptions): string | undefined {
  return unlessUnreadable(() => digestOfInputs(options));
}

function digestOfInputs(options: InputOptions): string | undefined {
  const dataDir = resolve(options.dataDir);
  const proseDir = options.proseDir ? resolve(options.proseDir) : undefined;
  const browser = options.pdf ? chromiumVersion() : "no pdf";
  if (browser === undefined) return undefined;
  return sha256(
    Buffer.from(
      JSON.stringify({
        format: RECORD_FORMAT,
        node: process.version,
        project: Object.fromEntries(PROJECT_INPUTS.map((path) => [path, contentDigest(join(projectRoot, path))])),
        data: contentDigest(dataDir),
        prose: proseDir ? contentDigest(proseDir) : "content/prose",
        // "Senast ändrad" on each page is the date of the data file's last commit.
        gitDates: [...commitDates(dataDir)].sort(([a], [b]) => (a < b ? -1 : 1)),
        pdf: options.pdf,
        buildDate: options.buildDate,
        today: options.today,
        browser,
        // The PDFs' print code and fonts, as the PDF cache's key has them.
        print: options.pdf ? toolchain() : undefined,
        chromePath: process.env.CHROME_PATH ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? "",
      }),
    ),
  );
}

/** The output folder as it lies: each file's path, size and time. Undefined when there is none. */
export function outputDigest(outDir: string): string | undefined {
  return unlessUnreadable(() => digestOfOutput(outDir));
}

function digestOfOutput(outDir: string): string | undefined {
  if (!existsSync(outDir)) return undefined;
  const lines = filesUnder(outDir).map((file) => {
    const stat = statSync(join(outDir, file));
    return `${file}\0${stat.size}\0${stat.mtimeMs}\n`;
  });
  return sha256(Buffer.from(lines.join("")));
}

const recordFile = (cacheDir: string, outDir: string) => join(cacheDir, "build", `${sha256(Buffer.from(resolve(outDir))).slice(0, 32)}.json`);

/** The recorded result, when the output in place was built from exactly these inputs and has not been touched since. */
export function upToDate(cacheDir: string, outDir: string, inputs: string | undefined): RecordedResult | undefined {
  if (inputs === undefined) return undefined;
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordFile(cacheDir, outDir), "utf8")) as BuildRecord;
  } catch {
    return undefined;
  }
  if (record.format !== RECORD_FORMAT || record.inputs !== inputs || !record.result) return undefined;
  return record.output === outputDigest(outDir) ? record.result : undefined;
}

/** After a complete build: what it was built from, the output it left, what it reported. Throws when it cannot be written. */
export function recordBuild(cacheDir: string, outDir: string, inputs: string | undefined, result: RecordedResult): void {
  if (inputs === undefined) return;
  const output = outputDigest(outDir);
  if (output === undefined) return;
  const record: BuildRecord = { format: RECORD_FORMAT, inputs, output, result };
  const file = recordFile(cacheDir, outDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomically(file, JSON.stringify(record));
}
