// A finding: a place where the numbers do not hold together. The build prints them; the full
// checker (granskning) grows from here.
import type { Cell } from "../compute/cell.ts";
import { formatProblem } from "../data/problem.ts";

/** fel: an error a reader would notice; varning: probably wrong; notering: explained by rounding. */
export type Severity = "fel" | "varning" | "notering";

export interface Finding {
  rule: string;
  severity: Severity;
  /** The document's title and year, e.g. "Driftsredovisning 2025 (Jämtland)". */
  document: string;
  file: string;
  line?: number;
  path: string;
  stated: Cell;
  computed: Cell;
  message: string;
}

export function formatFinding(finding: Finding): string {
  return `${finding.severity}: ${formatProblem({ file: finding.file, line: finding.line, path: finding.path, message: finding.message })}`;
}
