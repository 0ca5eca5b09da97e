// Housekeeping of a cache folder (the chart and PDF caches, src/charts/cache.ts, src/pdf/pdf-cache.ts):
// the temporary files of builds killed while they stored an entry, and entries no build has used
// for a while (a build that uses an entry makes its time new).
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { isRunning } from "./atomic-file.ts";

/** An entry no build has used for this long is removed. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

function names(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Removes the temporary files (`temporary` matches their names, its first group the writer's pid) whose process is gone; returns their names. */
export function removeStaleTemporaries(dir: string, temporary: RegExp): string[] {
  const stale = names(dir).filter((name) => {
    const pid = temporary.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale;
}

/** Removes the entries (names ending in `suffix`) not used for CACHE_MAX_AGE_MS; returns their names. */
export function pruneUnused(dir: string, suffix: string, now = Date.now()): string[] {
  const old = names(dir).filter((name) => {
    if (!name.endsWith(suffix)) return false;
    try {
      return now - statSync(join(dir, name)).mtimeMs > CACHE_MAX_AGE_MS;
    } catch {
      // Removed meanwhile by another build.
      return false;
    }
  });
  for (const name of old) rmSync(join(dir, name), { force: true });
  return old;
}
