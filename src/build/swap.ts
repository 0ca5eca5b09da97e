// The output folder is replaced only when a build has fully succeeded: build into a sibling
// temporary folder (same file system, so rename is cheap), then swap it in.
import { existsSync, renameSync, rmSync } from "node:fs";

export function temporarySibling(outDir: string, purpose: string): string {
  const dir = `${outDir.replace(/\/+$/, "")}.${purpose}-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  return dir;
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
