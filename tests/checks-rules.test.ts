// Every granskning rule with a passing and a failing case, built from data objects and the kinds'
// build functions (no Eleventy); and the rule catalogue (src/checks/rules.ts) covers every finding.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Finding, findingValues } from "../src/checks/finding.ts";
import { internkontrollFindings } from "../src/checks/internkontroll.ts";
import { textReport } from "../src/checks/report.ts";
import { ruleById, rules, rulesByFamily } from "../src/checks/rules.ts";
import type { YamlSource } from "../src/data/yaml-source.ts";
import { arsredovisning } from "../src/documents/arsredovisning.ts";
import type { BuildContext, SiblingDocument } from "../src/documents/kind.ts";
import { protokoll } from "../src/documents/protokoll.ts";
import { uppfoljning } from "../src/documents/uppfoljning.ts";
import { verksamhetsplan } from "../src/documents/verksamhetsplan.ts";
import { type Arsredovisning, arsredovisningSchema } from "../src/schemas/arsredovisning/index.ts";
import { driftsredovisningSchema, forbundSchema, verksamhetsplanSchema } from "../src/schemas/index.ts";
import { internkontrollplanSchema } from "../src/schemas/internkontrollplan.ts";
import { protokollSchema } from "../src/schemas/protokoll.ts";
import { uppfoljningSchema } from "../src/schemas/uppfoljning.ts";
import { seedSite } from "./helpers/seeds.ts";
import { consistentStatements, entryIndex, type StatementFigures } from "./helpers/statements.ts";

const source: YamlSource = { file: "test.yaml", value: {}, lineOf: (path) => path.length, valueAt: () => ({ found: false }) };
const read = (file: string) => parse(readFileSync(file, "utf8"));
const fiktiv = forbundSchema.parse(read("tests/fixtures/plan-fiktiv/data/fiktiv/forbund.yaml"));
const context = (kind: string, year: number, siblings: SiblingDocument[] = []): BuildContext => ({
  slug: "fiktiv",
  forbund: fiktiv,
  year,
  id: kind,
  source,
  unit: "tkr",
  siblings,
  prose: [],
  document: { label: `${kind} ${year}`, url: `/fiktiv/${year}/${kind}/`, id: kind },
});

/** Which rules the cases below exercise (each must have a passing and a failing case). */
const exercised = new Set<string>();
function only(findings: Finding[], rule: string): Finding[] {
  exercised.add(rule);
  return findings.filter((f) => f.rule === rule);
}

// ---- Årsredovisning: consistent statements, changed one place at a time.
const figures: StatementFigures = {
  intakter: [8000, 8400],
  intakterFirstRow: [6000, 6100],
  kostnader: [7000, 9000],
  kostnaderFirstRow: [4000, 5000],
  finansiella: [80, 140],
  fordringar: [100, 300],
  kassa: [7500, 6900],
  avsattningar: [2300, 2240],
  equityOpening2024: 2300,
  cashOpening2024: 8200,
  justering2024: -300,
  fordringarChange2024: 180,
};
const report = (change: (data: Arsredovisning) => void = () => {}, extra: Record<string, unknown> = {}) => {
  const data = structuredClone(consistentStatements(figures));
  change(data);
  return arsredovisningSchema.parse({ ...data, ...extra });
};
const ars = (data: Arsredovisning, siblings: SiblingDocument[] = []) => arsredovisning.build(data as never, context("arsredovisning", 2025, siblings)).findings;
type Values = Record<string, number | null>;
const entry = (data: Arsredovisning, statement: "resultatrakning" | "balansrakning" | "kassaflodesanalys", id: string) =>
  data[statement]!.entries[entryIndex(data, statement, id)] as { values?: Values; stated?: Values };

const drifts = (resultat2025: number) =>
  driftsredovisningSchema.parse({
    title: "Driftsredovisning 2025",
    years: [2025, 2024],
    decided: "2026-03-13",
    intakter: {
      label: "Intäkter",
      sum_label: "Summa intäkter",
      rows: [{ id: "medlemsbidrag", label: "Medlemsbidrag", utfall: { 2025: 8000, 2024: 8400 }, budget: { 2025: 8000, 2024: 8400 } }],
    },
    kostnader: {
      label: "Kostnader",
      sum_label: "Summa kostnader",
      rows: [{ id: "insatser", label: "Insatser", utfall: { 2025: resultat2025 - 8000 + 80, 2024: -9000 }, budget: { 2025: -7000, 2024: -9000 } }],
    },
    verksamhetsresultat: { label: "Verksamhetsresultat" },
    finansiella_poster: { rows: [{ id: "finansiella", label: "Finansiella kostnader", utfall: { 2025: -80, 2024: -140 }, budget: { 2025: -80, 2024: -140 } }] },
    resultat: { label: "Resultat" },
  });
const driftsSibling = (resultat2025: number): SiblingDocument => ({
  kind: "driftsredovisning",
  id: "driftsredovisning",
  year: 2025,
  data: drifts(resultat2025),
  source,
  prose: [],
});

