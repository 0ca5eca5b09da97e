import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/checks/finding.ts";
import { arsredovisning } from "../src/documents/arsredovisning.ts";
import { verksamhetsplan } from "../src/documents/verksamhetsplan.ts";
import { arsredovisningSchema } from "../src/schemas/arsredovisning/index.ts";
import { verksamhetsplanSchema } from "../src/schemas/index.ts";
import type { Raw } from "./helpers/participants.ts";
import { context, read, summary } from "./helpers/property-context.ts";

const runs = { numRuns: 100 };

type Status = "uppnatt" | "delvis" | "ej";
const statuses: Status[] = ["uppnatt", "delvis", "ej"];
const words: Record<Status, string> = { uppnatt: "uppnått", delvis: "delvis uppnått", ej: "ej uppnått" };

// ---- The generated goals.

interface GoalFigures {
  kind: "percent" | "count";
  comparator: "at_least" | "at_most";
  /** Whole percent (40 for 40 %) or a count. */
  target: number;
  /** Results in whole percent or counts. */
  results: number[];
  /** The text writes the number, or leaves it to the template ("{target} av deltagarna"). */
  writesNumber: boolean;
  tail: string;
}

const tails = ["av deltagarna går till arbete eller studier.", "av deltagarna upplever ökat inflytande.", "får stöd av en coach under året."];
const goalFigures: fc.Arbitrary<GoalFigures> = fc.oneof(
  fc.record({
    kind: fc.constant("percent" as const),
    comparator: fc.constantFrom("at_least" as const, "at_most" as const),
    target: fc.integer({ min: 1, max: 99 }),
    results: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
    writesNumber: fc.boolean(),
    tail: fc.constantFrom(...tails),
  }),
  fc.record({
    kind: fc.constant("count" as const),
    comparator: fc.constantFrom("at_least" as const, "at_most" as const),
    // Below 1900: a four-digit number from 1900 on reads as a year, not a count (src/checks/goal-target-text.ts).
    target: fc.integer({ min: 1, max: 999 }),
    results: fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1, maxLength: 3 }),
    writesNumber: fc.boolean(),
    tail: fc.constantFrom("deltagare skrivs in under året.", "deltagare avslutas till arbete."),
  }),
);

/** A status's standard wording (src/compute/arsredovisning/declared-status.ts), with an opening and a remark or not. */
const wording = fc.record({
  subject: fc.constantFrom("", "Målet är", "Målet", "Mål är"),
  remark: fc.constantFrom("", " (plan finns)", "."),
  inte: fc.boolean(),
});
type Wording = typeof wording extends fc.Arbitrary<infer T> ? T : never;

function statusText(status: Status, w: Wording): string {
  const said = status === "ej" && w.inte ? "inte uppnått" : words[status];
  const text = w.subject ? `${w.subject} ${said}` : said.charAt(0).toUpperCase() + said.slice(1);
  return `${text}${w.remark}`;
}

const ambitions = fc.array(fc.record({ goals: fc.array(goalFigures, { minLength: 1, maxLength: 3 }), wording }), { minLength: 1, maxLength: 3 });
type Ambitions = typeof ambitions extends fc.Arbitrary<infer T> ? T : never;

const comparatorWord = (g: Pick<GoalFigures, "comparator">) => (g.comparator === "at_least" ? "Minst" : "Högst");
const written = (g: GoalFigures, n: number) => (g.kind === "percent" ? `${n} %` : String(n));
const goalText = (g: GoalFigures, n = g.target) => (g.writesNumber ? `${comparatorWord(g)} ${written(g, n)} ${g.tail}` : `{target} ${g.tail}`);

/** What a goal's results give against its target, as the follow-up reads them (the whole-percent shares compared as shown). */
function goalStatus(g: GoalFigures): Status {
  const meets = g.results.map((r) => (g.comparator === "at_least" ? r >= g.target : r <= g.target));
  return meets.every(Boolean) ? "uppnatt" : meets.some(Boolean) ? "delvis" : "ej";
}

