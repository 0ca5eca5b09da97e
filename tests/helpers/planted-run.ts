// Runs the planted-error corpus (./planted-errors.ts): for each kind, a fresh copy of the consistent
// data with the one mistake planted, the site model loaded from it, and where the granskning
// reported it — at the expected place as a fel or varning ("rätt plats"), only elsewhere ("annan
// plats"), only as a new notering ("bara notering"), or not at all ("missad"). A copy the build
// refuses (a schema problem) counts as a fel at the problem's place: the build names it and stops.
// Shared by tests/planted-errors.test.ts and scripts/planted-errors.ts; no vitest import.
import { resolve, sep } from "node:path";
import { DataError } from "../../src/data/problem.ts";
import { loadSite } from "../../src/model/site.ts";
import { type CorpusDirs, consistentData, consistentProse, type Place, type PlantedKind, plantedKinds } from "./planted-errors.ts";

export type Outcome = "rätt plats" | "annan plats" | "bara notering" | "missad";

export const outcomes: Outcome[] = ["rätt plats", "annan plats", "bara notering", "missad"];

/** A finding (or a schema problem) with its file relative to the data or prose folder it is in. */
export interface Located {
  severity: "fel" | "varning" | "notering";
  rule: string;
  in: "data" | "prose" | "other";
  file: string;
  path: string;
  line?: number;
  /** What tells two noteringar apart: rule, place and numbers. */
  key: string;
}

export interface KindResult {
  kind: PlantedKind;
  outcome: Outcome;
  /** The fel and varningar the copy gave, those at the expected place first. */
  reported: Located[];
}

function locate(file: string, dirs: CorpusDirs): Pick<Located, "in" | "file"> {
  const full = resolve(file);
  for (const [where, dir] of [
    ["data", dirs.dataDir],
    ["prose", dirs.proseDir],
  ] as const) {
    const root = resolve(dir) + sep;
    if (full.startsWith(root)) return { in: where, file: full.slice(root.length).split(sep).join("/") };
  }
  return { in: "other", file };
}

/** Every finding of the data in `dirs`, or every schema problem when the data cannot be loaded. */
export async function locatedFindings(dirs: CorpusDirs): Promise<Located[]> {
  try {
    const site = await loadSite(dirs.dataDir, { charts: false, proseDir: dirs.proseDir });
    return site.findings.map((f) => {
      const place = locate(f.file, dirs);
      return { severity: f.severity, rule: f.rule, ...place, path: f.path, line: f.line, key: `${f.rule}|${place.file}|${f.path}|${f.stated}|${f.computed}` };
    });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map((p) => {
      const place = locate(p.file, dirs);
      return { severity: "fel", rule: "schema", ...place, path: p.path, line: p.line, key: `schema|${place.file}|${p.path}|${p.message}` };
    });
  }
}

/** Whether a finding is at a place: the same file, and the same field (or a field inside it) or prose line. */
export function atPlace(finding: Located, place: Place): boolean {
  if (finding.in !== place.in || finding.file !== place.file) return false;
  if (place.in === "prose") return finding.line === place.line;
  return finding.path === place.path || finding.path.startsWith(`${place.path}.`);
}

export function outcomeOf(findings: readonly Located[], place: Place, baselineNoteringar: ReadonlySet<string>): Outcome {
  const serious = findings.filter((f) => f.severity !== "notering");
  if (serious.some((f) => atPlace(f, place))) return "rätt plats";
  if (serious.length) return "annan plats";
  return findings.some((f) => f.severity === "notering" && !baselineNoteringar.has(f.key)) ? "bara notering" : "missad";
}

/**
 * Plants each kind into its own copy (`copy` makes one: data and prose folders of the consistent
 * fixture) and classifies what the granskning reported.
 */
export async function runCorpus(copy: () => CorpusDirs, kinds: readonly PlantedKind[] = plantedKinds): Promise<KindResult[]> {
  const baseline = await locatedFindings({ dataDir: consistentData, proseDir: consistentProse });
  const noteringar = new Set(baseline.filter((f) => f.severity === "notering").map((f) => f.key));
  const results: KindResult[] = [];
  for (const kind of kinds) {
    const dirs = copy();
    kind.plant(dirs);
    const findings = await locatedFindings(dirs);
    const reported = findings.filter((f) => f.severity !== "notering").sort((a, b) => Number(atPlace(b, kind.expected)) - Number(atPlace(a, kind.expected)));
    results.push({ kind, outcome: outcomeOf(findings, kind.expected, noteringar), reported });
  }
  return results;
}

const placeText = (place: Place) => (place.in === "prose" ? `prose ${place.file}:${place.line}` : `${place.file} ${place.path}`);

const reportedText = (f: Located) => `${f.severity} ${f.rule} ${f.in === "prose" ? `${f.file}:${f.line}` : `${f.file} ${f.path}`}`;

/** The counts of each outcome, and the share found at the right place. */
export function totals(results: readonly KindResult[]): Record<Outcome, number> & { total: number; rate: number } {
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const counts = Object.fromEntries(outcomes.map((o) => [o, count(o)])) as Record<Outcome, number>;
  return { ...counts, total: results.length, rate: results.length ? counts["rätt plats"] / results.length : 0 };
}

/** A plain-text table: kind, family, expected place, result, how many fel and varningar it gave, and the first of them. */
export function corpusTable(results: readonly KindResult[]): string {
  const rows = results.map((r) => [
    r.kind.id,
    r.kind.family,
    placeText(r.kind.expected),
    r.outcome,
    String(r.reported.length),
    r.reported[0] ? reportedText(r.reported[0]) : "",
  ]);
  const head = ["kind", "family", "expected place", "result", "fel+varn.", "first fel/varning"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const t = totals(results);
  const summary =
    `${t["rätt plats"]} av ${t.total} på rätt plats (${Math.round(t.rate * 100)} %), ${t["annan plats"]} på annan plats, ` +
    `${t["bara notering"]} bara som notering, ${t.missad} missade`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), "", summary].join("\n");
}