describe("rules on the årsredovisning", () => {
  it("consistent statements have no findings at all", () => {
    expect(ars(report())).toEqual([]);
  });

  it("summa: a stated total against its parts; within rounding a notering", () => {
    expect(only(ars(report()), "summa")).toEqual([]);
    const wrong = only(
      ars(
        report((d) => {
          entry(d, "balansrakning", "eget_kapital").stated!["2025"]! += 100;
        }),
      ),
      "summa",
    );
    expect(wrong).toMatchObject([
      {
        severity: "fel",
        path: `balansrakning.entries.${entryIndex(report(), "balansrakning", "eget_kapital")}.stated.2025`,
        difference: 100,
        file: "test.yaml",
        line: 5,
      },
    ]);
    expect(wrong[0]!.url).toBe(`/fiktiv/2025/arsredovisning/#arsredovisning-balansrakning-entries-${entryIndex(report(), "balansrakning", "eget_kapital")}`);
    const rounded = only(
      ars(
        report((d) => {
          d.noter![0]!.stated_sum!["2025"]! += 1;
        }),
      ),
      "summa",
    );
    expect(rounded).toMatchObject([{ severity: "notering", path: "noter.0.stated_sum.2025" }]);
  });

  it("bokforing-*: the bookkeeping's control sums (kr) against the report (tkr), and an account without a row", () => {
    // The consistent report: result 2025 920, equity at the start of 2025 1 560, assets 7 600 (2025) and 7 200 (2024).
    const bokforing = {
      file: "bokslut.se",
      sha256: "0".repeat(64),
      year: 2025,
      arets_resultat: 920_400,
      ingaende: { eget_kapital: 1_560_000, tillgangar: 7_200_000 },
      utgaende: { tillgangar: 7_600_000 },
      foregaende_utgaende: { eget_kapital: 1_560_000, tillgangar: 7_200_000 },
      unmapped: [],
    };
    const rulesOf = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("bokforing")).map((f) => [f.rule, f.severity, f.path]);
    for (const rule of ["bokforing-resultat", "bokforing-ingaende", "bokforing-utgaende", "bokforing-konto"]) only([], rule);
    expect(rulesOf(ars(report(undefined, { bokforing })))).toEqual([]);
    const wrong = report(undefined, {
      bokforing: {
        ...bokforing,
        arets_resultat: 930_000,
        ingaende: { eget_kapital: 1_500_000, tillgangar: 7_200_000 },
        utgaende: { tillgangar: 7_650_000 },
        foregaende_utgaende: { eget_kapital: 1_560_000, tillgangar: 7_100_000 },
        unmapped: [{ account: "8900", name: "Okänt", amount: -1_000 }],
      },
    });
    expect(rulesOf(ars(wrong))).toEqual([
      ["bokforing-resultat", "fel", "bokforing.arets_resultat"],
      ["bokforing-ingaende", "fel", "bokforing.ingaende.eget_kapital"],
      ["bokforing-utgaende", "fel", "bokforing.utgaende.tillgangar"],
      // Last year's closing as the file has it against this year's opening (both from the file).
      ["bokforing-ingaende", "fel", "bokforing.foregaende_utgaende.tillgangar"],
      ["bokforing-ingaende", "fel", "bokforing.foregaende_utgaende.eget_kapital"],
      ["bokforing-konto", "fel", "bokforing.unmapped.0"],
    ]);
    expect(ars(wrong).find((f) => f.rule === "bokforing-resultat")!.message).toBe("bokföringens resultat mot resultaträkningens årets resultat 2025");
  });

  it("summa: a note's total against the statement line it supports", () => {
    const found = only(
      ars(
        report((d) => {
          d.noter![1]!.rows[1]!.values["2024"]! += 50;
        }),
      ),
      "summa",
    );
    expect(found.map((f) => f.path).sort()).toEqual(["noter.1.stated_sum.2024", "resultatrakning.entries.1.values.2024"]);
  });

  it("summa: each year of the multi-year overview: income − costs = result", () => {
    const overview = (resultat: number) => ({ overview: { years: [2023], values: { 2023: { intakter: 8000, kostnader: 7500, arets_resultat: resultat } } } });
    expect(only(ars(report(undefined, overview(500))), "summa")).toEqual([]);
    expect(only(ars(report(undefined, overview(400))), "summa")).toMatchObject([
      { severity: "fel", path: "overview.values.2023.arets_resultat", stated: 400, computed: 500 },
    ]);
  });

  it("balans: summa tillgångar = summa eget kapital, avsättningar och skulder", () => {
    expect(only(ars(report()), "balans")).toEqual([]);
    const found = only(
      ars(
        report((d) => {
          entry(d, "balansrakning", "skulder").values!["2024"]! += 30;
        }),
      ),
      "balans",
    );
    expect(found).toMatchObject([
      {
        severity: "fel",
        path: `balansrakning.entries.${entryIndex(report(), "balansrakning", "summa_skulder")}.stated.2024`,
        stated: 7230,
        computed: 7200,
        difference: 30,
      },
    ]);
    // What is compared with what; the numbers are its columns.
    expect(found[0]!.message).toMatch(/^eget kapital, avsättningar och skulder mot tillgångar: /);
    expect(findingValues(found[0]!)).toBe("angivet 7\u00a0230 tkr, beräknat 7\u00a0200 tkr, differens 30 tkr");
  });

  it("ingaende-balans: an opening equity written for a year = last year's closing", () => {
    expect(
      only(
        ars(
          report((d) => {
            entry(d, "balansrakning", "ek_ingaende").values!["2025"] = 1560;
          }),
        ),
        "ingaende-balans",
      ),
    ).toEqual([]);
    const found = only(
      ars(
        report((d) => {
          entry(d, "balansrakning", "ek_ingaende").values!["2025"] = 1600;
        }),
      ),
      "ingaende-balans",
    );
    expect(found).toMatchObject([
      { severity: "fel", path: `balansrakning.entries.${entryIndex(report(), "balansrakning", "ek_ingaende")}.values.2025`, stated: 1600, computed: 1560 },
    ]);
  });

  it("kassa: likvida medel vid årets slut = balansräkningens kassa och bank", () => {
    expect(only(ars(report()), "kassa")).toEqual([]);
    const found = only(
      ars(
        report((d) => {
          entry(d, "balansrakning", "kassa").values!["2025"]! -= 200;
        }),
      ),
      "kassa",
    );
    expect(found).toMatchObject([
      {
        severity: "fel",
        path: `kassaflodesanalys.entries.${entryIndex(report(), "kassaflodesanalys", "likvida_slut")}.stated.2025`,
        stated: 7500,
        computed: 7300,
      },
    ]);
  });

  it("kassaflode-forandring: a change line = the change of the balansräkning line", () => {
    expect(only(ars(report()), "kassaflode-forandring")).toEqual([]);
    const found = only(
      ars(
        report((d) => {
          entry(d, "kassaflodesanalys", "fordringar").values!["2025"]! += 20;
        }),
      ),
      "kassaflode-forandring",
    );
    expect(found).toMatchObject([
      { severity: "varning", path: `kassaflodesanalys.entries.${entryIndex(report(), "kassaflodesanalys", "fordringar")}.values.2025` },
    ]);
  });

  it("resultat-drift: the resultaträkning's årets resultat = the driftsredovisning's resultat", () => {
    // Årets resultat 2025 in the statements: 8000 − 7000 − 80 = 920.
    expect(only(ars(report(), [driftsSibling(920)]), "resultat-drift")).toEqual([]);
    // The driftsredovisning's costs 20 higher: the written kostnader line and årets resultat both differ.
    expect(only(ars(report(), [driftsSibling(900)]), "resultat-drift")).toMatchObject([
      {
        severity: "fel",
        path: "resultatrakning.entries.1.values.2025",
        stated: -7000,
        computed: -7020,
        url: "/fiktiv/2025/arsredovisning/#arsredovisning-resultatrakning-entries-1",
      },
      { severity: "fel", path: `resultatrakning.entries.${entryIndex(report(), "resultatrakning", "arets_resultat")}.stated.2025`, stated: 920, computed: 900 },
    ]);
    // Lines read from the driftsredovisning agree with it by construction; årets resultat is still compared.
    const reading = report((d) => {
      Object.assign(d.resultatrakning!.entries[1]!, { values: undefined, driftsredovisning: "kostnader" });
    });
    expect(only(ars(reading, [driftsSibling(900)]), "resultat-drift")).toEqual([]);
  });

  it("deltagare: women + men + not stated = total", () => {
    const participants = (total: number) => ({ participants: { years: { 2025: { enrolled: { total, women: 4, men: 5, not_stated: 1 } } } } });
    expect(only(ars(report(undefined, participants(10))), "deltagare")).toEqual([]);
    expect(only(ars(report(undefined, participants(11))), "deltagare")).toMatchObject([
      { severity: "fel", path: "participants.years.2025.enrolled.not_stated" },
    ]);
    expect(only(ars(report(undefined, { participants: { years: { 2025: { enrolled: { total: 8, women: 4, men: 5 } } } } })), "deltagare")).toMatchObject([
      { path: "participants.years.2025.enrolled.total" },
    ]);
  });

  it("deltagare-avslut: status at exit within the ended participants, a sub-category within its category", () => {
    const exits = (work: number, workWomen = 2) => ({
      participants: {
        years: { 2025: { enrolled: { total: 20, women: 10, men: 10 }, ended: { total: 10, women: 5, men: 5 } } },
        exit_status: [
          { id: "work_study", label: "Arbete/studier", values: { 2025: { women: 3, men: 3 } } },
          { id: "work", of: "work_study", label: "varav arbete", values: { 2025: { women: workWomen, men: 1 } } },
          { id: "other", label: "Annat", values: { 2025: { women: 2, men: work } } },
        ],
      },
    });
    expect(only(ars(report(undefined, exits(2))), "deltagare-avslut")).toEqual([]);
    // Men: 3 + 5 of 5 ended; only Annat can be 3 lower (Arbete/studier holds its 1 varav arbete at most 2 lower).
    expect(only(ars(report(undefined, exits(5))), "deltagare-avslut")).toMatchObject([
      { severity: "fel", path: "participants.exit_status.2.values.2025.men", stated: 5, computed: 2, difference: 3, quantity: "count" },
    ]);
    expect(only(ars(report(undefined, exits(2, 4))), "deltagare-avslut")).toMatchObject([
      { severity: "fel", path: "participants.exit_status.1.values.2025.women", stated: 4, computed: 3, quantity: "count" },
    ]);
  });

  it("malvarde-text: a goal's own text and target (the plan's goals: below)", () => {
    const goal = (text: string) => ({
      goals: [
        {
          ambition: "A",
          follow_up: "Rapporter",
          goals: [{ text, target: { comparator: "at_least", value: 0.4 }, source: "reports", results: [{ value: 0.5 }] }],
        },
      ],
    });
    expect(only(ars(report(undefined, goal("Minst 40 % av deltagarna"))), "malvarde-text")).toEqual([]);
    expect(only(ars(report(undefined, goal("Minst 45 % av deltagarna"))), "malvarde-text")).toMatchObject([
      { severity: "varning", path: "goals.0.goals.0.target.value", stated: 0.4, computed: 0.45, quantity: "share" },
    ]);
  });

  it("angiven-uppgift: a figure the text states = the data it quotes (counts and shares as shown)", () => {
    const stated = (value: number, approximate = false) => ({
      participants: {
        years: { 2025: { enrolled: { total: 10, women: 4, men: 5, not_stated: 1 } } },
        stated: { "current.enrolled.total": { value, where: "Inledningen", approximate } },
      },
    });
    expect(only(ars(report(undefined, stated(10))), "angiven-uppgift")).toEqual([]);
    expect(only(ars(report(undefined, stated(12))), "angiven-uppgift")).toMatchObject([
      { severity: "fel", path: "participants.stated.current.enrolled.total.value", stated: 12, computed: 10 },
    ]);
  });

  it("malstatus-text: the declared text says the declared status key (tests/checks-missing-rules.test.ts: on the seeds)", () => {
    const goals = (text: string) => ({
      goals: [
        {
          ambition: "A",
          follow_up: "Rapporter",
          declared: { text, status: "uppnatt" },
          goals: [{ text: "{target} av deltagarna", target: { comparator: "at_least", value: 0.5 }, source: "reports", results: [{ value: 0.6 }] }],
        },
      ],
    });
    expect(only(ars(report(undefined, goals("Målet är uppnått"))), "malstatus-text")).toEqual([]);
    expect(only(ars(report(undefined, goals("Målet är delvis uppnått"))), "malstatus-text")).toMatchObject([
      { severity: "fel", path: "goals.0.declared.status", stated: "delvis uppnått", computed: "uppnått", quantity: "text" },
    ]);
  });

  it("arsarbetare: the positions the report says were financed = the same year's plan's årsarbetare", () => {
    const planSibling = (fte: string): SiblingDocument => {
      const raw = read("tests/fixtures/plan-fiktiv/data/fiktiv/2027/verksamhetsplan.yaml");
      // The fixture's insatser staff nothing; one more that staffs a coach in 2025.
      raw.insatser = [
        ...raw.insatser.map((i: object) => ({ ...i, functions: [] })),
        { id: "team", name: "Team", group: "Insatser", functions: [{ title: "Coach", fte }] },
      ];
      return { kind: "verksamhetsplan", id: "verksamhetsplan", year: 2025, data: verksamhetsplanSchema.parse(raw), source, prose: [] };
    };
    const stated = { economy: { funded_positions: 2.5 } };
    expect(only(ars(report(undefined, stated), [planSibling("250%")]), "arsarbetare")).toEqual([]);
    expect(only(ars(report(undefined, stated), [planSibling("200%")]), "arsarbetare")).toMatchObject([
      { severity: "varning", path: "economy.funded_positions", stated: 2.5, computed: 2, difference: 0.5, decimals: 1 },
    ]);
  });

  it("innehall-sidnummer: the printed contents' page numbers go up", () => {
    expect(
      only(
        ars(
          report(undefined, {
            contents_as_printed: [
              { title: "A", page: 2 },
              { title: "B", page: 3 },
            ],
          }),
        ),
        "innehall-sidnummer",
      ),
    ).toEqual([]);
    expect(
      only(
        ars(
          report(undefined, {
            contents_as_printed: [
              { title: "A", page: 3 },
              { title: "B", page: 2 },
            ],
          }),
        ),
        "innehall-sidnummer",
      ),
    ).toMatchObject([{ severity: "notering", path: "contents_as_printed.1.page" }]);
  });

  it("data: what the data refers to exists", () => {
    expect(only(ars(report()), "data")).toEqual([]);
    const found = only(
      ars(
        report((d) => {
          (d.resultatrakning!.entries[4] as { of: string[] }).of = ["verksamhetens_resultat", "saknas"];
        }),
      ),
      "data",
    );
    expect(found).toMatchObject([{ severity: "fel", path: "resultatrakning.entries.4.of.1" }]);
  });
});

