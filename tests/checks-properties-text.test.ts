import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/checks/finding.ts";
import { arsredovisning } from "../src/documents/arsredovisning.ts";
import type { ProseSection } from "../src/documents/body.ts";
import { verksamhetsplan } from "../src/documents/verksamhetsplan.ts";
import { arsredovisningSchema } from "../src/schemas/arsredovisning/index.ts";
import { verksamhetsplanSchema } from "../src/schemas/index.ts";
import { type ParticipantFigures, participantFigures, participantsData, type Raw, totalOf } from "./helpers/participants.ts";
import { context, statementFigures, summary } from "./helpers/property-context.ts";
import { consistentStatements, type StatementFigures } from "./helpers/statements.ts";

const runs = { numRuns: 100 };

// ---- Årsredovisning: participants.stated and economy.stated.

const n = (min: number, max: number) => fc.integer({ min, max });
const _pair = (min: number, max: number) => fc.tuple(n(min, max), n(min, max));

interface Quote {
  path: string;
  /** As the text states it (a share in whole percent). */
  value: number;
  /** As the data gives it. */
  exact: number;
  kind: "count" | "share" | "amount";
}

/** The figures the text may quote, with their values worked out from the generated figures (not read from the build). */
function quotable(p: ParticipantFigures, s: StatementFigures): Quote[] {
  const quotes: Quote[] = [];
  const count = (path: string, value: number) => quotes.push({ path, value, exact: value, kind: "count" });
  // Shares as the text prints them, in whole percent rounded half up (in integers: 23 of 40 is 58 %, though
  // 23 / 40 * 100 is 57.49999… in floating point), where that is neither 0 nor 100 %.
  const share = (path: string, part: number, of: number) => {
    const percent = Math.floor((200 * part + of) / (2 * of));
    if (of > 0 && part / of >= 0.05 && part / of <= 0.95) quotes.push({ path, value: percent / 100, exact: part / of, kind: "share" });
  };
  for (const [which, y] of [
    ["current", "2025"],
    ["previous", "2024"],
  ] as const) {
    for (const category of ["enrolled", "new", "ended"] as const) {
      const c = p.counts[y][category];
      count(`${which}.${category}.total`, totalOf(c));
      count(`${which}.${category}.women`, c.women);
      count(`${which}.${category}.men`, c.men);
      share(`${which}.${category}.womenShare`, c.women, c.women + c.men);
    }
  }
  const ended = p.counts["2025"].ended;
  const exit = p.exit["2025"];
  for (const id of ["work_study", "work", "other"] as const) {
    count(`exit.${id}.women.count`, exit.women[id]);
    share(`exit.${id}.men.share`, exit.men[id], ended.men);
    share(`exit.${id}.total.share`, exit.women[id] + exit.men[id], totalOf(ended));
  }
  share("exit.work_study_minus_work.women.share", exit.women.work_study - exit.women.work, ended.women);
  // The economy the text quotes, from the statements of 2025 (amounts, tkr).
  const resultat = s.intakter[0] - s.kostnader[0] - s.finansiella[0];
  const amount = (path: string, value: number) => quotes.push({ path, value, exact: value, kind: "amount" });
  amount("economy.intakter", s.intakter[0]);
  amount("economy.verksamhetskostnader", s.kostnader[0]);
  amount("economy.arets_resultat", resultat);
  amount("economy.equityClosing", s.equityOpening2024 + s.intakter[1] - s.kostnader[1] - s.finansiella[1] + resultat);
  amount("economy.pensionObligation", s.avsattningar[0]);
  return quotes;
}

const stated = (list: Quote[], picks: number[]) => [...new Set(picks.map((i) => i % list.length))].map((i) => list[i]!);

