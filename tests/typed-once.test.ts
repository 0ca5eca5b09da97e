// The examples type no number twice (./helpers/typed-twice.ts says what that means), and a figure
// typed twice is found — in each of the four ways.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, temporaryDir } from "./helpers/build.ts";
import { typedTwice } from "./helpers/typed-twice.ts";

function copyOfData(): string {
  const dir = join(temporaryDir("finsam-twice-"), "data");
  cpSync(join(projectRoot, "data"), dir, { recursive: true });
  return dir;
}
const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
};

describe("no number typed twice", () => {
  it("holds for the examples in data/", () => {
    expect(typedTwice(join(projectRoot, "data"))).toEqual([]);
  });

  it("finds a budget typed in the driftsredovisning that the year's plan holds", () => {
    const data = copyOfData();
    edit(join(data, "jamtland/2025/driftsredovisning.yaml"), "budget: { 2024: 8062 }", "budget: { 2025: 8228, 2024: 8062 }");
    expect(typedTwice(data)).toEqual([
      { file: "jamtland/2025/driftsredovisning.yaml", path: "intakter.rows.0.budget.2025", heldBy: "jamtland/2025/verksamhetsplan.yaml" },
    ]);
  });

  it("finds a statement line read from the driftsredovisning that writes values too", () => {
    const data = copyOfData();
    edit(
      join(data, "jamtland/2025/arsredovisning.yaml"),
      "driftsredovisning: intakter, stated:",
      "driftsredovisning: intakter, values: { 2025: 8227 }, stated:",
    );
    expect(typedTwice(data)).toEqual([
      { file: "jamtland/2025/arsredovisning.yaml", path: "resultatrakning.entries.0.values", heldBy: "jamtland/2025/driftsredovisning.yaml" },
    ]);
  });

  it("finds the next year's budget written in the report when that year's plan holds it", () => {
    const data = copyOfData();
    edit(join(data, "jamtland/2025/arsredovisning.yaml"), "next_year: { year: 2026 }", "next_year: { year: 2026, intakter: 8242 }");
    expect(typedTwice(data)).toEqual([
      { file: "jamtland/2025/arsredovisning.yaml", path: "economy.next_year.intakter", heldBy: "jamtland/2026/verksamhetsplan.yaml" },
    ]);
  });

  it("finds an earlier year's figure that the earlier year's file holds", () => {
    const data = copyOfData();
    cpSync(join(data, "jamtland/2025/driftsredovisning.yaml"), join(data, "jamtland/2026/driftsredovisning.yaml"));
    const found = typedTwice(data).filter((f) => f.file === "jamtland/2026/driftsredovisning.yaml");
    expect(found).toContainEqual({
      file: "jamtland/2026/driftsredovisning.yaml",
      path: "intakter.rows.0.utfall.2025",
      heldBy: "jamtland/2025/driftsredovisning.yaml",
    });
  });
});
