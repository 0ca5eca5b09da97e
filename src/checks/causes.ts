// One mistake, one cause line. A wrong figure is rarely found once: a part typed with the wrong
// sign makes its group's total, the result, the resultaträkning line that reads it, the equity that
// follows from it … all disagree by the same amount, and the granskning listed each as a fel of its
// own (23 for one flipped sign), none at the line that was mistyped. Findings that share a cause —
// the same förbund and difference, and the same year of the value (the wrong amount passing through
// the sums) or, for figures carried from year to year (eget kapital), the same file and rule — are grouped: the first place
// the wrong value was written is the orsak, the rest are its följder. Where the totals agree with
// each other and one part explains them all (src/compute/suspect-part.ts), the orsak is put at that
// part. Otherwise "first" follows the chain of documents (a driftsredovisning is read by the
// årsredovisning), the earliest year, a table's own arithmetic before the rules built on it, the
// lowest sum (the fewest parts), a total against its own rows before a line that quotes it, then
// the order in the file.
import { commonSuspect } from "../compute/suspect-part.ts";
import { formatNumber } from "../format/index.ts";
import type { Finding } from "./finding.ts";

type Suspect = NonNullable<Finding["suspects"]>[number];

const MISTAKE_WORDS: Record<Suspect["kind"], string> = {
  sign: "omvänt tecken",
  thousand: "tusen gånger fel",
  digit: "en siffra fel",
  transposed: "två siffror omkastade",
};

/**
 * The finding at the part a group's totals point to: they agree with each other, so the part that,
 * written otherwise, gives them all is where the wrong value was written.
 */
function atSuspect(orsak: Finding, suspect: Suspect, followers: number): Finding {
  const { suspects: _, parts: __, ...rest } = orsak;
  return {
    ...rest,
    line: suspect.line,
    path: suspect.path,
    stated: suspect.written,
    computed: suspect.implied,
    difference: suspect.written - suspect.implied,
    message:
      `trolig orsak: värdet är skrivet ${formatNumber(suspect.written)} men ger de angivna summorna (${followers} st) ` +
      `som ${formatNumber(suspect.implied)} — ${MISTAKE_WORDS[suspect.kind]}`,
  };
}

/** The order in which documents read each other: what is written first is read by what comes later. */
const KIND_ORDER = ["driftsredovisning", "arsredovisning", "verksamhetsplan", "protokoll"];

/** The year a finding's value belongs to: the last year in its field path ("….stated.2024"), else its document's. */
export function valueYear(finding: Finding): string | undefined {
  const years = finding.path.split(".").filter((segment) => /^(19|20)\d{2}$/.test(segment));
  return years[years.length - 1] ?? (finding.year === undefined ? undefined : String(finding.year));
}

/** The amount a finding is off by, where it can share a cause: an amount (not people, not a share), off by something. */
function amountOff(finding: Finding): number | undefined {
  const difference = finding.difference;
  if (difference === undefined || difference === 0 || !Number.isFinite(difference)) return undefined;
  if (finding.quantity !== undefined && finding.quantity !== "amount") return undefined;
  // Rounded so that 0.1 + 0.2 and 0.3 meet; a flipped sign and its mirror are the same amount.
  return Math.round(Math.abs(difference) * 1000) / 1000;
}

/** Rules whose figures each year are carried to the next: one wrong figure shifts all later ones by the same amount. */
const CARRIED_FORWARD = new Set(["eget-kapital"]);

/**
 * The keys under which findings meet: the same förbund and amount, and either the same year of the
 * value (the sums one wrong figure passes through) or the same file and rule (a wrong figure carried
 * forward: an equity balance that shifts every later year's closing by the same amount).
 */
function causeKeys(finding: Finding): string[] {
  const amount = amountOff(finding);
  const year = valueYear(finding);
  if (amount === undefined || year === undefined) return [];
  const forbund = finding.forbund ?? "";
  const byYear = `${forbund}|${amount}|year ${year}`;
  return CARRIED_FORWARD.has(finding.rule) ? [byYear, `${forbund}|${amount}|${finding.file} ${finding.rule}`] : [byYear];
}

/** Findings joined by any key they share (union-find over the keys), in the order first met. */
function connected(findings: readonly Finding[]): Finding[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const keyed = findings.map((finding) => ({ finding, keys: causeKeys(finding) })).filter((entry) => entry.keys.length > 0);
  for (const { keys } of keyed) {
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    for (const key of keys.slice(1)) parent.set(find(key), find(keys[0]!));
  }
  const groups = new Map<string, Finding[]>();
  for (const { finding, keys } of keyed) {
    const root = find(keys[0]!);
    groups.set(root, [...(groups.get(root) ?? []), finding]);
  }
  return [...groups.values()];
}

// A stated total against its own parts (…stated_sum.2024, …stated.2024) is nearer the mistake than a
// figure compared with another table's total (a balance-sheet line against its note's sum).
const ownSum = (finding: Finding) => (/(^|\.)(stated_sum|stated)\./.test(finding.path) ? 0 : 1);

// The arithmetic of one table comes before the rules that build on its results (eget kapital rolled
// forward, a balance, a figure quoted in the text).
const derived = (finding: Finding) => (finding.rule === "summa" ? 0 : 1);

const rank = (finding: Finding): number[] => [
  KIND_ORDER.indexOf(finding.kind ?? "") === -1 ? KIND_ORDER.length : KIND_ORDER.indexOf(finding.kind ?? ""),
  finding.year ?? 0,
  Number(valueYear(finding) ?? 0),
  derived(finding),
  finding.parts ?? Number.MAX_SAFE_INTEGER,
  ownSum(finding),
  finding.line ?? Number.MAX_SAFE_INTEGER,
];

function compareRank(a: Finding, b: Finding): number {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  return 0;
}

/**
 * The findings with `cause` set where two or more share one (./finding.ts): the orsak first in each
 * group's order, every finding kept (a följd is still a wrong figure on the page). Pure.
 */
export function groupCauses(findings: readonly Finding[]): Finding[] {
  const roles = new Map<Finding, NonNullable<Finding["cause"]>>();
  // A cause found at a part goes before the first of the findings it explains.
  const before = new Map<Finding, Finding>();
  let number = 0;
  for (const members of connected(findings)) {
    // A single finding has a cause of its own only where no total was typed: its stated figure is its parts' sum.
    if (members.length < 2 && !(members[0]?.partsStated && members[0].suspects?.length === 1)) continue;
    const ordered = [...members].sort(compareRank);
    const first = ordered[0]!;
    const group = `orsak-${++number}`;
    // The part every sum of the group points to (the first sum's candidates, kept where all others agree).
    const withParts = ordered.filter((member) => member.suspects?.length);
    const host = withParts[0];
    const suspect = host
      ? commonSuspect(
          host.suspects!,
          withParts.slice(1).map((member) => member.suspects!),
        )
      : undefined;
    if (host && suspect) {
      before.set(first, { ...atSuspect(host, suspect, ordered.length), cause: { group, role: "orsak" } });
      for (const member of ordered) roles.set(member, { group, role: "foljd" });
      continue;
    }
    roles.set(first, { group, role: "orsak" });
    for (const member of ordered.slice(1)) roles.set(member, { group, role: "foljd" });
  }
  return findings.flatMap((finding) => {
    const placed = roles.has(finding) ? { ...finding, cause: roles.get(finding)! } : finding;
    const cause = before.get(finding);
    return cause ? [cause, placed] : [placed];
  });
}

/** How many distinct mistakes the findings are: the följder of a cause are not counted again. */
export function isConsequence(finding: Finding): boolean {
  return finding.cause?.role === "foljd";
}
