// The findings as JSON Lines: one finding per line, each a JSON object with the fields of the JSON
// report (rule, severity, document, file, line, path, stated, computed, difference, message, url …),
// for tools that read a stream (grep, jq -c, a log shipper).
import type { Finding } from "./finding.ts";

export function jsonlReport(findings: readonly Finding[]): string {
  return findings.map((finding) => JSON.stringify(finding)).join("\n");
}