// ---- Seeds: the goal follow-up (the goals need a whole report: surveys, participants, plan goals).
describe("rules on the seeds' goal follow-up", async () => {
  const site = await seedSite();
  const ars2025 = site.findings.filter((f) => f.document.startsWith("Årsredovisning 2025"));

  it("malstatus: a declared status that agrees with target vs result is no finding; one that does not is a varning", () => {
    const found = only(ars2025, "malstatus");
    expect(found.some((f) => f.path === "goals.0.declared.status")).toBe(false);
    expect(found.find((f) => f.path === "goals.1.declared.status")).toMatchObject({
      severity: "varning",
      url: "/jamtland/2025/arsredovisning/#arsredovisning-goals-1",
    });
  });

  it("every finding of the seeds has a rule of the catalogue, a file, a line and a path (a prose file's: its line)", () => {
    for (const finding of site.findings) {
      expect(ruleById(finding.rule), finding.rule).toBeDefined();
      expect(finding.file).toMatch(/^tests\/fixtures\/seeds\/(data\/|prose\/.*\.md$)/);
      expect(finding.line).toBeGreaterThan(0);
      if (finding.file.includes("/data/")) expect(finding.path).not.toBe("");
    }
  });
});

// ---- Verksamhetsplan: the fiktiv fixture, consistent, changed one place at a time.
const planData = () => read("tests/fixtures/plan-fiktiv/data/fiktiv/2027/verksamhetsplan.yaml");
const plan = (change: (raw: Record<string, any>) => void = () => {}) => {
  const raw = planData();
  change(raw);
  return verksamhetsplan.build(verksamhetsplanSchema.parse(raw) as never, context("verksamhetsplan", 2027)).findings;
};

