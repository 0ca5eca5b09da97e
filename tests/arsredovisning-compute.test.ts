// The årsredovisning's computed figures: shares, sums, equity, cash flow, changes and goal statuses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { combine, meetsTarget } from "../src/compute/arsredovisning/goals.ts";
import { type ComputedArsredovisning, computeArsredovisning } from "../src/compute/arsredovisning/index.ts";
import { genderCount } from "../src/compute/arsredovisning/participants.ts";
import { antalAndel } from "../src/eleventy/filters/antal-andel.ts";
import { malText } from "../src/eleventy/filters/mal.ts";
import { formatPercent } from "../src/format/index.ts";
import { arsredovisningSchema, driftsredovisningSchema } from "../src/schemas/index.ts";
import { seedFile, seedSite, standaloneDrifts } from "./helpers/seeds.ts";

const nb = (text: string) => text.replace(/ /g, "\u00a0");

async function jamtland(): Promise<{ computed: ComputedArsredovisning; findings: { rule: string; severity: string; path: string }[] }> {
  const site = await seedSite();
  const doc = site.documentsByKind.arsredovisning!.find((d) => d.forbundSlug === "jamtland" && d.year === 2025)!;
  return { computed: doc.computed as ComputedArsredovisning, findings: site.findings.filter((f) => f.document.startsWith("Årsredovisning 2025")) };
}