function annualReport(p: ParticipantFigures, s: StatementFigures, quotes: Quote[], change: (stated: Record<string, Raw>) => void = () => {}): Finding[] {
  const where = "Förvaltningsberättelsen";
  const participantsStated = Object.fromEntries(quotes.filter((q) => q.kind !== "amount").map((q) => [q.path, { value: q.value, where }]));
  const economyStated = Object.fromEntries(quotes.filter((q) => q.kind === "amount").map((q) => [q.path, { value: q.value, where }]));
  change({ ...participantsStated, ...economyStated });
  const data = {
    ...consistentStatements(s),
    participants: participantsData(p, { stated: participantsStated }),
    economy: { stated: economyStated },
  };
  return arsredovisning.build(arsredovisningSchema.parse(data) as never, context("arsredovisning", 2025)).findings;
}

const statedPath = (q: Quote) => `${q.kind === "amount" ? "economy" : "participants"}.stated.${q.path}.value`;
const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 8 });

/** A figure changed so that the text prints another number: counts and amounts by whole units, shares by whole percent towards the middle. */
function changed(q: Quote, size: number, up: boolean): number {
  if (q.kind !== "share") return q.value + (up || q.value - size < 0 ? size : -size);
  const step = (1 + (size % 40)) / 100;
  return Math.round((q.value < 0.5 ? q.value + step : q.value - step) * 100) / 100;
}

describe("granskning of the figures an årsredovisning's text states (property-based)", () => {
  it("finds nothing when every stated figure is the value it quotes", () => {
    fc.assert(
      fc.property(participantFigures, statementFigures, picks, (p, s, chosen) => {
        expect(annualReport(p, s, stated(quotable(p, s), chosen))).toEqual([]);
      }),
      runs,
    );
  });

  it("angiven-uppgift: one stated figure off is a fel at its path", () => {
    fc.assert(
      fc.property(participantFigures, statementFigures, picks, fc.nat(), n(1, 300), fc.boolean(), (p, s, chosen, which, size, up) => {
        const quotes = stated(quotable(p, s), chosen);
        const wrong = quotes[which % quotes.length]!;
        const value = changed(wrong, size, up);
        const found = annualReport(p, s, quotes, (figures) => {
          figures[wrong.path]!.value = value;
        });
        expect(summary(found)).toEqual([`fel angiven-uppgift ${statedPath(wrong)}`]);
        expect(found[0]).toMatchObject({ stated: value, computed: wrong.exact });
      }),
      runs,
    );
  });

  it("angiven-uppgift: a ”ca” figure is a fel beyond 5 % of it, a notering within", () => {
    const counts = (p: ParticipantFigures, s: StatementFigures) => quotable(p, s).filter((q) => q.kind === "count" && q.value >= 40);
    fc.assert(
      fc.property(participantFigures, statementFigures, fc.nat(), fc.boolean(), (p, s, which, beyond) => {
        const list = counts(p, s);
        fc.pre(list.length > 0);
        const quote = list[which % list.length]!;
        // Written "ca": right as near as 5 % of what it states (src/compute/stated.ts approximateAllowance).
        const value = beyond ? Math.ceil(quote.value * 1.06) + 1 : quote.value + Math.max(1, Math.floor(quote.value * 0.04));
        const found = annualReport(p, s, [quote], (figures) => {
          Object.assign(figures[quote.path]!, { value, approximate: true });
        });
        expect(summary(found)).toEqual([`${beyond ? "fel" : "notering"} angiven-uppgift ${statedPath(quote)}`]);
      }),
      runs,
    );
  });

  // Found by this property: an economy figure below 1 was taken for a share, so a deficit the text
  // states was compared and shown as a percentage. A share is now 0–1 with decimals only.
  it("angiven-uppgift: an amount the text states is shown as an amount, also when it is 0 or negative", () => {
    fc.assert(
      fc.property(participantFigures, statementFigures, fc.nat(), n(1, 300), (p, s, which, size) => {
        const amounts = quotable(p, s).filter((q) => q.kind === "amount");
        const wrong = amounts[which % amounts.length]!;
        const found = annualReport(p, s, amounts, (figures) => {
          figures[wrong.path]!.value = wrong.value + size;
        });
        expect(found.map((f) => f.display)).toEqual([undefined]);
        expect(found[0]!.message).not.toContain("%");
      }),
      runs,
    );
  });
});

