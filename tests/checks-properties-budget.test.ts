// Property-based: a consistent verksamhetsplan budget (every group sum, summary and equity balance
// stated as computed) has no findings; changing one budget row gives exactly the findings of the
// sums, results and equity balances that row is part of, at their paths, in every plan year.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { computeVerksamhetsplan } from "../src/compute/verksamhetsplan.ts";
import type { YamlSource } from "../src/data/yaml-source.ts";
import type { BuildContext } from "../src/documents/kind.ts";
import { verksamhetsplan } from "../src/documents/verksamhetsplan.ts";
import { forbundSchema, type Verksamhetsplan, verksamhetsplanSchema } from "../src/schemas/index.ts";

const years = ["2027", "2028", "2029"] as const;
const forbund = forbundSchema.parse(parse(readFileSync("tests/fixtures/plan-fiktiv/data/fiktiv/forbund.yaml", "utf8")));
const source: YamlSource = { file: "plan.yaml", value: {}, lineOf: () => 1, valueAt: () => ({ found: false }) };
const context: BuildContext = {
  slug: "fiktiv",
  forbund,
  year: 2027,
  id: "verksamhetsplan",
  source,
  unit: "tkr",
  siblings: [],
  prose: [],
  document: { label: "Verksamhetsplan 2027 (Test)", url: "/t/", id: "verksamhetsplan" },
};

const amount = (min: number, max: number) => fc.record({ 2027: fc.integer({ min, max }), 2028: fc.integer({ min, max }), 2029: fc.integer({ min, max }) });
const leaves = (min: number, max: number, n: number) =>
  fc.array(fc.record({ label: fc.constant("Rad"), amounts: amount(min, max) }), { minLength: 1, maxLength: n });
