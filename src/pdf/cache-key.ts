// What decides a printed PDF, hashed into the key of its entry in the PDF cache (./pdf-cache.ts).
// A key must change whenever the file could: the page as built, the job (where it goes, its
// metadata, the innehåll's entries), the print options, the browser, the fonts it may fall back
// to, and the code that prints — src/pdf/ and the libraries it drives. The files the page loads
// while it prints are hashed too: the whole assets folder here, and the entry keeps a list of
// every file the print read (./serve-from-folder.ts), checked again before it is reused.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "../site/pdf-info.ts";
import type { PdfJob } from "./job.ts";

/** Bump when the print changes in a way the sources of src/pdf/ do not show. */
export const PRINT_PIPELINE_VERSION = 1;

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const pdfSources = fileURLToPath(new URL(".", import.meta.url));

// Where fontconfig finds the fonts Chromium falls back to for a character the page's own font lacks.
const FONT_FOLDERS = ["/usr/share/fonts", "/usr/local/share/fonts", join(homedir(), ".fonts"), join(homedir(), ".local/share/fonts"), "/etc/fonts"];

/** Every file under a folder, by path relative to it, in a stable order; none when it is missing. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

/** The files' names and contents as one hash. */
function digest(dir: string, files: readonly string[]): string {
  const lines = files.map((file) => `${file}\0${sha256(readFileSync(join(dir, file)))}\n`);
  return sha256(Buffer.from(lines.join("")));
}

/** Every file under a folder as one hash (the built site's assets: CSS, fonts, images). */
export function folderDigest(dir: string): string {
  return digest(dir, filesUnder(dir));
}

/** The system's fonts and their configuration, by name, size and time (reading them all would cost more than a print). */
function systemFonts(): string {
  const lines = FONT_FOLDERS.flatMap((dir) =>
    filesUnder(dir).map((file) => {
      try {
        const stat = statSync(join(dir, file));
        return `${dir}/${file}\0${stat.size}\0${stat.mtimeMs}\n`;
      } catch {
        return `${dir}/${file}\0dangling\n`;
      }
    }),
  );
  return sha256(Buffer.from(lines.join("")));
}

function versionIn(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
}

const installed = (name: string) => versionIn(join(projectRoot, "node_modules", name, "package.json"));

/** The same for every PDF of a build: the project and its print code, the libraries and Node that run it, the system's fonts. */
export function toolchain(): Record<string, string | number> {
  return {
    pipeline: PRINT_PIPELINE_VERSION,
    project: versionIn(join(projectRoot, "package.json")),
    sources: digest(
      pdfSources,
      filesUnder(pdfSources).filter((file) => /\.(ts|mjs)$/.test(file) && !file.includes("/")),
    ),
    puppeteer: installed("puppeteer-core"),
    pdfjs: installed("pdfjs-dist"),
    node: process.version,
    fonts: systemFonts(),
  };
}

/** What every PDF of one build shares. */
export interface KeyContext {
  toolchain: Record<string, string | number>;
  /** `browser.version()`. */
  chromium: string;
  printOptions: object;
  /** `folderDigest` of the built site's assets folder. */
  assets: string;
}

/** The key of one PDF: its context, its job, and the SHA-256 of its page's HTML as built. */
export function pdfKey(context: KeyContext, job: PdfJob, htmlSha256: string): string {
  return sha256(Buffer.from(JSON.stringify({ context, job, html: htmlSha256 })));
}
