// Lines found by the second js-yaml reading (src/data/yaml-lines.ts) against the `yaml` library's
// syntax tree, the reference: for every path of every value in generated data files and in the
// edge cases below (and one past each list's end, and a key not there), the same line, or no index.
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { yamlLines } from "../src/data/yaml-lines.ts";
import { parseYamlSource } from "../src/data/yaml-source.ts";
import { generateSite } from "../src/synthetic/index.ts";

/** The reference: the yaml library's node at the path, or its nearest parent, and that node's first line. */
function referenceLineOf(text: string): (path: readonly PropertyKey[]) => number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return (path) => {
    let node: unknown = document.contents;
    let line = lineCounter.linePos((node as Node).range![0]).line;
    for (const key of path) {
      if (isMap(node)) node = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key))?.value;
      else if (isSeq(node) && typeof key === "number") node = node.items[key];
      else node = undefined;
      const range = (node as Node | undefined)?.range;
      if (!range) break;
      line = lineCounter.linePos(range[0]).line;
    }
    return line;
  };
}

function everyPath(value: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(path, [...path, "saknas"]);
  if (Array.isArray(value)) {
    out.push([...path, value.length]);
    for (const [index, item] of value.entries()) everyPath(item, [...path, index], out);
  } else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) everyPath(item, [...path, key], out);
  return out;
}

/** Each path's line by both; the paths whose lines differ. */
function differences(text: string): string[] {
  const lines = yamlLines(text);
  if (!lines) return ["no index"];
  const reference = referenceLineOf(text);
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const value = parseDocument(text).toJS();
  return everyPath(value)
    .filter((path) => reference(path) !== lineOf(lines.offsetOf(path)))
    .map((path) => `${JSON.stringify(path)}: ${reference(path)} ≠ ${lineOf(lines.offsetOf(path))}`);
}

describe("yamlLines", () => {
  it("gives the syntax tree's line for every path of generated data files", () => {
    const { files } = generateSite(2, { seed: "lines", years: 2, protokoll: true, uppfoljning: true });
    const yamlFiles = [...files].filter(([path]) => path.endsWith(".yaml"));
    expect(yamlFiles.length).toBeGreaterThan(10);
    for (const [path, text] of yamlFiles) expect(differences(text), path).toEqual([]);
  });

  it("follows empty values, comments, block texts, flow collections, quoted keys and CRLF", () => {
    const cases = [
      "a:\nb: 1",
      "a:\n\nb:\n  c:\n  d: 2",
      "a: # a comment\n  # more\n  b: 1",
      "a: |\n  x\n  y\nb: >-\n  z\n",
      "'q k': 1\n\"r\": [1,\n  2]\n",
      "a:\n- 1\n- 2\n",
      "a: [x, {y: 1}, [z]]\nm:\n  - { name: F, kind: s }\n",
      "- - 1\n  - 2\n- 3",
      "a:   \n    - b\n",
      "a: 'x\n  y'\nb: c",
      "a: x#y\nb: 2",
      "\ufeff# c\na: 1",
      "a: 1\r\nb:\r\n  c: 2\r\n",
      "a: [ ]\nb: { }\nc: ''",
      "2025: 1\n2024:\n  - 3\n",
    ];
    for (const text of cases) expect(differences(text), JSON.stringify(text)).toEqual([]);
  });

  it("gives no index where js-yaml's nodes do not follow the values, and the syntax tree is used", () => {
    const text = "a:\n  -\n  - x\nb: 1\n";
    expect(yamlLines(text)).toBeUndefined();
    const { source } = parseYamlSource("f.yaml", text);
    expect(source!.lineOf(["a", 1])).toBe(3);
    expect(source!.lineOf(["b"])).toBe(4);
  });
});
