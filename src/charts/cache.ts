// The chart cache: each variant's SVG stored under the hash of what decides it, in .cache/charts/
// (safe to delete; a build with --no-cache neither reads nor writes it). The key is the spec as
// drawn (the shared config merged in, the description), the Vega and Vega-Lite versions, the
// number locale and the source of render.ts, so a change to any of them is a miss, never a stale
// chart. An entry is written whole or not at all (a temporary file renamed into place) and checked
// when read: what is not a whole SVG is drawn again.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TopLevelSpec } from "vega-lite";
import { writeFileAtomically } from "../data/atomic-file.ts";
import { pruneUnused, removeStaleTemporaries } from "../data/cache-folder.ts";
import { numberLocale, withConfig } from "./render.ts";

/** Bump when the SVG changes in a way the key does not show. */
const CACHE_FORMAT = 1;

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The default folder: .cache/charts/ at the top of the project. */
export const CHART_CACHE_DIR = join(projectRoot, ".cache", "charts");

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(projectRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

// The same for every chart of a process: read once, on the first key.
let toolchain: string | undefined;
function toolchainOf(): string {
  toolchain ??= JSON.stringify({
    format: CACHE_FORMAT,
    vega: packageVersion("vega"),
    vegaLite: packageVersion("vega-lite"),
    locale: numberLocale,
    render: ["./render.ts", "./spec-shape.ts"].map((file) => sha256(readFileSync(new URL(file, import.meta.url)))),
  });
  return toolchain;
}

/** The key of one variant: the hash of its spec as drawn and of what draws it. */
export function chartKey(spec: TopLevelSpec): string {
  return sha256(`${toolchainOf()}\n${JSON.stringify(withConfig(spec))}`);
}

/** A whole SVG as Vega writes it: the element opened at the start and closed at the end. */
function isWholeSvg(text: string): boolean {
  return text.startsWith("<svg ") && text.endsWith("</svg>");
}

/** The cached SVG of a key, or undefined when there is none or what is there is not a whole SVG. */
export function readCachedSvg(dir: string, key: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, `${key}.svg`), "utf8");
  } catch {
    return undefined;
  }
  return isWholeSvg(text) ? text : undefined;
}

/** An entry a build used: its time made now, so that pruning keeps it. */
export function touchCachedSvg(dir: string, key: string, now = new Date()): void {
  try {
    utimesSync(join(dir, `${key}.svg`), now, now);
  } catch {
    // Removed meanwhile by another build: drawn again next time.
  }
}

/** Removes the entries no build has used for 30 days (as the PDF cache's are); returns their names. */
export function pruneChartCache(dir: string, now = Date.now()): string[] {
  return pruneUnused(dir, ".svg", now);
}

// writeFileAtomically's temporary name: `<key>.svg.<pid>-t<thread>n<n>.tmp`.
const TEMPORARY = /^[0-9a-f]{64}\.svg\.(\d+)-t\d+n\d+\.tmp$/;

/** Removes the temporary files of builds killed while they stored a chart (their process is gone); returns their names. */
export function removeStaleChartTemporaries(dir: string): string[] {
  return removeStaleTemporaries(dir, TEMPORARY);
}

/** Stores an SVG under its key; a cache that cannot be written is only a slower next build. */
export function writeCachedSvg(dir: string, key: string, svg: string): void {
  // An entry is its key's content: one already whole (the same chart twice in a build, another
  // build at once) stays. Renaming over a file costs a flush to disk on ext4, renaming to a new name not.
  if (!isWholeSvg(svg) || readCachedSvg(dir, key) !== undefined) return;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomically(join(dir, `${key}.svg`), svg);
  } catch {
    // Not written: drawn again next time.
  }
}