function ambitionStatus(goals: GoalFigures[]): Status {
  const all = goals.map(goalStatus);
  return all.every((s) => s === "uppnatt") ? "uppnatt" : all.every((s) => s === "ej") ? "ej" : "delvis";
}

const share = (g: GoalFigures, n: number) => (g.kind === "percent" ? n / 100 : n);

function reportGoals(list: Ambitions): Raw[] {
  return list.map((ambition, a) => {
    const status = ambitionStatus(ambition.goals);
    return {
      ambition: `Ambition ${a + 1}`,
      follow_up: "Mål uppföljda genom rapporter",
      declared: { text: statusText(status, ambition.wording), status },
      goals: ambition.goals.map((g) => ({
        text: goalText(g),
        target: { comparator: g.comparator, value: share(g, g.target), unit: g.kind },
        source: "reports",
        results: g.results.map((r) => ({ value: share(g, r) })),
      })),
    };
  });
}

const report = (goals: Raw[]) => arsredovisning.build(arsredovisningSchema.parse({ goals }) as never, context("arsredovisning", 2025)).findings;

/** Which ambition, goal and other status or number a plant picks, as free numbers (taken modulo what the data has). */
const pick = fc.record({ ambition: fc.nat(), goal: fc.nat(), other: fc.integer({ min: 1, max: 2 }), number: fc.integer({ min: 1, max: 98 }) });
const otherStatus = (status: Status, step: number) => statuses[(statuses.indexOf(status) + step) % 3]!;

describe("granskning of the goal follow-up (property-based)", () => {
  it("finds nothing in a consistent follow-up", () => {
    fc.assert(
      fc.property(ambitions, (list) => {
        expect(report(reportGoals(list))).toEqual([]);
      }),
      runs,
    );
  });

  it("malstatus-text (fel) and malstatus (varning): a declared status key changed, its text kept", () => {
    fc.assert(
      fc.property(ambitions, pick, (list, p) => {
        const goals = reportGoals(list);
        const a = p.ambition % goals.length;
        const declared = goals[a]!.declared;
        const status = declared.status as Status;
        declared.status = otherStatus(status, p.other);
        const path = `goals.${a}.declared.status`;
        const found = report(goals);
        // One mistake, two rules: the text says the (right) status, the key does not; and the key is not what the results give.
        expect(summary(found)).toEqual([`fel malstatus-text ${path}`, `varning malstatus ${path}`].sort());
        expect(found.find((f) => f.rule === "malstatus-text")).toMatchObject({ stated: words[status], computed: words[declared.status as Status] });
        for (const f of found) expect(f.url).toBe(`/t/#arsredovisning-goals-${a}`);
      }),
      runs,
    );
  });

  it("malstatus-text (fel): a declared text that names another status than its key", () => {
    fc.assert(
      fc.property(ambitions, pick, wording, (list, p, w) => {
        const goals = reportGoals(list);
        const a = p.ambition % goals.length;
        const declared = goals[a]!.declared;
        const other = otherStatus(declared.status, p.other);
        declared.text = statusText(other, w);
        const found = report(goals);
        expect(summary(found)).toEqual([`fel malstatus-text goals.${a}.declared.status`]);
        expect(found[0]).toMatchObject({ stated: words[other], computed: words[declared.status as Status], quantity: "text" });
      }),
      runs,
    );
  });

  it("malstatus (varning): a declared status, key and text, that the targets and results do not give", () => {
    fc.assert(
      fc.property(ambitions, pick, (list, p) => {
        const goals = reportGoals(list);
        const a = p.ambition % goals.length;
        const declared = goals[a]!.declared;
        const computed = declared.status as Status;
        const other = otherStatus(computed, p.other);
        Object.assign(declared, { status: other, text: statusText(other, list[a]!.wording) });
        const found = report(goals);
        // A varning, not a fel: the board may judge a goal reached on more than the measured results.
        expect(summary(found)).toEqual([`varning malstatus goals.${a}.declared.status`]);
        expect(found[0]).toMatchObject({ stated: words[other], computed: words[computed] });
      }),
      runs,
    );
  });

  it("malvarde-text (varning): a goal text whose number is not the target", () => {
    fc.assert(
      fc.property(ambitions, pick, (list, p) => {
        const a = p.ambition % list.length;
        const g = p.goal % list[a]!.goals.length;
        const figures = list[a]!.goals[g]!;
        figures.writesNumber = true;
        const goals = reportGoals(list);
        const number = figures.target + p.number <= (figures.kind === "percent" ? 99 : 999) ? figures.target + p.number : figures.target - 1;
        fc.pre(number >= 1);
        goals[a]!.goals[g].text = goalText(figures, number);
        const found = report(goals);
        // A varning: which of the two the board meant, the text or the target, only the board can say.
        expect(summary(found)).toEqual([`varning malvarde-text goals.${a}.goals.${g}.target.value`]);
        expect(found[0]).toMatchObject({ stated: share(figures, figures.target), computed: share(figures, number) });
      }),
      runs,
    );
  });
});

