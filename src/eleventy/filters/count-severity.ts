import type { Finding, Severity } from "../../checks/finding.ts";

/** `{{ site.findings | antalFynd("fel") }}` → how many findings have that severity. */
export function antalFynd(findings: Finding[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}
