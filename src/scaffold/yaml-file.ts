// Writing a new data file: the value as YAML with a header comment, per-year maps and short rows in
// flow style ({ 2026: 8227 }) as the hand-written files have them, and the schema line that lets an
// editor complete keys and show the fields' descriptions.
import { Document, isMap, isSeq, type Node, visit } from "yaml";
import { schemaLine } from "./json-schemas.ts";

/** A collection holding collections that hold collections: too deep for one line. */
export const deep = (node: unknown): boolean =>
  (isMap(node) && node.items.some((pair) => (isMap(pair.value) || isSeq(pair.value)) && nested(pair.value))) ||
  (isSeq(node) && node.items.some((item) => (isMap(item) || isSeq(item)) && nested(item)));
const nested = (node: unknown) =>
  (isMap(node) && node.items.some((pair) => isMap(pair.value) || isSeq(pair.value))) || (isSeq(node) && node.items.some((item) => isMap(item) || isSeq(item)));

/** Maps keyed by years (of values or small rows), and rows of only scalars, are written on one line. */
export function flowStyle(document: Document | Node): void {
  visit(document, {
    Map(_key, node) {
      const keys = node.items.map((pair) => String((pair.key as { value?: unknown })?.value ?? ""));
      const byYear = keys.length > 0 && keys.every((k) => /^\d{4}$/.test(k)) && !deep(node);
      const scalars = node.items.every((pair) => !isMap(pair.value) && !isSeq(pair.value));
      if (byYear || (scalars && node.items.length <= 6) || node.items.length === 0) node.flow = true;
    },
    Seq(_key, node) {
      if (node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
    },
  });
}

export function yamlFile(value: unknown, options: { kind: string; header: string[] }): string {
  // No anchors (&a1) and aliases (*a1) for a list the value holds twice: a hand-written file has
  // none, and every alias read back walks the whole file (yaml's Alias.resolve).
  const document = new Document(value, { aliasDuplicateObjects: false });
  flowStyle(document);
  document.commentBefore = [` ${schemaLine(options.kind, 2)}`, ...options.header.map((line) => ` ${line}`)].join("\n");
  return document.toString({ lineWidth: 0 });
}
