// The årsredovisning's data model: the real file validates, and wrong data is named by its path.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DataError } from "../src/data/problem.ts";
import { arsredovisningSchema } from "../src/schemas/index.ts";
import { copyOfData } from "./helpers/build.ts";
import { loadAll, seedFile } from "./helpers/seeds.ts";

const real = parse(readFileSync(seedFile("jamtland/2025/arsredovisning.yaml"), "utf8"));

function issues(data: unknown): string[] {
  const result = arsredovisningSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("årsredovisning schema", () => {
  it("accepts the Jämtland 2025 data", () => {
    expect(issues(real)).toEqual([]);
  });

  it("accepts a report with only a decision date: every section is optional", () => {
    expect(issues({ decided: "2026-03-13" })).toEqual([]);
  });

  it("rejects a count that is not a whole number, naming the field", () => {
    const data = structuredClone(real);
    data.participants.years[2025].ended.women = 7.5;
    expect(issues(data)).toEqual(['participants.years.2025.ended.women: väntade ett antal eller "-" för en tom cell']);
  });

  it("rejects a goal with neither a plan goal nor its own text and target", () => {
    const data = structuredClone(real);
    data.goals[0].goals[0] = { source: "survey", results: [{ survey: "inflytande" }] };
    expect(issues(data)).toEqual(["goals.0.goals.0: väntade plan_goal (ett mål-id i verksamhetsplanen) eller text och target"]);
  });

  it("rejects a goal result that names two sources", () => {
    const data = structuredClone(real);
    data.goals[1].goals[0].results[0] = { path: "exit.work_study.total.share", value: 0.35 };
    expect(issues(data)).toEqual(["goals.1.goals.0.results.0: väntade exakt ett av survey, path och value"]);
  });

  it("rejects an unknown field and a statement line referring to a bad line id", () => {
    const data = structuredClone(real);
    data.participants.years[2025].enrolled.others = 3;
    data.kassaflodesanalys.entries[0].from = "resultatrakning.Årets resultat";
    const paths = issues(data).map((line) => line.split(":")[0]);
    expect(paths).toContain("participants.years.2025.enrolled");
    expect(paths.some((path) => path?.startsWith("kassaflodesanalys.entries.0"))).toBe(true);
  });

  it("reports a data error as file:line path: message through the loader", () => {
    const dir = copyOfData();
    const file = join(dir, "jamtland/2025/arsredovisning.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("ended: { total: 142, women: 73, men: 69 }", "ended: { total: 142, women: many, men: 69 }"));
    let error: unknown;
    try {
      loadAll(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    expect(String((error as Error).message)).toMatch(
      /arsredovisning\.yaml:\d+ participants\.years\.2025\.ended\.women: väntade ett antal eller "-" för en tom cell/,
    );
  });
});
