// Numbers the data cannot hold (not finite, beyond 10^12, not exact) are refused at the line they are
// written on, wherever they are — a value, a list item, a key — though the file's syntax tree is
// walked for them only when the values hold one.
import { describe, expect, it } from "vitest";
import { parseYamlSource } from "../src/data/yaml-source.ts";

const problems = (text: string) => parseYamlSource("x.yaml", text).problems.map((p) => `${p.line}: ${p.message}`);

describe("numbers too large for the data", () => {
  it("names each at its line: a value, a list item, an infinity, a key written as a number", () => {
    expect(problems("a: 1\nb: [1, 2e13]\n")).toEqual(["2: talet 2e13 är för stort: väntade ett tal mindre än 10^12"]);
    expect(problems("a:\n  b: .inf\n")).toEqual(["2: talet .inf är för stort: väntade ett tal mindre än 10^12"]);
    expect(problems("a:\n  b: 1\n  99999999999999999: 2\n")).toEqual(["3: talet 99999999999999999 är för stort: väntade ett tal mindre än 10^12"]);
  });

  it("takes amounts up to 10^12 and year keys as they are", () => {
    const { source, problems: found } = parseYamlSource("x.yaml", "utfall:\n  2025: 1000000000000\n  2024: -4447\n");
    expect(found).toEqual([]);
    expect(source?.value).toEqual({ utfall: { 2025: 1e12, 2024: -4447 } });
  });
});
