import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError, formatProblem } from "../src/data/problem.ts";
import { copyOfData } from "./helpers/build.ts";
import { loadAll } from "./helpers/seeds.ts";

function problemsOf(dataDir: string): string[] {
  try {
    loadAll(dataDir);
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe("loading data", () => {
  it("loads the embedded examples without problems", () => {
    expect(problemsOf("data")).toEqual([]);
  });

  it("names file, line, field path, what was expected and what was found", () => {
    const data = copyOfData();
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    edit(file, "utfall: { 2025: -4447, 2024: -6134 }", 'utfall: { 2025: "4 447 tkr", 2024: -6134 }');
    const line =
      readFileSync(file, "utf8")
        .split("\n")
        .findIndex((l) => l.includes("4 447 tkr")) + 1;
    expect(problemsOf(data)).toEqual([
      `${relative(process.cwd(), file)}:${line} kostnader.rows.0.utfall.2025: expected an amount (a number) or "-" for an empty cell, found "4 447 tkr"`,
    ]);
  });

  it("reports every problem of every file at once", () => {
    const data = copyOfData();
    const drift = join(data, "jamtland/2025/driftsredovisning.yaml");
    edit(drift, "label: Personalkostnader", "lable: Personalkostnader");
    edit(drift, "decided: 2026-03-13", "decided: 13 mars 2026");
    edit(join(data, "jamtland/forbund.yaml"), "unit: tkr", "unit: kronor");
    const problems = problemsOf(data);
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/forbund\.yaml:5 unit: .*found "kronor"/);
    expect(problems.join("\n")).toMatch(/driftsredovisning\.yaml:7 decided: expected a date written as YYYY-MM-DD, found "13 mars 2026"/);
    expect(problems.join("\n")).toMatch(/driftsredovisning\.yaml:\d+ kostnader\.rows\.1\.label: expected a text, found nothing/);
    expect(problems.join("\n")).toMatch(/driftsredovisning\.yaml:\d+ kostnader\.rows\.1\.lable: unknown field/);
  });

  it("gives the line of a YAML syntax error", () => {
    const data = copyOfData();
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    edit(file, "years: [2025, 2024]", "years: [2025, 2024");
    const [problem] = problemsOf(data);
    expect(problem).toMatch(/driftsredovisning\.yaml:\d+: invalid YAML: /);
  });

  it("rejects a file of unknown kind and a förbund without forbund.yaml", () => {
    const data = copyOfData();
    writeFileSync(join(data, "jamtland/2025/budgett.yaml"), "a: 1\n");
    writeFileSync(join(data, "README.txt"), "not a förbund\n");
    const problems = problemsOf(data);
    expect(problems.some((p) => /budgett\.yaml: unknown kind of file: expected one of driftsredovisning\.yaml/.test(p))).toBe(true);
  });
});
