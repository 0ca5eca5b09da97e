// A finding: a place where the numbers do not hold together, with where to look in the data
// (file, line, field path) and in the published document (url with an anchor).
import type { Cell } from "../compute/cell.ts";
import { formatProblem } from "../data/problem.ts";
import { anchorId, formatNumber, formatPercent, type Unit } from "../format/index.ts";

export { anchorId };

/** fel: a number a reader would find wrong; varning: probably wrong; notering: explained by rounding. */
export type Severity = "fel" | "varning" | "notering";

export const severities: Severity[] = ["fel", "varning", "notering"];

export interface Finding {
  /** Rule id, e.g. "summa", "resultat", "eget-kapital". */
  rule: string;
  severity: Severity;
  /** The document's title and förbund, e.g. "Driftsredovisning 2025 (Jämtland)". */
  document: string;
  file: string;
  line?: number;
  /** Field path in the data file, e.g. "kostnader.stated_sum.utfall.2025". */
  path: string;
  /** A string only with quantity "text" (a goal status in words). */
  stated: Cell | string;
  computed: Cell | string;
  /** stated − computed, when both are numbers. */
  difference?: number;
  /**
   * The parts of a stated total that, mistyped, would explain its difference (src/compute/suspect-part.ts):
   * where several totals agree with each other but not with their parts, the one part they all
   * point to is where the cause is put (./causes.ts).
   */
  suspects?: { line?: number; path: string; written: number; implied: number; kind: "sign" | "thousand" | "digit" | "transposed" }[];
  /** The stated figure is the sum of the parts in `suspects` (no total typed): alone, its cause is one of them (./causes.ts). */
  partsStated?: boolean;
  /** How many parts the computed value sums (a stated total's), for telling the lower of two sums (./causes.ts). */
  parts?: number;
  /** Swedish, says what was compared and which parts were summed. */
  message: string;
  /** Where the number is shown: the document's URL with the anchor of its table row. */
  url?: string;
  /** "percent": stated, computed and difference are shares (0–1), shown as percentages. */
  display?: "percent";
  /**
   * What the public /granskning/ page prints instead, when the finding quotes participant counts
   * the site hides (forbund.yaml privacy.min_count; ./site-text.ts). `message`, `stated` and
   * `computed` keep the real numbers for npm run check.
   */
  site?: { message: string; stated: string; computed: string; difference: string };
  /**
   * Findings that share one cause (./causes.ts): the group's id, and whether this finding is the
   * place the wrong value was first written ("orsak") or follows from it through the sums it passes
   * through ("foljd"). Absent: the finding stands alone.
   */
  cause?: { group: string; role: "orsak" | "foljd" };
  /** The förbund's slug, the document's year, kind and unit: set by the site model for every finding. */
  forbund?: string;
  year?: number;
  kind?: string;
  unit?: Unit;
  /** What the numbers are (count of people, share, amount in the document's unit): how stated/computed are written. */
  quantity?: "amount" | "count" | "share" | "text";
  /** Decimals stated, computed and difference are written with (årsarbetare: 1); default whole numbers. */
  decimals?: number;
}

/**
 * A finding's stated, computed or difference as text, as what it is: an amount with the document's
 * unit, a count of people (no unit), a share as a percentage, a status as its words.
 */
export function findingValue(finding: Pick<Finding, "display" | "quantity" | "unit" | "decimals">, value: Cell | string | undefined): string {
  if (typeof value === "string") return value;
  if (finding.display === "percent" || finding.quantity === "share") return formatPercent(value);
  const number = formatNumber(value, finding.decimals);
  return finding.quantity === "amount" && finding.unit && typeof value === "number" ? `${number} ${finding.unit}` : number;
}

/** "angivet 3 219 tkr, beräknat 3 085 tkr, differens 134 tkr": the numbers a finding compares, or "" when it compares none. */
export function findingValues(finding: Finding): string {
  if (finding.stated === null && finding.computed === null) return "";
  const difference = finding.difference === undefined ? "" : `, differens ${findingValue(finding, finding.difference)}`;
  return `angivet ${findingValue(finding, finding.stated)}, beräknat ${findingValue(finding, finding.computed)}${difference}`;
}

/** "fel: file:line path: what was compared (angivet …, beräknat …)": the what first, then the numbers. */
export function formatFinding(finding: Finding): string {
  const values = findingValues(finding);
  const message = values ? `${finding.message} (${values})` : finding.message;
  return `${finding.severity}: ${formatProblem({ file: finding.file, line: finding.line, path: finding.path, message })}`;
}

/** Where a document is, for the findings about it. */
export interface DocumentRef {
  /** "Driftsredovisning 2025 (Jämtland)". */
  label: string;
  /** "/jamtland/2025/driftsredovisning/". */
  url: string;
  /** The document's id ("driftsredovisning"), prefix of its anchors. */
  id: string;
}

/** A finding about one place in a document's data that is not a stated-versus-computed total. */
export function dataFinding(
  context: { document: DocumentRef; source: { file: string; lineOf(path: readonly PropertyKey[]): number | undefined } },
  finding: { rule: string; severity: Severity; path: (string | number)[]; message: string; stated?: Cell; computed?: Cell; anchor?: boolean },
): Finding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    document: context.document.label,
    file: context.source.file,
    line: context.source.lineOf(finding.path),
    path: finding.path.join("."),
    stated: finding.stated ?? null,
    computed: finding.computed ?? null,
    message: finding.message,
    url: finding.anchor ? `${context.document.url}#${anchorId(context.document.id, finding.path)}` : context.document.url,
  };
}
