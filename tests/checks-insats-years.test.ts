// Rule insats-ar: a budget row gives an insats amounts only in the years it is funded.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../src/model/site.ts";
import { copyOfData } from "./helpers/build.ts";

const PLAN = "solleftea/2026/verksamhetsplan.yaml";
const ROW = "- { label: Steget vidare, insats: steget-vidare, amounts: { 2026: -1360000, 2027: -1360000, 2028: 0 } }";

async function findingsWith(row: string) {
  const data = copyOfData();
  const file = join(data, PLAN);
  const text = readFileSync(file, "utf8");
  expect(text).toContain(ROW);
  writeFileSync(file, text.replace(ROW, row));
  return (await loadSite(data, { charts: false })).findings.filter((f) => f.rule === "insats-ar");
}

describe("a budget row for an insats in a year outside its funding (insats-ar)", () => {
  it("passes amounts within the insats' period, and 0 outside it", async () => {
    expect(await findingsWith(ROW)).toEqual([]);
  });

  it("is a fel at the amount for a year after the period ends", async () => {
    const found = await findingsWith(ROW.replace("2028: 0", "2028: -1360000"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "fel", stated: -1360000, computed: 0 });
    expect(found[0]!.path).toMatch(/^budget\.kostnader\.rows\.\d+\.rows\.1\.amounts\.2028$/);
    expect(found[0]!.file).toMatch(/solleftea\/2026\/verksamhetsplan\.yaml$/);
    expect(found[0]!.message).toBe("Steget Vidare 2028: budgetraden har ett belopp ett år då insatsen inte finansieras (2026-01–2027-12)");
  });
});