describe("rules on the verksamhetsplan", () => {
  it("the fixture has no findings but that its equity is above the recommended level", () => {
    expect(plan().map((f) => f.rule)).toEqual(["eget-kapital-niva", "eget-kapital-niva"]);
  });

  it("summa: subtotals and results in every plan year", () => {
    expect(only(plan(), "summa")).toEqual([]);
    const found = only(
      plan((raw) => {
        raw.budget.summaries[0].stated[2028] = 200;
      }),
      "summa",
    );
    expect(found).toMatchObject([
      {
        severity: "fel",
        path: "budget.summaries.0.stated.2028",
        stated: 200,
        computed: 300,
        url: "/fiktiv/2027/verksamhetsplan/#verksamhetsplan-budget-summaries-0",
      },
    ]);
  });

  it("eget-kapital: opening + årets resultat = closing = next year's opening", () => {
    expect(
      only(
        plan((raw) => {
          raw.eget_kapital.stated_closing = { 2027: 900, 2028: 1200 };
          raw.eget_kapital.stated_opening = { 2028: 900 };
        }),
        "eget-kapital",
      ),
    ).toEqual([]);
    const found = only(
      plan((raw) => {
        raw.eget_kapital.stated_closing = { 2027: 900 };
        raw.eget_kapital.stated_opening = { 2028: 1000 };
      }),
      "eget-kapital",
    );
    expect(found).toMatchObject([{ severity: "fel", path: "eget_kapital.stated_opening.2028", stated: 1000, computed: 900 }]);
  });

  it("eget-kapital-niva: equity at year end at most the recommended share of the member contribution", () => {
    expect(
      only(
        plan((raw) => {
          raw.eget_kapital.recommended_share = 0.3;
        }),
        "eget-kapital-niva",
      ),
    ).toEqual([]);
    const found = only(plan(), "eget-kapital-niva");
    expect(found).toMatchObject([
      { severity: "notering", stated: 900, computed: 800, difference: 100, url: "/fiktiv/2027/verksamhetsplan/#verksamhetsplan-eget_kapital-closing" },
      { severity: "notering", stated: 1200, computed: 880 },
    ]);
  });

  it("insats: a budget row = the funding its insats states", () => {
    const row = (amounts: Record<number, number>) => (raw: Record<string, any>) => {
      raw.budget.kostnader.rows[0].rows[0].amounts = amounts;
    };
    expect(only(plan(row({ 2027: -3250, 2028: -3000 })), "insats")).toEqual([]);
    expect(only(plan(row({ 2027: -3300, 2028: -3000 })), "insats")).toMatchObject([
      { severity: "fel", path: "budget.kostnader.rows.0.rows.0.amounts.2027", stated: -3300, computed: -3250 },
    ]);
  });

  it("insats-ar: a budget row gives an insats amounts only in the years it is funded", () => {
    const period = (to: string) => (raw: Record<string, any>) => {
      raw.insatser[0].period = { from: "2027-01", to };
      raw.budget.kostnader.rows[0].rows[0].amounts = { 2027: -3250, 2028: -3000 };
    };
    expect(only(plan(period("2028-12")), "insats-ar")).toEqual([]);
    expect(only(plan(period("2027-12")), "insats-ar")).toMatchObject([
      { severity: "fel", path: "budget.kostnader.rows.0.rows.0.amounts.2028", stated: -3000, computed: 0 },
    ]);
  });

  it("text: an amount the text quotes = the budget lines it sums", () => {
    const figure = (stated: number) => (raw: Record<string, any>) => {
      raw.budget.kostnader.rows[1].id = "kansli";
      raw.text_figures = [{ label: "Kansliet 2027 i texten", year: 2027, lines: ["kansli"], stated, as_cost: true }];
    };
    expect(only(plan(figure(900)), "text")).toEqual([]);
    expect(only(plan(figure(950)), "text")).toMatchObject([{ severity: "fel", path: "text_figures.0.stated", stated: 950, computed: 900 }]);
  });

  it("malvarde-text: the number a plan goal's text writes = its target", () => {
    // The fixture's goals: "Minst 30 % av deltagarna …" (30, percent) and an insats' "Minst 20 deltagare under 2027." (20, persons).
    expect(only(plan(), "malvarde-text")).toEqual([]);
    const found = only(
      plan((raw) => {
        raw.resultatmal.levels[0].ambitions[0].goals[0].target.value = 3;
        raw.insatser[0].goals[0].goals[0].target.value = 25;
      }),
      "malvarde-text",
    );
    expect(found).toMatchObject([
      { severity: "varning", path: "resultatmal.levels.0.ambitions.0.goals.0.target.value", stated: 0.03, computed: 0.3, quantity: "share" },
      { severity: "varning", path: "insatser.0.goals.0.goals.0.target.value", stated: 25, computed: 20, quantity: "count" },
    ]);
    expect(found[0]!.message).toBe(
      "Resultatmål unga-i-arbete: målvärdet är inte talet i målets text ”Minst 30 % av deltagarna går till arbete eller studier.”",
    );
  });

  it("part: an insats' owner and co-parties are members", () => {
    expect(only(plan(), "part")).toEqual([]);
    expect(
      only(
        plan((raw) => {
          raw.insatser[0].owner = "Okänd kommun";
        }),
        "part",
      ),
    ).toMatchObject([{ severity: "varning", path: "insatser.0.owner" }]);
  });
});

