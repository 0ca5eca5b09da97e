// Writing imported values into a data file in place: the yaml package's document API sets each
// value (comments and key order kept), and only the lines the edits change are taken from its
// output — every other line stays byte for byte as the director wrote it (the library would
// otherwise re-space flow collections and comments all through the file).
import { diffArrays } from "diff";
import { isMap, isScalar, parseDocument } from "yaml";
import { deep, flowStyle } from "../scaffold/yaml-file.ts";

export interface YamlEdit {
  path: (string | number)[];
  value: unknown;
}

const options = { lineWidth: 0 } as const;

/** The path with each map key as the file writes it (2025 or "2025"), so a key is never added twice. */
function keysAsWritten(document: ReturnType<typeof parseDocument>, path: readonly (string | number)[]): (string | number)[] {
  return path.map((key, index) => {
    const parent = index === 0 ? document.contents : document.getIn(path.slice(0, index), true);
    if (!isMap(parent)) return key;
    const pair = parent.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key));
    return pair ? ((isScalar(pair.key) ? pair.key.value : pair.key) as string | number) : key;
  });
}

/** The text with the edits made; the same text when they change nothing. */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  const document = parseDocument(text);
  const before = document.toString(options);
  for (const edit of edits) {
    const path = keysAsWritten(document, edit.path);
    // `undefined` removes the key: a value an earlier import wrote that this one no longer gives.
    if (edit.value === undefined) {
      if (document.hasIn(path)) document.deleteIn(path);
      continue;
    }
    // A scalar replaced by a scalar keeps its node: the comment after it on its line stays with it.
    const existing = document.getIn(path, true);
    if (isScalar(existing) && (edit.value === null || typeof edit.value !== "object")) {
      existing.value = edit.value;
      continue;
    }
    // A missing map on the way is made a map (the library would make a list for a year key).
    for (let length = 1; length < path.length; length++) {
      if (document.hasIn(path.slice(0, length))) continue;
      const map = document.createNode({});
      flowStyle(map);
      document.setIn(path.slice(0, length), map);
    }
    const node = document.createNode(edit.value);
    flowStyle(node);
    document.setIn(path, node);
    // An empty map written `{}` that now holds rows of their own goes on lines of its own.
    const parent = document.getIn(path.slice(0, -1), true);
    if (isMap(parent) && parent.flow && (deep(parent) || (isMap(node) && !node.flow))) parent.flow = false;
  }
  const after = document.toString(options);
  if (after === before) return text;
  const original = text.split("\n");
  const restated = before.split("\n");
  // Without a line-for-line restatement (it does not happen with the data files), the library's text as a whole.
  if (original.length !== restated.length) return after;
  const lines: string[] = [];
  let at = 0;
  for (const part of diffArrays(restated, after.split("\n"))) {
    if (part.added) lines.push(...part.value);
    else {
      if (!part.removed) lines.push(...original.slice(at, at + part.count!));
      at += part.count!;
    }
  }
  return lines.join("\n");
}
