// Which participant counts of an årsredovisning the public site hides (forbund.yaml
// privacy.min_count), for what quotes a value by its path: prose ({% tal %}, {% procent %}), goal
// results, the granskning page. Tables and charts apply the same rule to the same splits
// (src/format/count.ts), so a count is hidden in the text exactly where it is in Tabell 1–3. Pure.
import { type CountSplit, formatCount, hiddenInSplit, isHiddenCount, type SplitPart, WITHHELD } from "../../format/index.ts";
import { lookUpPath } from "../path.ts";

/** The top-level keys of the computed values (and of the data) that hold participant counts. */
const countRoots = new Set(["participants", "current", "previous", "exit", "insatser", "change"]);

const parts = new Set<string>(["total", "women", "men", "notStated"]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const numberOrNull = (value: unknown) => (typeof value === "number" ? value : null);

/** A gender split at a place in the values: { total, women, men, notStated | not_stated }, or the same of { count, share }. */
function splitAt(value: unknown): CountSplit | undefined {
  if (!isObject(value) || !("women" in value) || !("men" in value)) return undefined;
  const count = (key: string) => {
    const part = value[key];
    return isObject(part) ? numberOrNull(part.count) : numberOrNull(part);
  };
  const notStated = count("notStated") ?? count("not_stated");
  return { total: count("total") ?? undefined, women: count("women"), men: count("men"), ...(notStated !== null ? { notStated } : {}) };
}

const at = (root: unknown, segments: readonly string[]) => lookUpPath(root, segments.join(".")).value;

/** What the site shows for the count (or the share of one) at `segments`, when it hides it; undefined when shown as it is. */
function hiddenAt(root: unknown, segments: string[], minCount: number): string | undefined {
  const last = segments.at(-1) ?? "";
  const parentPath = segments.slice(0, -1);
  const parent = at(root, parentPath);
  // A change against last year gives either year's count away: hidden with either.
  const change = segments[0] === "change" ? 0 : segments[0] === "participants" && segments[1] === "change" ? 1 : -1;
  if (change >= 0 && segments.length === change + 3) {
    const rest = segments.slice(change + 1);
    return hiddenAt(root, ["current", ...rest], minCount) ?? hiddenAt(root, ["previous", ...rest], minCount);
  }
  // A share beside its count ("49 (35 %)") is hidden with the count; women's share with women's or men's count.
  if (last === "share" && isObject(parent) && "count" in parent) return hiddenAt(root, [...parentPath, "count"], minCount);
  if (last === "womenShare") return hiddenAt(root, [...parentPath, "women"], minCount) ?? hiddenAt(root, [...parentPath, "men"], minCount);
  if (last.endsWith("Share") && isObject(parent) && last.slice(0, -5) in parent) return hiddenAt(root, [...parentPath, last.slice(0, -5)], minCount);
  const ofCount = last === "count";
  const key = (ofCount ? segments.at(-2) : last)?.replace("not_stated", "notStated") ?? "";
  const split = parts.has(key) ? splitAt(at(root, ofCount ? segments.slice(0, -2) : parentPath)) : undefined;
  const value = split ? partOf(split, key as SplitPart) : numberOrNull(at(root, segments));
  if (value === null || !Number.isInteger(value)) return undefined;
  const privacy = { minCount, hidden: split ? hiddenInSplit(split, minCount).has(key as SplitPart) : false };
  return isHiddenCount(value, privacy) ? formatCount(value, privacy) : undefined;
}

/** A part of a split; the total and the not-stated part worked out from the others when the values leave them out. */
function partOf(split: CountSplit, key: SplitPart): number | null {
  const stated = (split.women ?? 0) + (split.men ?? 0);
  if (key === "total" && split.total === undefined) return stated + (split.notStated ?? 0);
  if (key === "notStated" && split.notStated === undefined) return typeof split.total === "number" ? split.total - stated : null;
  return split[key] ?? null;
}

/**
 * The parties (by index) of Figur 1 whose share of the approximate number of cases is a small
 * count: the chart adds them to "Övriga/ej angivet". While that bar is itself a small count, or is
 * one party's share alone (nothing else unattributed), the next-smallest party joins it.
 */
export function foldedParties(referrals: { parties: { share: number }[]; other: number; approxTotal?: number }, minCount?: number): Set<number> {
  const folded = new Set<number>();
  const total = referrals.approxTotal;
  if (minCount === undefined || total === undefined) return folded;
  const small = (share: number) => Math.round(share * total) > 0 && Math.round(share * total) < minCount;
  for (const [index, party] of referrals.parties.entries()) if (small(party.share)) folded.add(index);
  const rest = () => referrals.other + [...folded].reduce((sum, index) => sum + referrals.parties[index]!.share, 0);
  const alone = () => folded.size === 1 && referrals.other <= 0.0005;
  while (folded.size > 0 && folded.size < referrals.parties.length && (small(rest()) || alone())) {
    const next = referrals.parties.map((party, index) => ({ party, index })).filter(({ index }) => !folded.has(index));
    folded.add(next.sort((a, b) => a.party.share - b.party.share)[0]!.index);
  }
  return folded;
}

/** Figur 1's shares as prose may quote them: a folded party's share, and the unattributed rest beside it, are withheld. */
function hiddenReferral(computed: unknown, segments: string[], minCount: number): string | undefined {
  const referrals = at(computed, ["participants", "referrals"]) as Parameters<typeof foldedParties>[0] | undefined;
  if (!referrals || segments[0] !== "participants" || segments[1] !== "referrals") return undefined;
  const folded = foldedParties(referrals, minCount);
  if (segments[2] === "parties" && segments[4] === "share" && folded.has(Number(segments[3]))) return WITHHELD;
  return segments[2] === "other" && folded.size > 0 ? WITHHELD : undefined;
}

/**
 * What the site prints instead of the value at `path` ("current.enrolled.women",
 * "exit.work.total.share", "participants.years.2025.new.men" …), looked up where prose looks it up
 * (the computed values, else the data): "<5" or ".." for a hidden participant count or the share of
 * one; undefined for any other value.
 */
export function hiddenParticipantValue(values: { computed: unknown; data: unknown }, path: string, minCount: number | undefined): string | undefined {
  const segments = path.split(".");
  if (minCount === undefined || !countRoots.has(segments[0]!)) return undefined;
  const inComputed = lookUpPath(values.computed, segments.slice(0, -1).join(".")).found;
  return hiddenReferral(values.computed, segments, minCount) ?? hiddenAt(inComputed ? values.computed : values.data, segments, minCount);
}
