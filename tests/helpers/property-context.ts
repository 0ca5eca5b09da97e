// What the property tests of the granskning share (tests/checks-properties-*.test.ts): a build
// context for a document of the fictive förbund, a findings summary to compare, and the
// arbitrary of a consistent årsredovisning's statement figures (./statements.ts).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse } from "yaml";
import type { Finding } from "../../src/checks/finding.ts";
import type { YamlSource } from "../../src/data/yaml-source.ts";
import type { ProseSection } from "../../src/documents/body.ts";
import type { BuildContext } from "../../src/documents/kind.ts";
import { forbundSchema } from "../../src/schemas/index.ts";
import type { StatementFigures } from "./statements.ts";

const source: YamlSource = { file: "doc.yaml", value: {}, lineOf: () => 1, valueAt: () => ({ found: false }) };
/** A YAML file's content as a plain value, to change before the schema parses it. */
export const read = (file: string) => parse(readFileSync(file, "utf8"));

/** The fictive förbund of tests/fixtures/plan-fiktiv. */
export const forbund = forbundSchema.parse(read("tests/fixtures/plan-fiktiv/data/fiktiv/forbund.yaml"));

/** The context a kind's build() gets, for a document of the fictive förbund in tkr. */
export const context = (kind: string, year: number, prose: ProseSection[] = []): BuildContext => ({
  slug: "t",
  forbund,
  year,
  id: kind,
  source,
  unit: "tkr",
  siblings: [],
  prose,
  document: { label: `${kind} ${year} (Test)`, url: "/t/", id: kind },
});

/** "fel summa resultatrakning.entries.3.stated.2025", sorted: what a property compares. */
export const summary = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.path}`).sort();

const n = (min: number, max: number) => fc.integer({ min, max });
const pair = (min: number, max: number) => fc.tuple(n(min, max), n(min, max));

/** The figures of a consistent set of statements (two years each). */
export const statementFigures: fc.Arbitrary<StatementFigures> = fc.record({
  intakter: pair(0, 20000),
  intakterFirstRow: pair(0, 20000),
  kostnader: pair(0, 20000),
  kostnaderFirstRow: pair(0, 20000),
  finansiella: pair(0, 500),
  fordringar: pair(0, 3000),
  kassa: pair(0, 20000),
  avsattningar: pair(0, 5000),
  equityOpening2024: n(-5000, 10000),
  cashOpening2024: n(0, 20000),
  justering2024: n(-1000, 1000),
  fordringarChange2024: n(-1000, 1000),
});