// ---- Verksamhetsplan: text_figures (amounts summing budget lines) and stated_figures (key figures).

const planYears = ["2027", "2028", "2029"] as const;
const amounts = (min: number, max: number) => fc.record({ 2027: n(min, max), 2028: n(min, max), 2029: n(min, max) });
const budgetShape = fc.record({
  intakter: fc.array(amounts(0, 20000), { minLength: 1, maxLength: 3 }),
  insatser: fc.array(amounts(-20000, 0), { minLength: 1, maxLength: 3 }),
  kansli: fc.array(amounts(-20000, 0), { minLength: 1, maxLength: 2 }),
  finansiella: amounts(-500, 0),
});
type BudgetShape = typeof budgetShape extends fc.Arbitrary<infer T> ? T : never;
type Amounts = BudgetShape["finansiella"];

/** The lines a text figure can sum, by id, with their amounts: every leaf, and the insatser's group. */
function budgetLines(b: BudgetShape): Record<string, Amounts> {
  const lines: Record<string, Amounts> = {};
  b.intakter.forEach((a, i) => {
    lines[`intakt-${i}`] = a;
  });
  b.insatser.forEach((a, i) => {
    lines[`insats-${i}`] = a;
  });
  b.kansli.forEach((a, i) => {
    lines[`kansli-${i}`] = a;
  });
  lines.finansiella = b.finansiella;
  const sum = (list: Amounts[], y: (typeof planYears)[number]) => list.reduce((total, a) => total + a[y], 0);
  lines["sum-insatser"] = { 2027: sum(b.insatser, "2027"), 2028: sum(b.insatser, "2028"), 2029: sum(b.insatser, "2029") };
  return lines;
}

function planData(b: BudgetShape): Raw {
  const leaf = (prefix: string) => (a: Amounts, i: number) => ({ id: `${prefix}-${i}`, label: "Rad", amounts: a });
  return {
    title: "Verksamhetsplan",
    decided: "2026-11-15",
    period: { from: 2027, to: 2029 },
    budget: {
      years: [2027, 2028, 2029],
      // Large enough that the recommended equity level is never exceeded (rule eget-kapital-niva).
      medlemsbidrag: { 2027: 1e9, 2028: 1e9, 2029: 1e9 },
      intakter: { label: "Intäkter", sum_label: "Summa intäkter", rows: b.intakter.map(leaf("intakt")) },
      kostnader: {
        label: "Kostnader",
        sum_label: "Summa kostnader",
        rows: [{ id: "sum-insatser", label: "Insatser", rows: b.insatser.map(leaf("insats")) }, ...b.kansli.map(leaf("kansli"))],
      },
      finansiella_poster: { label: "Finansiella poster", rows: [{ id: "finansiella", label: "Räntor", amounts: b.finansiella }] },
      summaries: [{ label: "Årets resultat", of: ["intakter", "kostnader", "finansiella_poster"] }],
    },
    eget_kapital: { balance: { year: 2027, at: "start", amount: 1000 }, recommended_share: 0.2 },
  };
}

const textFigure = fc.record({ year: fc.constantFrom(...planYears), lines: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), asCost: fc.boolean() });
const keyFigure = fc.record({ year: fc.constantFrom(...planYears), key: fc.constantFrom("intakter", "kostnader", "resultat") });

