// The granskning report: findings grouped by document, as text for a person or JSON for a program.
import { type Finding, findingValue, severities } from "./finding.ts";
import { ruleById } from "./rules.ts";

export function summarizeFindings(findings: Finding[]): string {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  return `Granskning: ${count("fel")} fel, ${count("varning")} varningar, ${count("notering")} noteringar`;
}

/** Findings by document, most severe first within each, in the order the documents were read. */
export function groupByDocument(findings: Finding[]): { document: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.document, [...(groups.get(finding.document) ?? []), finding]);
  return [...groups].map(([document, list]) => ({
    document,
    findings: [...list].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity)),
  }));
}

export function textReport(findings: Finding[]): string {
  const lines = [summarizeFindings(findings)];
  for (const group of groupByDocument(findings)) {
    lines.push("", group.document);
    for (const f of group.findings) {
      lines.push(`  ${f.severity} [${f.rule}] ${ruleById(f.rule)?.title ?? ""}`.trimEnd());
      lines.push(`    ${f.file}${f.line ? `:${f.line}` : ""} ${f.path}`);
      lines.push(`    ${f.message}`);
      lines.push(
        `    angivet ${findingValue(f, f.stated)}, beräknat ${findingValue(f, f.computed)}, ` +
          `differens ${findingValue(f, f.difference)}${f.url ? ` — ${f.url}` : ""}`,
      );
    }
  }
  return lines.join("\n");
}

/** The findings as JSON: rule, severity, document, file, line, path, stated, computed, difference, message, url. */
export function jsonReport(findings: Finding[]): string {
  return JSON.stringify(findings, null, 2);
}
