import type { Finding } from "../../checks/finding.ts";
import { groupByDocument } from "../../checks/report.ts";

/** `{% for group in site.findings | findingsByDocument %}` → { document, findings } per document. */
export function findingsByDocument(findings: Finding[]) {
  return groupByDocument(findings);
}