/** The text figures as stated, each the sum of its lines (negated when the text quotes a cost without its minus). */
function textFigures(b: BudgetShape, figures: (typeof textFigure extends fc.Arbitrary<infer T> ? T : never)[]): Raw[] {
  const lines = budgetLines(b);
  const ids = Object.keys(lines);
  return figures.map((f, i) => {
    const chosen = [...new Set(f.lines.map((k) => ids[k % ids.length]!))];
    const sum = chosen.reduce((total, id) => total + lines[id]![f.year], 0);
    return { label: `Figur ${i + 1} i texten`, year: Number(f.year), lines: chosen, stated: f.asCost ? -sum : sum, as_cost: f.asCost };
  });
}

/** The key figures (nyckeltal) the text states: income, costs as a positive amount, the result. */
function keyFigures(b: BudgetShape, figures: (typeof keyFigure extends fc.Arbitrary<infer T> ? T : never)[]): Record<string, Raw> {
  const total = (list: Amounts[], y: (typeof planYears)[number]) => list.reduce((sum, a) => sum + a[y], 0);
  const values = (y: (typeof planYears)[number]) => {
    const intakter = total(b.intakter, y);
    const kostnader = -(total(b.insatser, y) + total(b.kansli, y) + b.finansiella[y]);
    return { intakter, kostnader, resultat: intakter - kostnader };
  };
  return Object.fromEntries(figures.map((f) => [`nyckeltal.${f.year}.${f.key}`, { value: values(f.year)[f.key], where: "Budgeten i texten" }]));
}

const plan = (raw: Raw, prose: ProseSection[] = []) =>
  verksamhetsplan.build(verksamhetsplanSchema.parse(raw) as never, context("verksamhetsplan", 2027, prose)).findings;
const textFigureList = fc.array(textFigure, { minLength: 1, maxLength: 3 });
const keyFigureList = fc.array(keyFigure, { minLength: 1, maxLength: 3 });

describe("granskning of the amounts a verksamhetsplan's text states (property-based)", () => {
  it("finds nothing when every amount the text states is the budget's", () => {
    fc.assert(
      fc.property(budgetShape, textFigureList, keyFigureList, (b, figures, keys) => {
        expect(plan({ ...planData(b), text_figures: textFigures(b, figures), stated_figures: keyFigures(b, keys) })).toEqual([]);
      }),
      runs,
    );
  });

  it("text: one amount of text_figures or stated_figures off is a fel at its path", () => {
    fc.assert(
      fc.property(budgetShape, textFigureList, keyFigureList, fc.nat(), n(1, 5000), fc.boolean(), (b, figures, keys, which, size, up) => {
        const raw = { ...planData(b), text_figures: textFigures(b, figures), stated_figures: keyFigures(b, keys) };
        const paths: { path: string; target: Raw; key: string }[] = [
          ...raw.text_figures.map((target, i) => ({ path: `text_figures.${i}.stated`, target, key: "stated" })),
          ...Object.entries(raw.stated_figures).map(([quotes, target]) => ({ path: `stated_figures.${quotes}.value`, target, key: "value" })),
        ];
        const wrong = paths[which % paths.length]!;
        const before = wrong.target[wrong.key];
        wrong.target[wrong.key] = before + (up ? size : -size);
        const found = plan(raw);
        expect(summary(found)).toEqual([`fel text ${wrong.path}`]);
        expect(found[0]).toMatchObject({ stated: before + (up ? size : -size), computed: before, difference: up ? size : -size });
      }),
      runs,
    );
  });
});

// ---- Prose: a figure typed into the text (rule siffra-i-text).

