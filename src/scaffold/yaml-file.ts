// Writing a new data file: the value as YAML with a header comment, per-year maps and short rows in
// flow style ({ 2026: 8227 }) as the hand-written files have them, and the schema line that lets an
// editor complete keys and show the fields' descriptions.
import { Document, isMap, isSeq, visit } from "yaml";
import { schemaLine } from "./json-schemas.ts";

/** Maps keyed by years, and rows of only scalars, are written on one line. */
function flowStyle(document: Document): void {
  visit(document, {
    Map(_key, node) {
      const keys = node.items.map((pair) => String((pair.key as { value?: unknown })?.value ?? ""));
      const byYear = keys.length > 0 && keys.every((k) => /^\d{4}$/.test(k));
      const scalars = node.items.every((pair) => !isMap(pair.value) && !isSeq(pair.value));
      if (byYear || (scalars && node.items.length <= 6) || node.items.length === 0) node.flow = true;
    },
    Seq(_key, node) {
      if (node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
    },
  });
}

export function yamlFile(value: unknown, options: { kind: string; header: string[] }): string {
  const document = new Document(value);
  flowStyle(document);
  document.commentBefore = [` ${schemaLine(options.kind, 2)}`, ...options.header.map((line) => ` ${line}`)].join("\n");
  return document.toString({ lineWidth: 0 });
}
