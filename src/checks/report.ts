// The granskning report: findings grouped by document, as text for a person or JSON for a program.

import { isConsequence } from "./causes.ts";
import { type Finding, findingValues, severities } from "./finding.ts";
import { ruleById } from "./rules.ts";

/**
 * "Granskning: 12 fel (och 9 följdfel), 5 varningar, 20 noteringar": each distinct mistake counted
 * once; the följder of a cause (./causes.ts) are counted apart.
 */
export function summarizeFindings(findings: Finding[]): string {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity && !isConsequence(f)).length;
  const following = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity && isConsequence(f)).length;
  const also = (severity: Finding["severity"], word: string) => (following(severity) ? ` (och ${following(severity)} ${word})` : "");
  return (
    `Granskning: ${count("fel")} fel${also("fel", "följdfel")}, ${count("varning")} varningar${also("varning", "följdvarningar")}, ` +
    `${count("notering")} noteringar${also("notering", "följdnoteringar")}`
  );
}

/** "data/…/arsredovisning.yaml:468 noter.4.stated_sum.2024": where a finding is in the data. */
const placeOf = (finding: Finding) => `${finding.file}${finding.line ? `:${finding.line}` : ""} ${finding.path}`;

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
  const orsak = new Map(findings.filter((f) => f.cause?.role === "orsak").map((f) => [f.cause!.group, f]));
  const consequences = (group: string) => findings.filter((f) => f.cause?.group === group && isConsequence(f)).length;
  for (const group of groupByDocument(findings)) {
    lines.push("", group.document);
    for (const f of group.findings) {
      lines.push(`  ${f.severity} [${f.rule}] ${ruleById(f.rule)?.title ?? ""}`.trimEnd());
      lines.push(`    ${placeOf(f)}`);
      lines.push(`    ${f.message}`);
      if (f.cause?.role === "orsak") lines.push(`    orsak till ${consequences(f.cause.group)} följder med samma differens`);
      if (f.cause?.role === "foljd") lines.push(`    följd av ${placeOf(orsak.get(f.cause.group)!)}`);
      const values = findingValues(f);
      if (values || f.url) lines.push(`    ${[values, f.url].filter(Boolean).join(" — ")}`);
    }
  }
  return lines.join("\n");
}

/** The findings as JSON: rule, severity, document, file, line, path, stated, computed, difference, message, url. */
export function jsonReport(findings: Finding[]): string {
  return JSON.stringify(findings, null, 2);
}
