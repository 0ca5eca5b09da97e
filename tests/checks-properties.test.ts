// Property-based: a consistent driftsredovisning has no findings; changing one number gives exactly
// the findings of the totals that number is part of, at the right paths.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statedTotalFindings } from "../src/checks/stated-totals.ts";
import { computeDriftsredovisning } from "../src/compute/driftsredovisning.ts";
import type { YamlSource } from "../src/data/yaml-source.ts";
import type { Driftsredovisning, StatedValues } from "../src/schemas/index.ts";

const years = ["2025", "2024"];
const cell = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -20000, max: 20000 }) }, { weight: 1, arbitrary: fc.constant(null) });
const values = fc.record({ "2025": cell, "2024": cell });
const row = fc.record({ label: fc.constantFrom("A", "B", "C"), utfall: values, budget: values });
const rows = fc.array(row, { minLength: 1, maxLength: 4 });

const source: YamlSource = { file: "x.yaml", value: {}, lineOf: () => 1, valueAt: () => ({ found: false }) };
const ref = { label: "Test", url: "/t/", id: "driftsredovisning" };

type Row = Omit<Driftsredovisning["intakter"]["rows"][number], "id">;

/** Rows get ids of their own (the generated labels repeat). */
const withIds = (group: string, rows: Row[]) => rows.map((row, index) => ({ ...row, id: `${group}-${index}` }));

function report(intakter: Row[], kostnader: Row[], finansiella: Row[]): Driftsredovisning {
  return {
    title: "Driftsredovisning",
    years: [2025, 2024],
    decided: "2026-03-13",
    intakter: { label: "Intäkter", sum_label: "Summa intäkter", rows: withIds("intakter", intakter) },
    kostnader: { label: "Kostnader", sum_label: "Summa kostnader", rows: withIds("kostnader", kostnader) },
    verksamhetsresultat: { label: "Verksamhetsresultat" },
    finansiella_poster: { rows: withIds("finansiella", finansiella) },
    resultat: { label: "Resultat" },
  };
}

/** States every total exactly as computed, as a consistent document would print it. */
function withStatedTotals(data: Driftsredovisning): Driftsredovisning {
  const computed = computeDriftsredovisning(data);
  const stated = (path: string): StatedValues => {
    const line = computed.lines.find((l) => l.path.join(".") === path)!;
    const pick = (column: "utfall" | "budget" | "differens") => Object.fromEntries(years.map((y) => [y, line.values[y]![column]]));
    return { utfall: pick("utfall"), budget: pick("budget"), differens: pick("differens") };
  };
  const copy = structuredClone(data);
  copy.intakter.stated_sum = stated("intakter.stated_sum");
  copy.kostnader.stated_sum = stated("kostnader.stated_sum");
  copy.verksamhetsresultat.stated = stated("verksamhetsresultat.stated");
  copy.resultat.stated = stated("resultat.stated");
  return copy;
}

const findings = (data: Driftsredovisning) => statedTotalFindings(computeDriftsredovisning(data).stated, source, ref, "tkr");

describe("granskning of a driftsredovisning (property-based)", () => {
  it("calls a difference that rounding of the parts explains a notering", () => {
    const data = withStatedTotals(
      report(
        [
          { label: "A", utfall: { "2025": 1, "2024": 1 }, budget: { "2025": 1, "2024": 1 } },
          { label: "B", utfall: { "2025": 1, "2024": 1 }, budget: { "2025": 1, "2024": 1 } },
        ],
        [{ label: "C", utfall: { "2025": -1, "2024": -1 }, budget: { "2025": -1, "2024": -1 } }],
        [{ label: "D", utfall: { "2025": 0, "2024": 0 }, budget: { "2025": 0, "2024": 0 } }],
      ),
    );
    data.intakter.stated_sum!.utfall!["2025"] = 3; // parts 1 + 1 = 2; off by one over two parts
    expect(findings(data).map((x) => [x.path, x.severity])).toEqual([["intakter.stated_sum.utfall.2025", "notering"]]);
  });

  it("finds nothing in a consistent document", () => {
    fc.assert(
      fc.property(rows, rows, rows, (i, k, f) => {
        expect(findings(withStatedTotals(report(i, k, f)))).toEqual([]);
      }),
    );
  });

  it("finds exactly the totals one changed number is part of", () => {
    const groups = ["intakter", "kostnader", "finansiella_poster"] as const;
    fc.assert(
      fc.property(
        rows,
        rows,
        rows,
        fc.constantFrom(...groups),
        fc.nat(),
        fc.constantFrom("utfall", "budget"),
        fc.constantFrom(...years),
        // Beyond rounding: at most 4 + 4 + 4 rows, two columns each, allow 12 units; change by more.
        fc.integer({ min: 13, max: 5000 }),
        (i, k, f, group, index, column, year, delta) => {
          const data = withStatedTotals(report(i, k, f));
          const target = data[group].rows[index % data[group].rows.length]!;
          target[column][year] = (target[column][year] ?? 0) + delta;

          const totals = group === "finansiella_poster" ? ["resultat.stated"] : [`${group}.stated_sum`, "verksamhetsresultat.stated", "resultat.stated"];
          const expected = totals.flatMap((total) => [`${total}.${column}.${year}`, `${total}.differens.${year}`]).sort();
          const found = findings(data);
          expect(found.map((x) => x.path).sort()).toEqual(expected);
          for (const x of found) expect(x.severity).toBe("fel");
          for (const x of found) expect(x.url).toMatch(/^\/t\/#driftsredovisning-/);
        },
      ),
    );
  });
});