const shape = fc.record({
  intakter: leaves(0, 20000, 2),
  insatser: leaves(-20000, 0, 3),
  kansli: leaves(-20000, 0, 2),
  finansiella: leaves(-500, 0, 1),
  balance: fc.record({
    year: fc.constantFrom(2027, 2028, 2029),
    at: fc.constantFrom("start" as const, "end" as const),
    amount: fc.integer({ min: -50000, max: 50000 }),
  }),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function plan(s: Shape): Verksamhetsplan {
  return verksamhetsplanSchema.parse({
    title: "Verksamhetsplan",
    decided: "2026-11-15",
    period: { from: 2027, to: 2029 },
    budget: {
      years: [2027, 2028, 2029],
      // Large enough that the recommended equity level is never exceeded (rule eget-kapital-niva).
      medlemsbidrag: { 2027: 1e9, 2028: 1e9, 2029: 1e9 },
      intakter: { id: "sum-intakter", label: "Intäkter", sum_label: "Summa intäkter", rows: s.intakter },
      kostnader: {
        id: "sum-kostnader",
        label: "Kostnader",
        sum_label: "Summa kostnader",
        rows: [{ id: "sum-insatser", label: "Insatser", rows: s.insatser }, ...s.kansli],
      },
      finansiella_poster: { id: "sum-finansiella", label: "Finansiella poster", rows: s.finansiella },
      summaries: [
        { id: "verksamhetens-resultat", label: "Verksamhetens resultat", of: ["intakter", "kostnader"], after: "kostnader" },
        { id: "arets-resultat-rad", label: "Årets resultat", of: ["intakter", "kostnader", "finansiella_poster"] },
      ],
    },
    eget_kapital: { balance: s.balance, recommended_share: 0.2, show: ["opening", "closing"] },
  });
}

/** States every sum, summary and equity balance exactly as computed. */
function consistent(s: Shape): Verksamhetsplan {
  const data = plan(s);
  const c = computeVerksamhetsplan(data, forbund);
  const of = (id: string) => Object.fromEntries(years.map((y) => [y, c.budget.byId[id]![y]!]));
  data.budget.intakter.stated = of("sum-intakter");
  data.budget.kostnader.stated = of("sum-kostnader");
  data.budget.kostnader.rows![0]!.stated = of("sum-insatser");
  data.budget.finansiella_poster!.stated = of("sum-finansiella");
  data.budget.summaries[0]!.stated = of("verksamhetens-resultat");
  data.budget.summaries[1]!.stated = of("arets-resultat-rad");
  data.eget_kapital.stated_opening = Object.fromEntries(years.map((y) => [y, c.equity.years[y]!.opening]));
  data.eget_kapital.stated_closing = Object.fromEntries(years.map((y) => [y, c.equity.years[y]!.closing]));
  return data;
}

const findings = (data: Verksamhetsplan) => verksamhetsplan.build(data as never, context).findings;

/** The equity balances a change of year y's result moves, with the known balance fixed. */
function equityPaths(y: number, balance: Shape["balance"]): string[] {
  // The known balance is the opening of `anchor`.
  const anchor = balance.at === "start" ? balance.year : balance.year + 1;
  const paths: string[] = [];
  for (const k of years.map(Number)) {
    if (y >= anchor) {
      if (k > y) paths.push(`eget_kapital.stated_opening.${k}`);
      if (k >= y) paths.push(`eget_kapital.stated_closing.${k}`);
    } else {
      if (k <= y) paths.push(`eget_kapital.stated_opening.${k}`);
      if (k < y) paths.push(`eget_kapital.stated_closing.${k}`);
    }
  }
  return paths;
}

describe("granskning of a verksamhetsplan budget (property-based)", () => {
  it("finds nothing in a consistent budget", () => {
    fc.assert(
      fc.property(shape, (s) => {
        expect(findings(consistent(s))).toEqual([]);
      }),
    );
  });

  it("computes the sums and results from the rows, and rolls equity forward from the known balance", () => {
    fc.assert(
      fc.property(shape, (s) => {
        const c = computeVerksamhetsplan(plan(s), forbund);
        const rows = [...s.intakter, ...s.insatser, ...s.kansli, ...s.finansiella];
        for (const y of years) {
          const result = rows.reduce((total, row) => total + row.amounts[y], 0);
          const year = c.equity.years[y]!;
          const sum = (list: typeof rows) => list.reduce((total, row) => total + row.amounts[y], 0);
          expect(c.budget.byId["sum-insatser"]![y]).toBe(sum(s.insatser));
          expect(c.budget.byId["sum-kostnader"]![y]).toBe(sum(s.insatser) + sum(s.kansli));
          expect(c.budget.byId["verksamhetens-resultat"]![y]).toBe(sum(s.intakter) + sum(s.insatser) + sum(s.kansli));
          expect(c.budget.aretsResultat[y]).toBe(result);
          expect(year.closing).toBe(year.opening + result);
          const next = c.equity.years[String(Number(y) + 1)];
          if (next) expect(next.opening).toBe(year.closing);
        }
        const known = c.equity.years[String(s.balance.year)]!;
        expect(s.balance.at === "start" ? known.opening : known.closing).toBe(s.balance.amount);
      }),
    );
  });

  it("finds exactly the sums, results and equity balances one changed row is part of", () => {
    const where = fc.constantFrom("intakter", "insatser", "kansli", "finansiella") as fc.Arbitrary<"intakter" | "insatser" | "kansli" | "finansiella">;
    fc.assert(
      fc.property(shape, where, fc.nat(), fc.constantFrom(...years), fc.integer({ min: 40, max: 9000 }), fc.boolean(), (s, group, index, year, size, up) => {
        const data = consistent(s);
        const delta = up ? size : -size;
        const rows = {
          intakter: data.budget.intakter.rows!,
          insatser: data.budget.kostnader.rows![0]!.rows!,
          kansli: data.budget.kostnader.rows!.slice(1),
          finansiella: data.budget.finansiella_poster!.rows!,
        }[group];
        const row = rows[index % rows.length]!;
        row.amounts![year] = row.amounts![year]! + delta;

        const sums = {
          intakter: ["budget.intakter.stated", "budget.summaries.0.stated"],
          insatser: ["budget.kostnader.rows.0.stated", "budget.kostnader.stated", "budget.summaries.0.stated"],
          kansli: ["budget.kostnader.stated", "budget.summaries.0.stated"],
          finansiella: ["budget.finansiella_poster.stated"],
        }[group];
        const expected = [
          ...[...sums, "budget.summaries.1.stated"].map((path) => `summa ${path}.${year}`),
          ...equityPaths(Number(year), s.balance).map((path) => `eget-kapital ${path}`),
        ].sort();
        const found = findings(data);
        expect(found.map((f) => `${f.rule} ${f.path}`).sort()).toEqual(expected);
        for (const f of found) expect(f.severity).toBe("fel");
        // The stated value stays; the computed one moves by the change (rolled back: against it).
        for (const f of found) expect(Math.abs(f.difference!)).toBe(size);
        for (const f of found) expect(f.url).toMatch(/^\/t\/#verksamhetsplan-(budget|eget_kapital)-/);
      }),
    );
  });
});
