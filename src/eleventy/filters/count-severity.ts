import { isConsequence } from "../../checks/causes.ts";
import type { Finding, Severity } from "../../checks/finding.ts";

/**
 * `{{ site.findings | antalFynd("fel") }}` → how many distinct mistakes have that severity (the
 * följder of a cause not counted again); `antalFynd("fel", true)` → how many följder.
 */
export function antalFynd(findings: Finding[], severity: Severity, consequences = false): number {
  return findings.filter((finding) => finding.severity === severity && isConsequence(finding) === consequences).length;
}