// Pieces of prose that hold digits but no figure (src/checks/prose-literals.ts NOT_FIGURES), and words.
const noFigures = [
  "Förbundet arbetar med samverkan",
  "under 2026",
  "under perioden 2026–2028",
  "den 28 november 2025",
  "sedan 2025-11-28",
  "enligt § 4",
  "som Tabell 2 visar",
  "se not 5",
  "från kl. 13.00",
  "enligt lagen (2003:1210)",
  "på telefon 063-14 16 00",
  "under vecka 12",
  'med {% belopp "nyckeltal.2027.kostnader", "tkr" %} i kostnader',
  'för unga {% ordagrant "16–29" %} år',
  "för deltagarna och medlemmarna",
];
const sentence = fc.array(fc.constantFrom(...noFigures), { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join(" ")}.`);
const line = fc.array(sentence, { minLength: 0, maxLength: 3 }).map((sentences) => sentences.join(" "));
const section = fc.record({ name: fc.constantFrom("inledning", "verksamhet", "budget-kommentar"), lines: fc.array(line, { minLength: 1, maxLength: 12 }) });
const sections = fc.uniqueArray(section, { minLength: 1, maxLength: 3, selector: (s) => s.name });

/** Figures as a text writes them: a count, a percentage, thousands with a space, a decimal, a range. */
const figure = fc.oneof(
  n(1, 999).map((x) => ({ written: String(x), text: `${x} deltagare` })),
  n(1, 99).map((x) => ({ written: `${x} %`, text: `${x} %` })),
  fc.tuple(n(1, 99), n(0, 999)).map(([a, b]) => ({ written: `${a} ${String(b).padStart(3, "0")}`, text: `${a} ${String(b).padStart(3, "0")} tkr` })),
  n(1, 9).map((x) => ({ written: `${x},5`, text: `${x},5 årsarbetare` })),
  fc.tuple(n(1, 40), n(1, 40)).map(([a, b]) => ({ written: `${a}–${a + b}`, text: `${a}–${a + b} år` })),
);

const proseOf = (list: { name: string; lines: string[] }[]): ProseSection[] =>
  list.map((s, i) => ({ section: s.name, file: `content/prose/t/2027/verksamhetsplan/${10 + i}-${s.name}.md`, source: s.lines.join("\n") }));
const basePlan = (b: BudgetShape) => planData(b);

describe("granskning of the prose's typed figures (property-based)", () => {
  it("finds nothing in prose whose digits are dates, years, references, times, laws, phone numbers and shortcodes", () => {
    fc.assert(
      fc.property(budgetShape, sections, (b, list) => {
        expect(plan(basePlan(b), proseOf(list))).toEqual([]);
      }),
      runs,
    );
  });

  it("siffra-i-text: a figure typed into a line is one varning at its file and line, linked to the line", () => {
    fc.assert(
      fc.property(budgetShape, sections, fc.nat(), fc.nat(), figure, fc.boolean(), (b, list, s, l, typed, decided) => {
        const target = list[s % list.length]!;
        const index = l % target.lines.length;
        target.lines[index] = `${target.lines[index]} Under året räknade förbundet ${typed.text}.`.trimStart();
        const raw = basePlan(b);
        if (!decided) delete raw.decided;
        const prose = proseOf(list);
        const file = prose[s % list.length]!.file;
        const found = plan(raw, prose);
        // A varning, adopted or not: prose has data to bind a figure to ({% tal %}), and bound or marked
        // {% ordagrant %} it prints the same, so the board's text is not changed by either.
        expect(found.map((f) => [f.rule, f.severity, f.file, f.line, f.path])).toEqual([["siffra-i-text", "varning", file, index + 1, ""]]);
        expect(found[0]!.url).toBe(`/t/#verksamhetsplan-text-${target.name}-rad-${index + 1}`);
        expect(found[0]!.message).toContain(`talet ”${typed.written}”`);
      }),
      runs,
    );
  });
});

// What the generators above rely on: the sums are the budget's, as the build computes them.
describe("the generated budget", () => {
  it("has text figures that are the sums of their lines", () => {
    fc.assert(
      fc.property(budgetShape, textFigureList, (b, figures) => {
        const lines = budgetLines(b);
        for (const f of textFigures(b, figures)) {
          const sum = (f.lines as string[]).reduce((total, id) => total + lines[id]![String(f.year) as "2027"], 0);
          expect(f.stated).toBe(f.as_cost ? -sum : sum);
        }
      }),
      { numRuns: 20 },
    );
  });
});
