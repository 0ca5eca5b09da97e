// Parses a YAML file and keeps enough of its syntax tree to turn a field path back into a line.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Problem } from "./problem.ts";

export interface YamlSource {
  file: string;
  value: unknown;
  /** The line (1-based) where the value at `path` is written, or its nearest written parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The value as written at `path`, and whether it is written at all. */
  valueAt(path: readonly PropertyKey[]): { found: boolean; value?: unknown };
}

function child(node: unknown, key: PropertyKey): Node | undefined {
  if (isMap(node)) {
    // Keys are compared as text: YAML reads `2025:` as a number, Zod paths carry "2025".
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
    return (pair?.value ?? undefined) as Node | undefined;
  }
  if (isSeq(node) && typeof key === "number") return node.items[key] as Node | undefined;
  return undefined;
}

function walk(root: unknown, path: readonly PropertyKey[]) {
  let node = root;
  let deepest = root;
  for (const key of path) {
    node = child(node, key);
    if (node === undefined) return { node: undefined, deepest };
    deepest = node;
  }
  return { node, deepest };
}

export function parseYamlSource(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    path: "",
    message: `invalid YAML: ${error.message.split("\n")[0]}`,
  }));
  if (problems.length > 0) return { problems };

  const lineAt = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const source: YamlSource = {
    file,
    value: document.toJS(),
    lineOf: (path) => lineAt(walk(document.contents, path).deepest) ?? 1,
    valueAt: (path) => {
      const { node } = walk(document.contents, path);
      if (node === undefined) return { found: false };
      return { found: true, value: isScalar(node) ? node.value : (node as Node).toJSON() };
    },
  };
  return { source, problems };
}
