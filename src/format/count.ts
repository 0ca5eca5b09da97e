// Participant counts as the public site may show them (forbund.yaml `privacy.min_count`): a small
// count can point out the people behind it, so a count 0 < n < min is written "<5", and a count
// that would let a reader work such a count out by subtraction is written "..". Zero stays "0".
import { EMPTY, formatNumber } from "./number.ts";

/** A count withheld so that a small count next to it cannot be worked out (a secondary suppression). */
export const WITHHELD = "..";

export interface CountPrivacy {
  /** Counts below this (and above 0) are shown as "<min"; without it every count is shown. */
  minCount?: number;
  /** Withheld although not small itself: it would give a small one away (see hiddenInSplit). */
  hidden?: boolean;
}

const isSmall = (value: number, minCount: number | undefined) => minCount !== undefined && value > 0 && value < minCount;

/** Whether the site hides this count: small, or withheld beside a small one. */
export function isHiddenCount(value: number | null | undefined, privacy: CountPrivacy = {}): boolean {
  if (value === null || value === undefined || privacy.minCount === undefined) return false;
  return isSmall(value, privacy.minCount) || (privacy.hidden === true && value !== 0);
}

/** "<5" for a small count, ".." for a withheld one, otherwise as formatNumber: "332", "0", "–". */
export function formatCount(value: number | null | undefined, privacy: CountPrivacy = {}): string {
  if (value === null || value === undefined) return EMPTY;
  if (!isHiddenCount(value, privacy)) return formatNumber(value);
  return isSmall(value, privacy.minCount) ? `<${privacy.minCount}` : WITHHELD;
}

/** A count by gender: total = women + men + not stated (notStated derived from the total when left out). */
export interface CountSplit {
  total?: number | null;
  women?: number | null;
  men?: number | null;
  notStated?: number | null;
}
export type SplitPart = keyof CountSplit;

const parts = ["women", "men", "notStated"] as const;

/**
 * The counts of a split the site hides. Each small one; and, when exactly one part (women, men, not
 * stated) is small and the total is shown, the smallest other part above 0 too — else total minus
 * the other parts would give the small one back. One rule for every table, chart and text, so the
 * same split hides the same cells wherever it is shown. Sums across rows (a sub-category and its
 * rest) are not protected by it.
 */
export function hiddenInSplit(split: CountSplit, minCount: number | undefined): Set<SplitPart> {
  const hidden = new Set<SplitPart>();
  if (minCount === undefined) return hidden;
  const values = completed(split);
  for (const key of ["total", ...parts] as const) if (isSmall(values[key] ?? 0, minCount)) hidden.add(key);
  const known = parts.filter((key) => typeof values[key] === "number");
  if (typeof values.total !== "number" || hidden.has("total") || known.filter((key) => hidden.has(key)).length !== 1) return hidden;
  const next = known.filter((key) => !hidden.has(key) && values[key]! > 0).sort((a, b) => values[a]! - values[b]!)[0];
  if (next) hidden.add(next);
  return hidden;
}

/** The split with its total and not-stated part filled in where the others give them. */
function completed(split: CountSplit): CountSplit {
  const stated = (split.women ?? 0) + (split.men ?? 0);
  const total = split.total ?? stated + (split.notStated ?? 0);
  return { ...split, total, notStated: split.notStated ?? total - stated };
}