// ---- Protokoll.
const minutes = (change: (raw: Record<string, any>) => void = () => {}) => {
  const raw: Record<string, any> = {
    meeting: { date: "2025-11-28", start: "13.00", end: "15.40", place: "Teams" },
    justerare: ["A"],
    justering: { date: "2025-12-10" },
    kept_at: "Förbundet",
    announced_on: ["förbundets"],
    ledamoter: [{ name: "A", appointed_by: "Region", decides: true, present: { mode: "digitalt" } }],
    ersattare: [],
    paragraphs: [
      { number: 1, title: "Ett" },
      { number: 2, title: "Två" },
    ],
    signatures: [{ name: "A", role: "Ordförande" }],
  };
  change(raw);
  return protokoll.build(protokollSchema.parse(raw) as never, context("protokoll", 2025)).findings;
};

describe("rules on the protokoll", () => {
  it("protokoll: paragraphs in sequence", () => {
    expect(only(minutes(), "protokoll")).toEqual([]);
    expect(
      only(
        minutes((raw) => {
          raw.paragraphs[1].number = 3;
        }),
        "protokoll",
      ),
    ).toMatchObject([{ severity: "fel", path: "paragraphs.1.number" }]);
  });

  it("justerare: a ledamot or tjänstgörande ersättare present at the meeting, who signs", () => {
    expect(only(minutes(), "justerare")).toEqual([]);
    const absent = minutes((raw) => {
      raw.ledamoter.push({ name: "B", appointed_by: "Kommun" });
      raw.justerare = ["B"];
    });
    expect(only(absent, "justerare")).toMatchObject([
      { severity: "fel", path: "justerare.0", message: "Protokoll 2025-11-28: justerare B (ledamot för Kommun) var inte närvarande vid sammanträdet" },
      { severity: "fel", path: "signatures" },
    ]);
  });

  it("justering-datum: the justering on the meeting's day or later", () => {
    const justerat = (date: string) =>
      only(
        minutes((raw) => {
          raw.justering = { date };
        }),
        "justering-datum",
      );
    expect(justerat("2025-11-28")).toEqual([]);
    expect(justerat("2025-11-10")).toMatchObject([
      { severity: "fel", path: "justering.date", message: "justeringen är daterad före sammanträdet (justerat 2025-11-10, sammanträdet 2025-11-28)" },
    ]);
  });

  it("anslag: posted after the justering, at the latest two days after", () => {
    expect(
      only(
        minutes((raw) => {
          raw.anslag = { posted: "2025-12-11" };
        }),
        "anslag",
      ),
    ).toEqual([]);
    expect(
      only(
        minutes((raw) => {
          raw.anslag = { posted: "2025-12-20" };
        }),
        "anslag",
      ),
    ).toMatchObject([{ severity: "fel", path: "anslag.posted" }]);
    expect(
      only(
        minutes((raw) => {
          raw.anslag = { posted: "2025-12-01" };
        }),
        "anslag",
      ),
    ).toMatchObject([{ severity: "fel", path: "anslag.posted" }]);
  });

  it("anslag: a last day on a weekend moves to the Monday (lag 1930:173)", () => {
    // Justerat Thursday 2025-12-11: the second day after is Saturday 12-13, so Monday 12-15 is in time.
    const thursday = (posted: string) =>
      minutes((raw) => {
        raw.justering = { date: "2025-12-11" };
        raw.anslag = { posted };
      });
    expect(only(thursday("2025-12-15"), "anslag")).toEqual([]);
    expect(only(thursday("2025-12-16"), "anslag")).toMatchObject([
      { severity: "fel", message: "anslaget sattes upp 2025-12-16, senare än andra dagen efter justeringen (2025-12-15, flyttad till nästa vardag)" },
    ]);
  });
});

