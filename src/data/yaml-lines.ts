// Where each value of a YAML file is written, found by a second js-yaml reading (./yaml-fast.ts)
// that notes where each node starts: the offset the `yaml` library's syntax tree gives as the node's
// range start, at about a tenth of its cost. Made only for a file a finding or a problem points
// into (at 80 förbund × 5 years, 661 of 1 280 files). Anything it does not follow gives undefined,
// and the `yaml` library's tree is made instead (./yaml-source.ts).
import jsYaml from "js-yaml";
import { yamlValueSchema } from "./yaml-fast.ts";

/** Where each entry of a list or a map is written: its offset in the text, by index or by key. */
type Starts = Map<string, number>;

export interface YamlLines {
  /** The offset where the value at `path` is written, or where its nearest written parent is (the `yaml` library's walk). */
  offsetOf(path: readonly PropertyKey[]): number;
}

interface OpenNode {
  open: number;
  children: { value: unknown; start: number }[];
}

/** The offset of what follows `from`: spaces, line breaks and comments skipped. */
function contentStart(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const ch = text[at];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\ufeff") at++;
    else if (ch === "#" && (at === 0 || /[\s]/.test(text[at - 1]!))) {
      while (at < text.length && text[at] !== "\n") at++;
    } else break;
  }
  return at;
}

export function yamlLines(text: string): YamlLines | undefined {
  const stack: OpenNode[] = [];
  const starts = new WeakMap<object, Starts>();
  let root: { value: unknown; start: number } | undefined;
  let consistent = true;
  try {
    jsYaml.load(text, {
      schema: yamlValueSchema,
      listener(event, state) {
        const { position, result, kind } = state as unknown as { position: number; result: unknown; kind: string | null };
        if (event === "open") {
          stack.push({ open: position, children: [] });
          return;
        }
        const node = stack.pop()!;
        const begins = contentStart(text, node.open);
        // An empty node (`a:` with nothing after it) is where its key's colon is, as in the yaml library.
        const start = begins >= position ? node.open : begins;
        // js-yaml reads a list item or a map value once as a possible key, then as itself: the
        // outer node of the two has the inner one as its only child, with the same value.
        if ((kind === "mapping" || kind === "sequence") && !starts.has(result as object)) {
          const own = mapChildren(kind, result, node.children);
          if (own) starts.set(result as object, own);
          else consistent = false;
        }
        const record = { value: result, start };
        if (stack.length) stack.at(-1)!.children.push(record);
        else root = record;
      },
    });
  } catch {
    return undefined;
  }
  if (!consistent || !root) return undefined;
  const top = root;
  return {
    offsetOf(path) {
      let value = top.value;
      let offset = top.start;
      for (const key of path) {
        const own = value !== null && typeof value === "object" ? starts.get(value) : undefined;
        // A list is walked by number only (a Zod path's index); a map's keys are compared as text.
        if (own === undefined || (Array.isArray(value) && typeof key !== "number")) break;
        const at = own.get(String(key));
        if (at === undefined) break;
        offset = at;
        value = (value as Record<string, unknown>)[String(key)];
      }
      return offset;
    },
  };
}

/** A map's children come as key, value, key, value; a list's as its items. Anything else is not followed. */
function mapChildren(kind: string, result: unknown, children: OpenNode["children"]): Starts | undefined {
  const own: Starts = new Map();
  if (kind === "sequence") {
    if (!Array.isArray(result) || result.length !== children.length) return undefined;
    for (const [index, child] of children.entries()) own.set(String(index), child.start);
    return own;
  }
  if (result === null || typeof result !== "object" || children.length % 2 !== 0) return undefined;
  for (let i = 0; i < children.length; i += 2) own.set(String(children[i]!.value), children[i + 1]!.start);
  return own.size === Object.keys(result).length ? own : undefined;
}
