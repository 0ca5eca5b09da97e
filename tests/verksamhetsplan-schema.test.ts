import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { forbundSchema, verksamhetsplanSchema } from "../src/schemas/index.ts";
import { resultatmalSchema } from "../src/schemas/verksamhetsplan-mal.ts";
import { seedFile } from "./helpers/seeds.ts";

const read = (file: string) => parse(readFileSync(file, "utf8"));
const plans = ["jamtland/2025/verksamhetsplan.yaml", "jamtland/2026/verksamhetsplan.yaml", "solleftea/2026/verksamhetsplan.yaml"].map(seedFile);

/** The issues of an invalid value as "path: message" lines. */
function issues(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const minimal = () => ({
  title: "Verksamhetsplan och budget 2026–2027",
  unit: "kr",
  decided: "2025-11-20",
  period: { from: 2026, to: 2027 },
  budget: {
    years: [2026, 2027],
    medlemsbidrag: { 2026: 1000, 2027: 1000 },
    intakter: {
      label: "Intäkter",
      rows: [
        { label: "Staten", contribution: ["state"] },
        { label: "Övriga", contribution: ["region", "municipality"] },
      ],
    },
    kostnader: { label: "Kostnader", rows: [{ label: "Kansli", amounts: { 2026: -900, 2027: -1100 } }] },
  },
  eget_kapital: { balance: { at: "start", year: 2026, amount: 300 }, recommended_share: "1/5" },
});

describe("verksamhetsplan schema", () => {
  it.each(plans)("accepts %s", (file) => {
    const result = verksamhetsplanSchema.safeParse(read(file));
    if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
    expect(result.success).toBe(true);
  });

  it("accepts a minimal plan and fills in defaults", () => {
    const plan = verksamhetsplanSchema.parse(minimal());
    expect(plan.rounding).toBe(1);
    expect(plan.insatser).toEqual([]);
    expect(plan.eget_kapital.recommended_share).toBeCloseTo(0.2);
    expect(plan.eget_kapital.show).toEqual(["closing"]);
  });

  it("reads shares of a post such as 250 % and 10 %", () => {
    const plan = minimal() as Record<string, unknown>;
    plan.insatser = [
      {
        id: "a",
        name: "A",
        group: "G",
        functions: [
          { title: "Koordinator", fte: "250%" },
          { title: "Samordnare", fte: "10 %" },
          { title: "X", fte: 0.4 },
        ],
      },
    ];
    const parsed = verksamhetsplanSchema.parse(plan);
    expect(parsed.insatser[0]!.functions.map((f) => f.fte)).toEqual([2.5, 0.1, 0.4]);
  });

  it("names a missing year, an unknown insats and a line that is both a leaf and a group", () => {
    const plan = minimal();
    plan.budget.kostnader.rows = [
      { label: "Kansli", amounts: { 2026: -900 } } as never,
      { label: "Okänd", insats: "finns-inte" } as never,
      { label: "Båda", amounts: { 2026: 1, 2027: 1 }, rows: [{ label: "x", amounts: { 2026: 1, 2027: 1 } }] } as never,
    ];
    const found = issues(verksamhetsplanSchema, plan);
    expect(found).toContain('budget.kostnader.rows.0.amounts: väntade ett värde för 2027 (skriv "-" för en tom cell), fann inget');
    expect(found).toContain("budget.kostnader.rows.1.insats: väntade id:t för en insats i insatser, fann finns-inte");
    expect(
      found.some((line) =>
        line.startsWith("budget.kostnader.rows.2: väntade exakt ett av amounts (eller insats), contribution och rows, fann amounts/insats och rows"),
      ),
    ).toBe(true);
  });

  it("rejects a bad month, a bad share of a post and an unknown party kind", () => {
    const plan = minimal() as Record<string, unknown>;
    plan.insatser = [{ id: "a", name: "A", group: "G", period: { from: "2026-13", to: "2026-12" }, functions: [{ title: "X", fte: "mycket" }] }];
    (plan.budget as { intakter: { rows: unknown[] } }).intakter.rows[0] = { label: "Staten", contribution: ["stat"] };
    const found = issues(verksamhetsplanSchema, plan).join("\n");
    expect(found).toContain("insatser.0.period.from: väntade en månad skriven ÅÅÅÅ-MM");
    expect(found).toContain('insatser.0.functions.0.fte: väntade en andel av en heltidstjänst, t.ex. "40 %" eller 0.4');
    expect(found).toContain("budget.intakter.rows.0.contribution.0: väntade state");
  });
});

describe("resultatmål schema (read by the årsredovisning)", () => {
  const goals = (ids: (string | undefined)[]) => ({
    year: 2026,
    levels: [
      {
        label: "Individnivå",
        ambitions: [
          {
            text: "A",
            goals: ids.map((id) => ({ id, text: "Minst 85 %", source: "indikatorenkat", target: { comparator: "at_least", value: 85, unit: "percent" } })),
          },
        ],
      },
    ],
  });

  it("keeps target, source and id of each goal", () => {
    const plan = verksamhetsplanSchema.parse(read(seedFile("jamtland/2026/verksamhetsplan.yaml")));
    const all = plan.resultatmal!.levels.flatMap((l) => l.ambitions.flatMap((a) => a.goals));
    expect(all).toHaveLength(11);
    expect(all[0]).toMatchObject({ id: "deltagare-inflytande", source: "indikatorenkat", target: { comparator: "at_least", value: 85, unit: "percent" } });
    expect(all.find((g) => g.id === "eget-kapital")!.target).toMatchObject({
      comparator: "at_most",
      value: 20,
      measure: "eget_kapital_andel_av_medlemsbidrag",
    });
  });

  it("requires a unique id on every goal of the plan", () => {
    expect(issues(resultatmalSchema, goals(["a", "a"]))).toContain("levels.0.ambitions.0.goals.1.id: väntade ett unikt id, fann a två gånger");
    expect(issues(resultatmalSchema, goals([undefined]))[0]).toMatch(/väntade ett id/);
  });

  it("rejects an unknown comparator", () => {
    const bad = goals(["a"]);
    (bad.levels[0]!.ambitions[0]!.goals[0]!.target as { comparator: string }).comparator = "ungefär";
    expect(issues(resultatmalSchema, bad)[0]).toMatch(/comparator: väntade at_least/);
  });
});

describe("förbund ownership", () => {
  it("accepts Sollefteå's four members at 25 % each and Jämtland without ownership", () => {
    expect(forbundSchema.parse(read(seedFile("solleftea/forbund.yaml"))).members.map((m) => m.ownership)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(forbundSchema.safeParse(read(seedFile("jamtland/forbund.yaml"))).success).toBe(true);
  });

  it("requires ownership for all members or none, adding up to 1", () => {
    const forbund = read(seedFile("solleftea/forbund.yaml"));
    forbund.members[0].ownership = "1/2";
    expect(issues(forbundSchema, forbund)).toContain("members: väntade ägarandelar som tillsammans är 1, fann 1.25");
    delete forbund.members[0].ownership;
    expect(issues(forbundSchema, forbund)).toContain("members: väntade en ägarandel för varje medlem eller ingen, fann 3 av 4");
  });
});
