import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { countParts, subtractCells, sumCells } from "../src/compute/cell.ts";
import { computeDriftsredovisning } from "../src/compute/driftsredovisning.ts";
import { compareStated } from "../src/compute/stated.ts";
import { driftsredovisningSchema } from "../src/schemas/index.ts";
import { standaloneDrifts } from "./helpers/seeds.ts";

const seed = () => driftsredovisningSchema.parse(parse(readFileSync(standaloneDrifts, "utf8")));

describe("cells", () => {
  it("sums with empty cells counting as 0, but keeps a sum of only empty cells empty", () => {
    expect(sumCells([8227, null])).toBe(8227);
    expect(sumCells([null, null])).toBeNull();
    expect(sumCells([])).toBeNull();
    expect(subtractCells(422, null)).toBe(422);
    expect(subtractCells(null, null)).toBeNull();
    expect(subtractCells(null, 5)).toBe(-5);
    expect(countParts([1, null, 3])).toBe(2);
  });
});

describe("stated totals", () => {
  it("tells rounding (≤ half a unit per part) from a real difference", () => {
    expect(compareStated(["x"], 10, 9, 2)).toMatchObject({ difference: 1, withinRounding: true });
    expect(compareStated(["x"], 11, 9, 2)).toMatchObject({ difference: 2, withinRounding: false });
    expect(compareStated(["x"], -2170000, -2160000, 3)).toMatchObject({ difference: -10000, withinRounding: false });
    expect(compareStated(["x"], null, null, 0)).toMatchObject({ difference: 0, withinRounding: true });
  });
});

describe("driftsredovisning", () => {
  const report = computeDriftsredovisning(seed());
  const column = (year: string) => report.lines.filter((l) => l.kind !== "heading").map((l) => l.values[year]!.differens);

  it("computes the seed's Differens utfall−budget columns", () => {
    // Medlemsbidrag, Övriga, Summa intäkter, Insats, Personal, Drift, Summa kostnader, Verksamhetsresultat, Finansiella, Resultat
    expect(column("2025")).toEqual([-1, null, -1, 807, 305, 238, 1350, 1349, -81, 1268]);
    expect(column("2024")).toEqual([0, 422, 422, -24, -390, 133, -281, 141, 140, 281]);
  });

  it("computes sums and results for both years", () => {
    expect(report.verksamhetsresultat["2025"]).toEqual({ utfall: 1352, budget: 3, differens: 1349 });
    expect(report.resultat["2025"]).toEqual({ utfall: 1271, budget: 3, differens: 1268 });
    expect(report.resultat["2024"]).toEqual({ utfall: -594, budget: -875, differens: 281 });
    const sums = report.lines.filter((l) => l.kind === "sum").map((l) => [l.label, l.values["2025"]!.utfall, l.values["2024"]!.utfall]);
    expect(sums).toEqual([
      ["Summa intäkter", 8227, 8484],
      ["Summa verksamhetskostnader", -6875, -9218],
    ]);
  });

  it("finds every stated total equal to the computed one in the seed", () => {
    expect(report.stated).toHaveLength(4 * 2 * 3);
    expect(report.stated.filter((c) => c.difference !== 0)).toEqual([]);
  });

  it("reports a stated total that its parts do not give, with the parts counted", () => {
    const data = seed();
    data.kostnader.stated_sum!.utfall!["2025"] = -6885;
    const wrong = computeDriftsredovisning(data).stated.filter((c) => c.difference !== 0);
    expect(wrong).toEqual([
      {
        path: ["kostnader", "stated_sum", "utfall", "2025"],
        row: ["kostnader", "summa"],
        stated: -6885,
        computed: -6875,
        difference: -10,
        parts: 3,
        // tkr rounded from kronor: half a unit per part, at most one unit.
        allowance: 1,
        withinRounding: false,
        description: "utfall 2025: Insatsfinansiering + Personalkostnader + Driftskostnader och Aktivitetskostnader",
        // Where each part is written, for telling which one was mistyped.
        partCells: [
          { path: ["kostnader", "rows", 0, "utfall", "2025"], value: -4447 },
          { path: ["kostnader", "rows", 1, "utfall", "2025"], value: -1776 },
          { path: ["kostnader", "rows", 2, "utfall", "2025"], value: -652 },
        ],
      },
    ]);
  });

  it("changes the results when a row changes", () => {
    const data = seed();
    data.kostnader.rows[0]!.utfall["2025"] = -4448;
    const changed = computeDriftsredovisning(data);
    expect(changed.resultat["2025"]!.utfall).toBe(1270);
    expect(changed.stated.filter((c) => c.difference !== 0).map((c) => c.path.join("."))).toEqual([
      "kostnader.stated_sum.utfall.2025",
      "kostnader.stated_sum.differens.2025",
      "verksamhetsresultat.stated.utfall.2025",
      "verksamhetsresultat.stated.differens.2025",
      "resultat.stated.utfall.2025",
      "resultat.stated.differens.2025",
    ]);
  });
});
