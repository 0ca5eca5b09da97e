// The output folder is replaced only when a build has fully succeeded: build into a sibling
// temporary folder (same file system, so rename is cheap), then swap it in. A build killed at any
// moment leaves at most a "<out>.building-PID" or "<out>.previous-PID" folder; the next build
// removes those whose process is gone, and puts a previous output back if the swap was cut off
// between its two renames.
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isRunning } from "../data/atomic-file.ts";

export function temporarySibling(outDir: string, purpose: string): string {
  const dir = `${outDir.replace(/\/+$/, "")}.${purpose}-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** Removes the work folders of builds that are no longer running; restores an output a cut-off swap had moved aside. */
export function recoverStaleFolders(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(building|previous)-(\\d+)$`);
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    const path = join(parent, name);
    if (match[1] === "previous" && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export function swapInto(builtDir: string, outDir: string): void {
  const previous = existsSync(outDir) ? temporarySibling(outDir, "previous") : undefined;
  if (previous) renameSync(outDir, previous);
  try {
    renameSync(builtDir, outDir);
  } catch (error) {
    if (previous) renameSync(previous, outDir);
    throw error;
  }
  if (previous) rmSync(previous, { recursive: true, force: true });
}
