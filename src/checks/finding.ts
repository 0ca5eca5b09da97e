// A finding: a place where the numbers do not hold together, with where to look in the data
// (file, line, field path) and in the published document (url with an anchor).
import type { Cell } from "../compute/cell.ts";
import { formatProblem } from "../data/problem.ts";
import { anchorId, formatNumber, formatPercent } from "../format/index.ts";

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
  stated: Cell;
  computed: Cell;
  /** stated − computed, when both are numbers. */
  difference?: number;
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
}

/** A finding's stated, computed and difference as text: numbers, or percentages for shares. */
export function findingValue(finding: Pick<Finding, "display">, value: Cell | undefined): string {
  return finding.display === "percent" ? formatPercent(value) : formatNumber(value);
}

export function formatFinding(finding: Finding): string {
  return `${finding.severity}: ${formatProblem({ file: finding.file, line: finding.line, path: finding.path, message: finding.message })}`;
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