describe("rules on the text", () => {
  it('siffra-i-text: a figure typed into the text, not a date, year or paragraph, and not marked {% ordagrant "…" %}', () => {
    const text = (value: string) =>
      minutes((raw) => {
        raw.paragraphs[0].text = value;
      });
    expect(only(text('Mötet 2025-11-28 (§ 1), {% ordagrant "84" %} deltagare.'), "siffra-i-text")).toEqual([]);
    // Minutes are decided at the meeting: a notering, at the paragraph (tests/prose-literals.test.ts: prose, utkast, lines).
    expect(only(text("Totalt 84 deltagare."), "siffra-i-text")).toMatchObject([
      { severity: "notering", path: "paragraphs.0.text", url: "/fiktiv/2025/protokoll/#paragraf-1" },
    ]);
  });
});

// ---- Tertialuppföljning: a T2 of the fiktiv plan's year, and the plan after a T2 of the year before.
const followUp = (year: number, change: (raw: Record<string, any>) => void = () => {}) => {
  const raw: Record<string, any> = {
    tertial: 2,
    period: { from: `${year}-01-01`, to: `${year}-08-31` },
    eget_kapital: { ingaende: 1100 },
    intakter: { rows: [{ id: "medlemsbidrag", label: "Medlemsbidrag", budget: 4000, utfall: 2700, prognos: 4000 }] },
    kostnader: { rows: [{ id: "kansli", label: "Kansli", budget: -900, utfall: -600, prognos: -900 }] },
    finansiella_poster: { rows: [{ id: "finansiella", label: "Finansiella poster", budget: "-", utfall: "-", prognos: -3000 }] },
  };
  change(raw);
  return uppfoljningSchema.parse(raw);
};
const followUpDoc = (year: number, data: unknown): SiblingDocument => ({ kind: "uppfoljning", id: "uppfoljning-t2", year, data, source, prose: [] });
const t2Findings = (data: ReturnType<typeof followUp>, siblings: SiblingDocument[] = []) => {
  const self = followUpDoc(2027, data);
  return uppfoljning.build(data as never, { ...context("uppfoljning-t2", 2027, [self, ...siblings]) }).findings;
};

