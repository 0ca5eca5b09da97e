// The fast reader of values (src/data/yaml-fast.ts) against the `yaml` library, the reference: it
// gives the same values, or leaves the file to the `yaml` library, never a value of its own.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readYamlValues } from "../src/data/yaml-fast.ts";
import { parseYamlSource } from "../src/data/yaml-source.ts";

const reference = (text: string) => parseDocument(text, { prettyErrors: false }).toJS({ maxAliasCount: 100 });

describe("readYamlValues", () => {
  it("reads scalars as the yaml library's YAML 1.2 core schema does", () => {
    const cases: [string, unknown][] = [
      ["a: 1_000", "1_000"],
      ["a: 0b101", "0b101"],
      ["a: 2026-03-13", "2026-03-13"],
      ["a: 0o17", 15],
      ["a: 0x1F", 31],
      ["a: -0x1F", "-0x1F"],
      ["a: 012", 12],
      ["a: .inf", Number.POSITIVE_INFINITY],
      ["a: .NaN", Number.NaN],
      ["a: ~", null],
      ["a:", null],
      ["a: True", true],
      ["a: yes", "yes"],
      ["a: 1e3", 1000],
      ["a: 1.50", 1.5],
      ["a: -0", -0],
      ["a: +12", 12],
      ["a: 12:30", "12:30"],
      ["a: '1'", "1"],
    ];
    for (const [text, value] of cases) {
      expect(readYamlValues(text)?.value, text).toEqual({ a: value });
      expect(reference(text), text).toEqual({ a: value });
    }
  });

  it("gives the yaml library's values for keys, texts and collections", () => {
    const cases = [
      "2025: x\n2026: y",
      "1.0: a\ntrue: b",
      "a: 'it''s'",
      'a: "tab\\there \\u00e9"',
      "a: |\n  x\n  y\n",
      "a: >-\n  x\n  y\n\n  z\n",
      "a: |+\n  x\n\n",
      "a: >\n  one\n   two\n  three\n",
      "a: [1, 2, {b: c}]\nd: {e: 1, f: [x]}",
      "- a\n- b: 1\n  c: 2",
      "a: x # c\nb: y\n# only a comment\n",
      "\ufeffa: 1",
      "a: 1\r\nb: 2\r\n",
      "a: 'x\n  y'\nb: x\n  y",
      "%YAML 1.2\n---\na: 1",
      "a: 9007199254740993",
      "a: !!str 5\nb: !!int 7",
    ];
    for (const text of cases) {
      const fast = readYamlValues(text);
      expect(fast, text).toBeDefined();
      expect(isDeepStrictEqual(fast!.value, reference(text)), text).toBe(true);
    }
  });

  it("leaves to the yaml library what js-yaml refuses, anchors, unusual keys and empty files", () => {
    const cases = [
      "a: &x 1\nb: *x",
      "a: !!float 5",
      "a: !foo 5",
      "a: 1\na: 2",
      "a: [1\nb: 2",
      "a: b: c",
      "---\na: 1\n---\nb: 2",
      "a:\n\t- 1",
      "? [a]\n: 1",
      "null: a",
      "~: b",
      "{: x}",
      "",
      "# nothing\n",
    ];
    for (const text of cases) expect(readYamlValues(text), JSON.stringify(text)).toBeUndefined();
  });
});

describe("parseYamlSource with the fast reader", () => {
  it("finds lines as the syntax tree says, made when first asked for", () => {
    const text = "forbund: x\nkostnader:\n  # a comment\n  rows:\n    - id: a\n      utfall: 5\n    - id: b\n      utfall: 7\n";
    const { source, problems } = parseYamlSource("f.yaml", text);
    expect(problems).toEqual([]);
    expect(source!.value).toEqual({
      forbund: "x",
      kostnader: {
        rows: [
          { id: "a", utfall: 5 },
          { id: "b", utfall: 7 },
        ],
      },
    });
    expect(source!.lineOf(["kostnader"])).toBe(4);
    expect(source!.lineOf(["kostnader", "rows", 1, "utfall"])).toBe(8);
    expect(source!.lineOf(["kostnader", "rows", 5])).toBe(5);
    expect(source!.valueAt(["kostnader", "rows", 0])).toEqual({ found: true, value: { id: "a", utfall: 5 } });
  });

  it("still reports what only the yaml library reads: a tag, a duplicate key, too many aliases", () => {
    expect(parseYamlSource("f.yaml", "a: 1\nb: !!js/function x\n").problems[0]).toMatchObject({ line: 2, message: expect.stringContaining("okänd YAML-tagg") });
    expect(parseYamlSource("f.yaml", "a: 1\na: 2\n").problems[0]).toMatchObject({ line: 2, message: expect.stringContaining("ogiltig YAML") });
    const laughs = ["a: &a [x, x]", ...Array.from({ length: 8 }, (_, i) => `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [*${"abcdefgh"[i]}, *${"abcdefgh"[i]}]`)].join(
      "\n",
    );
    expect(parseYamlSource("f.yaml", laughs).problems[0]?.message).toContain("för många alias");
  });
});
