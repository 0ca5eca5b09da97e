import type { Finding } from "../../checks/finding.ts";
import { groupByDocument } from "../../checks/report.ts";

/** `{% for group in site.findings | fyndPerDokument %}` → { document, findings } per document. */
export function fyndPerDokument(findings: Finding[]) {
  return groupByDocument(findings);
}
