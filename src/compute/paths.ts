// Every path in a document's values that leads to a number (or an empty cell), for
// `npm run paths` and for the nearest paths an unknown prose path is told about.
import { distance } from "fastest-levenshtein";

export interface NumericPath {
  path: string;
  value: number | null;
}

/**
 * The dotted paths under `root` whose value is a number or null, in the order they are met. A value
 * the computed values hold in two places (a row's values and a total) is listed under both, as prose
 * may quote either; only a cycle is cut.
 */
export function numericPaths(root: unknown, prefix = ""): NumericPath[] {
  const found: NumericPath[] = [];
  const open = new Set<object>();
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value === "number") {
      if (path) found.push({ path, value: value as number | null });
      return;
    }
    if (typeof value !== "object" || open.has(value)) return;
    open.add(value);
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    open.delete(value);
  };
  walk(root, prefix);
  return found;
}

/**
 * The candidates closest to `path` by edit distance, closest first (at most `count`), leaving out
 * any so far away that they would be a guess rather than a typo or a year's difference.
 */
export function nearestPaths(path: string, candidates: readonly string[], count = 3): string[] {
  const limit = Math.min(4, Math.max(2, Math.round(path.length / 5)));
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, d: distance(path, candidate) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
