// The findings as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for tools that
// read it: code scanning, editors, review bots. One run of the tool "finsam-rapport": its rules are
// the rule catalogue, each result a finding at its data file and line, with its field path as a
// logical location and its cause group in the result's properties.
import { isAbsolute, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import type { Finding, Severity } from "./finding.ts";
import { type Rule, ruleFamilies, rules } from "./rules.ts";

const levels: Record<Severity, Sarif.Result.level> = { fel: "error", varning: "warning", notering: "note" };

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

function descriptor(rule: Rule): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level: levels[rule.severity] },
    properties: { family: rule.family, familyTitle: ruleFamilies[rule.family], kinds: rule.kinds },
  };
}

/** A data file as a URI: relative to the project (%SRCROOT%, the folder npm run check ran in), its segments percent-encoded. */
function artifactLocation(file: string): Sarif.ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

function result(finding: Finding, ruleIndex: number): Sarif.Result {
  const properties: Sarif.PropertyBag = {
    document: finding.document,
    path: finding.path,
    stated: finding.stated,
    computed: finding.computed,
    ...(finding.difference !== undefined ? { difference: finding.difference } : {}),
    ...(finding.url ? { url: finding.url } : {}),
    ...(finding.quantity ? { quantity: finding.quantity } : {}),
    ...(finding.unit ? { unit: finding.unit } : {}),
    ...(finding.forbund ? { forbund: finding.forbund } : {}),
    ...(finding.year ? { year: finding.year } : {}),
    ...(finding.kind ? { kind: finding.kind } : {}),
    ...(finding.cause ? { cause: { group: finding.cause.group, role: finding.cause.role } } : {}),
  };
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: levels[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file),
          ...(finding.line ? { region: { startLine: finding.line } } : {}),
        },
        ...(finding.path ? { logicalLocations: [{ fullyQualifiedName: finding.path, kind: "property" }] } : {}),
      },
    ],
    properties,
  };
}

/** The SARIF log of the findings, as an object. */
export function sarifLog(findings: readonly Finding[]): Sarif.Log {
  const descriptors = rules.map(descriptor);
  // A finding of a rule the catalogue lacks still gets a rule (tests/checks-rules.test.ts keeps that from happening).
  for (const id of new Set(findings.map((f) => f.rule))) {
    if (!descriptors.some((d) => d.id === id)) descriptors.push({ id, name: id, shortDescription: { text: id } });
  }
  const indexOf = new Map(descriptors.map((d, index) => [d.id, index]));
  return {
    version: "2.1.0",
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: "finsam-rapport", rules: descriptors } },
        columnKind: "unicodeCodePoints",
        results: findings.map((finding) => result(finding, indexOf.get(finding.rule)!)),
      },
    ],
  };
}

/** The SARIF log as JSON text (stdout of npm run check -- --format sarif). */
export function sarifReport(findings: readonly Finding[]): string {
  return JSON.stringify(sarifLog(findings), null, 2);
}
