import type { Finding, Severity } from "../../checks/finding.ts";

/** `{{ site.findings | countSeverity("fel") }}` → how many findings have that severity. */
export function countSeverity(findings: Finding[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}