describe("årsredovisning figures (Jämtland 2025)", async () => {
  const { computed, findings } = await jamtland();
  const share = (cell: { count: number | null; share: number | null }) => nb(antalAndel(cell));

  it("Tabell 3: counts with their share of the ended participants, as the seed prints them", () => {
    const workStudy = computed.exit!.work_study!;
    expect([share(workStudy.total), share(workStudy.women), share(workStudy.men)]).toEqual(["49 (35 %)", "23 (32 %)", "26 (38 %)"].map(nb));
    const previous = computed.participants!.exitPrevious.other_programme!;
    expect([share(previous.total), share(previous.women), share(previous.men)]).toEqual(["46 (47 %)", "27 (51 %)", "19 (43 %)"].map(nb));
    expect(share(computed.exit!.work!.men)).toBe(nb("21 (30 %)"));
  });

  it("participants: the total counts everyone, not stated is computed, changes against last year", () => {
    expect(computed.current!.enrolled).toMatchObject({ total: 332, women: 160, men: 167, notStated: 5 });
    expect(formatPercent(computed.change!.ended!.total)).toBe(nb("46 %"));
    expect(computed.participants!.history.map((h) => h.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(computed.participants!.highestInHistory).toBe(true);
    expect(formatPercent(computed.participants!.psychiatryShare["2025"])).toBe(nb("30 %"));
    expect(formatPercent(computed.participants!.psychiatryShare["2024"])).toBe(nb("36 %"));
  });

  it("balansräkning, eget kapital and kassaflöde", () => {
    const balans = computed.statements.balansrakning!.byId;
    expect(balans.tillgangar).toEqual({ "2025": 7622, "2024": 7197 });
    expect(balans.summa_skulder).toEqual({ "2025": 7622, "2024": 7198 });
    // Equity at year end = opening + result; the opening of 2025 is the closing of 2024.
    expect(balans.ek_ingaende).toEqual({ "2025": 1737, "2024": 2331 });
    expect(balans.eget_kapital).toEqual({ "2025": 3008, "2024": 1737 });
    expect(computed.statements.kassaflodesanalys!.byId.arets_kassaflode).toEqual({ "2025": 620, "2024": -1360 });
    expect(computed.statements.kassaflodesanalys!.byId.likvida_slut).toEqual({ "2025": 7524, "2024": 6904 });
  });

  it("the resultaträkning reads its lines from the driftsredovisning of the same year", () => {
    const rr = computed.statements.resultatrakning!.byId;
    expect(rr.intakter).toEqual({ "2025": 8227, "2024": 8484 });
    expect(rr.finansiella).toEqual({ "2025": -81, "2024": 140 });
    expect(rr.arets_resultat).toEqual({ "2025": 1271, "2024": -594 });
    expect(computed.driftsredovisning?.resultat["2025"]?.utfall).toBe(1271);
  });

  it("economy figures the text quotes", () => {
    expect(formatPercent(computed.economy.individualShare)).toBe(nb("65 %"));
    expect(computed.economy.details.drift!.underBudget).toBe(216);
    expect(computed.economy.rows.personalkostnader!.underBudget).toBe(305);
    expect(computed.overview!.rows.find((r) => r.id === "kostnader")!.values["2025"]).toBe(6956);
  });

  it("goal statuses computed from target and results, with the plan's targets", () => {
    expect(computed.goals.map((a) => a.status)).toEqual(["delvis", "ej", "ej", "uppnatt", "delvis", "delvis", "ej"]);
    expect(computed.goals[0]!.goals[0]!.fromPlan).toBe(true);
    expect(computed.goals[0]!.goals[0]!.target).toBe(0.85);
    expect(malText({ text: "{target} av deltagarna.", comparator: "at_least", target: 0.85, unit: "percent" })).toBe("Minst 85\u00a0% av deltagarna.");
  });

  it("reports what the seed prints wrongly", () => {
    const at = (path: string) => findings.find((f) => f.path === path);
    expect(at("resultatrakning.entries.3.stated.2024")).toMatchObject({ severity: "fel" });
    expect(at("resultatrakning.entries.4.stated.2024")).toMatchObject({ severity: "fel" });
    expect(at("noter.4.stated_sum.2025")).toMatchObject({ severity: "fel" });
    expect(at("participants.stated.current.enrolled.total.value")).toMatchObject({ rule: "angiven-uppgift", severity: "fel" });
    expect(at("participants.stated.exit.work_study_minus_work.total.share.value")).toMatchObject({ severity: "fel" });
    expect(at("goals.1.declared.status")).toMatchObject({ rule: "malstatus", severity: "varning" });
    expect(at("contents_as_printed.2.page")).toMatchObject({ severity: "notering" });
    expect(findings.filter((f) => f.rule === "data")).toEqual([]);
  });
});

describe("årsredovisning computations", () => {
  it("gender counts: total from the parts, or not stated from the total, and both checked", () => {
    const problems: { path: (string | number)[]; message: string }[] = [];
    expect(genderCount({ women: 3, men: 4, not_stated: 1 }, [], problems).total).toBe(8);
    expect(genderCount({ total: 10, women: 3, men: 4 }, [], problems).notStated).toBe(3);
    expect(problems).toEqual([]);
    genderCount({ total: 5, women: 3, men: 4 }, ["x"], problems);
    expect(problems[0]!.message).toContain("mindre än kvinnor + män");
  });

  it("targets and statuses", () => {
    expect(meetsTarget(0.8, "at_least", 0.8)).toBe(true);
    expect(meetsTarget(0.366, "at_most", 0.2)).toBe(false);
    expect(meetsTarget(0.49, "between", 0.4, 0.6)).toBe(true);
    expect(combine(["uppnatt", "ej"])).toBe("delvis");
    expect(combine(["ej", "ej"])).toBe("ej");
    expect(combine([null])).toBe(null);
  });

  it("takes last year's figures from last year's report when there is one, and compares what this one prints", () => {
    const data = arsredovisningSchema.parse(parse(readFileSync(seedFile("jamtland/2025/arsredovisning.yaml"), "utf8")));
    const drifts = driftsredovisningSchema.parse(parse(readFileSync(standaloneDrifts, "utf8")));
    const previousReport = arsredovisningSchema.parse(parse(readFileSync("tests/fixtures/ars-previous-year/arsredovisning-2024.yaml", "utf8")));
    const earlier = [{ year: 2024, data: previousReport, computed: computeArsredovisning(previousReport, { year: 2024 }) }];
    const computed = computeArsredovisning(data, { year: 2025, driftsredovisning: drifts, earlier });
    // The 2024 report says 98 ended participants in 2024; this one prints 97.
    expect(computed.previous!.ended!.total).toBe(98);
    expect(computed.stated.find((s) => s.path.join(".") === "participants.years.2024.ended.total")).toMatchObject({ stated: 97, computed: 98 });
    // The 2024 balance from the 2024 report: fordringar 300 instead of the 293 printed here.
    expect(computed.statements.balansrakning!.byId.fordringar!["2024"]).toBe(300);
    expect(computed.surveys.inflytande!.previous!.share).toBe(0.9);
  });

  it("reads the next year's budget from that year's plan (kr → tkr, costs as a size), and compares one written anyway", () => {
    const data = arsredovisningSchema.parse(parse(readFileSync(seedFile("jamtland/2025/arsredovisning.yaml"), "utf8")));
    data.economy!.next_year = { year: 2026, intakter: 8248 };
    const nextPlan = { year: 2026, unit: "kr" as const, byId: { intakter: { 2026: 8241600 }, kostnader: { 2026: -8233400 } } };
    const computed = computeArsredovisning(data, { year: 2025, unit: "tkr", nextPlan });
    expect([computed.economy.nextYearIntakter, computed.economy.nextYearKostnader]).toEqual([8242, 8233]);
    expect(computed.stated.find((s) => s.path.join(".") === "economy.next_year.intakter")).toMatchObject({ stated: 8248, computed: 8242 });
    // Without the plan in data/, what the file writes is used.
    expect(computeArsredovisning(data, { year: 2025, unit: "tkr" }).economy.nextYearIntakter).toBe(8248);
  });
});