// ---- A verksamhetsplan's resultatmål: the same rule malvarde-text, the plan's percent written whole (30 for 30 %).
const planGoals = fc.array(fc.array(goalFigures, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
type PlanGoals = typeof planGoals extends fc.Arbitrary<infer T> ? T : never;

function plan(list: PlanGoals, change: (raw: Raw) => void = () => {}): Finding[] {
  const raw = read("tests/fixtures/plan-fiktiv/data/fiktiv/2027/verksamhetsplan.yaml");
  // The fixture's equity is above the recommended level (a notering); at 30 % it is not.
  raw.eget_kapital.recommended_share = 0.3;
  raw.resultatmal.levels[0].ambitions = list.map((goals, a) => ({
    text: `Ambition ${a + 1}`,
    goals: goals.map((g, i) => ({
      id: `mal-${a}-${i}`,
      // The plan has no template: a goal that writes no number names the target in words.
      text: g.writesNumber ? goalText(g) : `Fler ${g.tail}`,
      source: "insatsrapporter",
      target: { comparator: g.comparator, value: g.target, unit: g.kind === "percent" ? "percent" : "persons" },
    })),
  }));
  change(raw);
  return verksamhetsplan.build(verksamhetsplanSchema.parse(raw) as never, context("verksamhetsplan", 2027)).findings;
}

describe("granskning of a verksamhetsplan's resultatmål (property-based)", () => {
  it("finds nothing when every goal text writes its target", () => {
    fc.assert(
      fc.property(planGoals, (list) => {
        expect(plan(list)).toEqual([]);
      }),
      runs,
    );
  });

  it("malvarde-text (varning): a goal text whose number is not the target, at that goal's target", () => {
    fc.assert(
      fc.property(planGoals, pick, (list, p) => {
        const a = p.ambition % list.length;
        const g = p.goal % list[a]!.length;
        const figures = list[a]![g]!;
        figures.writesNumber = true;
        const number = figures.target + p.number <= (figures.kind === "percent" ? 99 : 999) ? figures.target + p.number : figures.target - 1;
        fc.pre(number >= 1);
        const path = ["resultatmal", "levels", 0, "ambitions", a, "goals", g];
        const found = plan(list, (raw) => {
          raw.resultatmal.levels[0].ambitions[a].goals[g].text = goalText(figures, number);
        });
        expect(summary(found)).toEqual([`varning malvarde-text ${path.join(".")}.target.value`]);
        expect(found[0]).toMatchObject({ stated: share(figures, figures.target), computed: share(figures, number) });
      }),
      runs,
    );
  });
});