describe("rules on the tertialuppföljning", () => {
  it("uppfoljning-period: the period is January to the tertial's last day", () => {
    expect(only(t2Findings(followUp(2027)), "uppfoljning-period")).toEqual([]);
    const found = only(t2Findings(followUp(2027, (raw) => (raw.period.to = "2027-07-31"))), "uppfoljning-period");
    expect(found.map((f) => [f.path, f.severity])).toEqual([["period.to", "fel"]]);
  });

  it("uppfoljning-bokforing: each row's utfall is the SIE file's sum for it", () => {
    const bokforing = (kansli: number) => (raw: Record<string, any>) => {
      raw.bokforing = { file: "t2.se", sha256: "0".repeat(64), source: "#PSALDO", to: "2027-08-31", sums: { medlemsbidrag: 2_700_000, kansli } };
    };
    expect(only(t2Findings(followUp(2027, bokforing(-600_400))), "uppfoljning-bokforing")).toEqual([]);
    const found = only(t2Findings(followUp(2027, bokforing(-640_000))), "uppfoljning-bokforing");
    expect(found.map((f) => [f.path, f.stated, f.computed])).toEqual([["kostnader.rows.0.utfall", -600, -640]]);
  });

  it("uppfoljning-budget: a budget the follow-up types is the plan's (plan_line)", () => {
    const planDoc = (kansli: number): SiblingDocument => {
      const raw = planData();
      raw.budget.kostnader.rows[1].id = "kansli";
      raw.budget.kostnader.rows[1].amounts[2027] = kansli;
      return { kind: "verksamhetsplan", id: "verksamhetsplan", year: 2027, data: verksamhetsplanSchema.parse(raw), source, prose: [] };
    };
    const withLine = followUp(2027, (raw) => (raw.kostnader.rows[0].plan_line = "kansli"));
    expect(only(t2Findings(withLine, [planDoc(-900)]), "uppfoljning-budget")).toEqual([]);
    const found = only(t2Findings(withLine, [planDoc(-950)]), "uppfoljning-budget");
    expect(found.map((f) => [f.path, f.stated, f.computed])).toEqual([["kostnader.rows.0.budget", -900, -950]]);
  });

  it("uppfoljning-utfall: a row that only grows has no more in a tertial than in the year", () => {
    const drifts = (kansli: number): SiblingDocument => ({
      kind: "driftsredovisning",
      id: "driftsredovisning",
      year: 2027,
      data: driftsredovisningSchema.parse({
        years: [2027],
        intakter: { rows: [{ id: "medlemsbidrag", label: "Medlemsbidrag", utfall: { 2027: 4000 }, budget: { 2027: 4000 } }] },
        kostnader: { rows: [{ id: "kansli", label: "Kansli", utfall: { 2027: kansli }, budget: { 2027: -900 } }] },
        verksamhetsresultat: { label: "Verksamhetsresultat" },
        finansiella_poster: { rows: [{ id: "finansiella", label: "Finansiella poster", utfall: { 2027: "-" }, budget: { 2027: "-" } }] },
        resultat: { label: "Resultat" },
      }),
      source,
      prose: [],
    });
    expect(only(t2Findings(followUp(2027), [drifts(-880)]), "uppfoljning-utfall")).toEqual([]);
    const found = only(t2Findings(followUp(2027), [drifts(-580)]), "uppfoljning-utfall");
    expect(found.map((f) => [f.path, f.severity, f.stated, f.computed])).toEqual([["kostnader.rows.0.utfall", "varning", -600, -580]]);
  });

  it("summa: a stated prognosis total is the sum of the rows' prognoses", () => {
    expect(only(t2Findings(followUp(2027, (raw) => (raw.kostnader.stated_sum = { prognos: -900 }))), "summa")).toEqual([]);
    const found = only(t2Findings(followUp(2027, (raw) => (raw.kostnader.stated_sum = { prognos: -950 }))), "summa");
    expect(found.map((f) => f.path)).toEqual(["kostnader.stated_sum.prognos"]);
  });

  it("uppfoljning-mal: a followed-up goal is one of the year's plan's resultatmål", () => {
    const planDoc: SiblingDocument = {
      kind: "verksamhetsplan",
      id: "verksamhetsplan",
      year: 2027,
      data: verksamhetsplanSchema.parse(planData()),
      source,
      prose: [],
    };
    const withGoal = (goal: string) => followUp(2027, (raw) => (raw.resultatmal = [{ goal, value: 25 }]));
    expect(only(t2Findings(withGoal("unga-i-arbete"), [planDoc]), "uppfoljning-mal")).toEqual([]);
    const found = only(t2Findings(withGoal("okant-mal"), [planDoc]), "uppfoljning-mal");
    expect(found.map((f) => [f.path, f.severity])).toEqual([["resultatmal.0.goal", "fel"]]);
  });

  it("prognos-utfall: the årsredovisning's outcome per row within the förbund's threshold of the T2 prognosis", () => {
    // driftsSibling(920): Insatser −7 000 in 2025; a prognosis of −6 000 is 17 % off, past the default 10 %.
    const t2of2025 = (insatser: number) =>
      followUpDoc(
        2025,
        uppfoljningSchema.parse({
          tertial: 2,
          intakter: { rows: [{ id: "medlemsbidrag", label: "Medlemsbidrag", budget: 8000, utfall: 5300, prognos: 8000 }] },
          kostnader: { rows: [{ id: "insatser", label: "Insatser", budget: -7000, utfall: -4600, prognos: insatser }] },
          finansiella_poster: { rows: [{ id: "finansiella", label: "Finansiella kostnader", budget: -80, utfall: -50, prognos: -80 }] },
        }),
      );
    expect(only(ars(report(), [driftsSibling(920), t2of2025(-6600)]), "prognos-utfall")).toEqual([]);
    const found = only(ars(report(), [driftsSibling(920), t2of2025(-6000)]), "prognos-utfall");
    expect(found.map((f) => [f.path, f.severity, f.stated, f.computed])).toEqual([["kostnader.rows.0.prognos", "varning", -6000, -7000]]);
  });

  it("prognos-plan: the next plan's known equity is the T2 prognosis's, rolled with the plan's results", () => {
    // T2 2026: 1 100 + (4 000 − 900 − 3 000) = 1 200 at the end of 2026, the fiktiv plan's opening 2027.
    const t2of2026 = (prognos: number) =>
      followUpDoc(
        2026,
        followUp(2026, (raw) => (raw.finansiella_poster.rows[0].prognos = prognos)),
      );
    const planFindings = (siblings: SiblingDocument[]) =>
      verksamhetsplan.build(verksamhetsplanSchema.parse(planData()) as never, context("verksamhetsplan", 2027, siblings)).findings;
    expect(only(planFindings([t2of2026(-3000)]), "prognos-plan")).toEqual([]);
    const found = only(planFindings([t2of2026(-3050)]), "prognos-plan");
    expect(found.map((f) => [f.path, f.stated, f.computed])).toEqual([["eget_kapital.balance.amount", 1200, 1150]]);
  });
});

