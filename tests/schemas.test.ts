import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { driftsredovisningSchema, forbundSchema } from "../src/schemas/index.ts";
import { seedFile, standaloneDrifts } from "./helpers/seeds.ts";

const forbund = parse(readFileSync(seedFile("jamtland/forbund.yaml"), "utf8"));
const drift = parse(readFileSync(standaloneDrifts, "utf8"));

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("forbund schema", () => {
  it("accepts the Jämtland data and reads fractions as shares", () => {
    const result = forbundSchema.parse(forbund);
    expect(result.funding_shares).toEqual({ state: 0.5, region: 0.25, municipality: 0.25 });
    expect(result.members.filter((m) => m.kind === "municipality")).toHaveLength(8);
  });

  it("rejects shares that do not add up to 1", () => {
    const result = forbundSchema.safeParse({ ...forbund, funding_shares: { state: "1/2", region: "1/2", municipality: "1/4" } });
    expect(messages(result)).toEqual(["funding_shares: väntade andelar som tillsammans är 1, fann 1.25"]);
  });

  it("rejects an unknown party kind and a förbund without municipalities", () => {
    const members = [
      { name: "Arbetsförmedlingen", kind: "state" },
      { name: "Region X", kind: "region" },
      { name: "X kommun", kind: "kommun" },
    ];
    const result = forbundSchema.safeParse({ ...forbund, members });
    expect(messages(result)).toContain("members.2.kind: väntade state (Arbetsförmedlingen, Försäkringskassan), region eller municipality");
  });

  it("rejects unknown fields and a unit other than kr or tkr", () => {
    const result = forbundSchema.safeParse({ ...forbund, unit: "mkr", shortname: "J" });
    expect(result.success).toBe(false);
    expect(messages(result).some((m) => m.startsWith("unit:"))).toBe(true);
    expect(result.error!.issues.some((issue) => issue.code === "unrecognized_keys")).toBe(true);
  });
});

describe("driftsredovisning schema", () => {
  it("accepts the seed's data and keeps '-' as an explicit empty value, not 0", () => {
    const result = driftsredovisningSchema.parse(drift);
    expect(result.intakter.rows[1]!.utfall).toEqual({ "2025": null, "2024": 422 });
    expect(result.years).toEqual([2025, 2024]);
  });

  it("rejects text where an amount belongs", () => {
    const copy = structuredClone(drift);
    copy.kostnader.rows[0].utfall[2025] = "4 447";
    expect(messages(driftsredovisningSchema.safeParse(copy))).toEqual(['kostnader.rows.0.utfall.2025: väntade ett belopp (ett tal) eller "-" för en tom cell']);
  });

  it("leaves a year's value out to the chain of years (an adopted document without it stops the build, see the bad-input corpus)", () => {
    const copy = structuredClone(drift);
    delete copy.intakter.rows[0].budget[2024];
    expect(driftsredovisningSchema.safeParse(copy).success).toBe(true);
  });

  it("rejects an impossible decision date", () => {
    expect(messages(driftsredovisningSchema.safeParse({ ...drift, decided: "2026-02-30" }))).toEqual(["decided: väntade ett datum som finns i kalendern"]);
  });
});
