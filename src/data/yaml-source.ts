// Parses a YAML file, and keeps what it takes to turn a field path back into a line: a noting
// js-yaml reading or the `yaml` library's syntax tree, each made only when a line is asked for.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import type { Problem } from "./problem.ts";
import { readYamlValues } from "./yaml-fast.ts";
import { type YamlLines, yamlLines } from "./yaml-lines.ts";

export interface YamlSource {
  file: string;
  value: unknown;
  /** The line (1-based) where the value at `path` is written, or its nearest written parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The value as written at `path`, and whether it is written at all. */
  valueAt(path: readonly PropertyKey[]): { found: boolean; value?: unknown };
  /**
   * A text at `path` as the file writes it: the line of its first line, and its lines without a
   * block scalar's `|`/`>` header and indentation (a folded text keeps the file's line breaks), so
   * a rule can point at a line inside the text. Undefined when the path holds no written text.
   */
  textAt?(path: readonly PropertyKey[]): { line: number; lines: string[] } | undefined;
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

/** Larger than this, a number in the data cannot be an amount, a count or a year, and sums of it lose precision. */
export const LARGEST_NUMBER = 1e12;

/** Numbers written in the file that cannot be read exactly (or are beyond any amount), as problems. */
function numberProblems(document: ReturnType<typeof parseDocument>, file: string, lineOf: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== "number" || !node.range) return;
      const written = (node.source ?? String(node.value)).trim();
      if (!Number.isFinite(node.value) || Math.abs(node.value) > LARGEST_NUMBER) {
        problems.push({ file, line: lineOf(node.range[0]), path: "", message: `talet ${written} är för stort: väntade ett tal mindre än 10^12` });
      } else if (/^[-+]?\d+$/.test(written) && !Number.isSafeInteger(Number(written))) {
        problems.push({ file, line: lineOf(node.range[0]), path: "", message: `talet ${written} kan inte läsas exakt` });
      }
    },
  });
  return problems;
}

/** A number (or a key written as one) that is not finite or beyond LARGEST_NUMBER, anywhere in the values. */
function hasLargeNumber(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value) || Math.abs(value) > LARGEST_NUMBER;
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(hasLargeNumber);
  return Object.entries(value).some(([key, item]) => (numericKey.test(key) && hasLargeNumber(Number(key))) || hasLargeNumber(item));
}
const numericKey = /^[-+]?(\d[\d.]*(e[-+]?\d+)?|\.inf|\.nan)$/i;

export function parseYamlSource(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  // Most files are read by js-yaml (./yaml-fast.ts), and their syntax tree made only if a line is
  // asked for (a finding or a problem in that file). A file it cannot read, or whose values hold a
  // number too large (whose line is the problem's), is read by the `yaml` library at once.
  const fast = readYamlValues(text);
  if (fast && !hasLargeNumber(fast.value)) {
    let tree: ReturnType<typeof syntaxTree> | undefined;
    return { source: yamlSource(file, text, fast.value, () => (tree ??= syntaxTree(text)), notedLineOf(text)), problems: [] };
  }
  const tree = syntaxTree(text);
  const { document, lineOfOffset } = tree;
  const problems: Problem[] = [
    ...document.errors.map((error) => ({ file, line: lineOfOffset(error.pos[0]), path: "", message: `ogiltig YAML: ${error.message.split("\n")[0]}` })),
    // An unknown tag (!!js/function …) would be read as plain text: it is refused instead.
    ...document.warnings.map((warning) => {
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1];
      const message = tag
        ? `okänd YAML-tagg ${tag}: data skrivs som text, tal, listor och fält, utan taggar`
        : `ogiltig YAML: ${warning.message.split("\n")[0]}`;
      return { file, line: lineOfOffset(warning.pos[0]), path: "", message };
    }),
  ];
  if (problems.length > 0) return { problems };
  if (document.contents === null) return { problems: [{ file, line: 1, path: "", message: "filen är tom: väntade fält med värden" }] };

  let value: unknown;
  try {
    // Aliases are expanded at most 100 times: a file of nested aliases ("billion laughs") is refused.
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const message = /alias/i.test(text) ? "för många alias (*namn): filen skulle växa utan gräns när de fylls i" : `ogiltig YAML: ${text}`;
    return { problems: [{ file, line: 1, path: "", message }] };
  }
  // The syntax tree is walked for where a number is written only when the values hold one too large
  // (an unsafe integer is one): a walk of every file was 3 % of loading a national data set.
  if (hasLargeNumber(value)) {
    problems.push(...numberProblems(document, file, lineOfOffset));
    if (problems.length > 0) return { problems };
  }
  return { source: yamlSource(file, text, value, () => tree), problems };
}

/**
 * Lines found by a second, noting reading of js-yaml (./yaml-lines.ts), made when first asked for;
 * undefined for a path where that reading does not follow the file (the syntax tree answers then).
 */
function notedLineOf(text: string): (path: readonly PropertyKey[]) => number | undefined {
  let lines: { index: YamlLines; lineOfOffset: (offset: number) => number } | null | undefined;
  return (path) => {
    if (lines === undefined) {
      const index = yamlLines(text);
      lines = index ? { index, lineOfOffset: lineCounterOf(text) } : null;
    }
    return lines ? lines.lineOfOffset(lines.index.offsetOf(path)) : undefined;
  };
}

/** The line (1-based) of an offset in a text. */
function lineCounterOf(text: string): (offset: number) => number {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) counter.addNewLine(at + 1);
  return (offset) => counter.linePos(offset).line;
}

/** The `yaml` library's syntax tree of a text, with its line counter. */
function syntaxTree(text: string) {
  const lineCounter = new LineCounter();
  // Without the CST tokens (keepSourceTokens): nothing reads them, and kept for every file they were
  // over half of what a loaded data folder holds (about 195 of 330 MB at 160 förbund, issue 17).
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  return { document, lineCounter, lineOfOffset: (offset: number) => lineCounter.linePos(offset).line };
}

/** A read file: its values, and where a path is written, from its syntax tree (made when first asked for) unless `noted` knows the line. */
function yamlSource(
  file: string,
  text: string,
  value: unknown,
  tree: () => ReturnType<typeof syntaxTree>,
  noted: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): YamlSource {
  const lineAt = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? tree().lineOfOffset(range[0]) : undefined;
  };
  return {
    file,
    value,
    lineOf: (path) => noted(path) ?? lineAt(walk(tree().document.contents, path).deepest) ?? 1,
    valueAt: (path) => {
      const { node } = walk(tree().document.contents, path);
      if (node === undefined) return { found: false };
      return { found: true, value: isScalar(node) ? node.value : (node as Node).toJSON() };
    },
    textAt: (path) => {
      const { node } = walk(tree().document.contents, path);
      if (!isScalar(node) || typeof node.value !== "string" || !node.range) return undefined;
      const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
      const raw = text.slice(node.range[0], node.range[1]);
      const lines = (block ? raw.slice(raw.indexOf("\n") + 1) : raw).replace(/\s+$/, "").split("\n");
      const indent = (line: string) => /^ */.exec(line)![0].length;
      const common = Math.min(...lines.filter((line) => line.trim()).map(indent));
      return { line: tree().lineOfOffset(node.range[0]) + (block ? 1 : 0), lines: lines.map((line) => line.slice(Math.min(common, indent(line)))) };
    },
  };
}