// ---- Internkontroll: a T2's statuses against the year's internkontrollplan (tests/internkontroll.test.ts has the rest).
describe("rules on the follow-up of the internkontrollplan", () => {
  const plan = internkontrollplanSchema.parse({
    risks: [
      {
        id: "attest",
        area: "Ekonomi",
        risk: "Fel utbetalning",
        sannolikhet: 2,
        konsekvens: 4,
        control: "Stickprov",
        responsible: "Förbundschef",
        follow_up: ["t2"],
      },
      {
        id: "jav",
        area: "Ärenden",
        risk: "Jäv",
        sannolikhet: 1,
        konsekvens: 3,
        control: "Protokollen",
        responsible: "Ordförande",
        follow_up: ["arsredovisning"],
      },
    ],
  });
  const document = { label: "uppfoljning-t2 2027", url: "/fiktiv/2027/uppfoljning-t2/", id: "uppfoljning-t2" };
  const findings = (statuses: { risk: string; status: "utan_anmarkning" | "avvikelse" | "ej_genomford" }[]) =>
    internkontrollFindings({ statuses, tertial: 2, decided: true, year: 2027, plan }, { source, document });

  it("internkontroll-risk: each status names a risk of the year's plan", () => {
    expect(only(findings([{ risk: "attest", status: "utan_anmarkning" }]), "internkontroll-risk")).toEqual([]);
    const found = only(
      findings([
        { risk: "attest", status: "utan_anmarkning" },
        { risk: "atest", status: "avvikelse" },
      ]),
      "internkontroll-risk",
    );
    expect(found.map((f) => [f.path, f.severity])).toEqual([["internkontroll.1.risk", "fel"]]);
  });

  it("internkontroll-status: each control the plan schedules for the tertial has a status in an adopted follow-up", () => {
    expect(only(findings([{ risk: "attest", status: "avvikelse" }]), "internkontroll-status")).toEqual([]);
    const found = only(findings([]), "internkontroll-status");
    expect(found.map((f) => [f.path, f.severity, f.url])).toEqual([
      ["internkontroll", "varning", "/fiktiv/2027/uppfoljning-t2/#uppfoljning-t2-internkontroll-attest"],
    ]);
  });
});

describe("the rule catalogue", () => {
  it("has every rule exercised above, and nothing else", () => {
    expect([...exercised].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it("has unique ids, a Swedish title and description, and a family", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description.length).toBeGreaterThan(20);
    }
    expect(rulesByFamily().flatMap((f) => f.rules)).toHaveLength(rules.length);
  });

  it("the text report prints each finding's rule title", () => {
    const [finding] = ars(
      report((d) => {
        entry(d, "balansrakning", "skulder").values!["2024"]! += 30;
      }),
    ).filter((f) => f.rule === "balans");
    expect(textReport([finding!])).toContain("fel [balans] Balansräkningen balanserar");
  });
});
