// Charts drawn from a shared runtime per shape (src/charts/spec-shape.ts, render.ts): the same SVG
// as each spec compiled and parsed on its own, whatever order the charts of one shape come in.

import type { TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { participantsChart } from "../src/charts/participants.ts";
import { renderChartSvg, renderChartSvgUnshared, variantSpec } from "../src/charts/render.ts";
import { specShape } from "../src/charts/spec-shape.ts";
import { loadData } from "../src/data/load.ts";
import { documentKinds, kindByName } from "../src/documents/index.ts";
import { generateSite, writeFiles } from "../src/synthetic/index.ts";
import { temporaryDir } from "./helpers/build.ts";

/** Every variant's spec of every chart the documents of a data folder draw. */
function chartSpecs(dataDir: string, proseDir: string): TopLevelSpec[] {
  const specs: TopLevelSpec[] = [];
  for (const entry of loadData(dataDir, { kinds: documentKinds, proseDir })) {
    for (const document of entry.documents) {
      const kind = kindByName(document.kind)!;
      const unit = (document.data as { unit?: "kr" | "tkr" }).unit ?? entry.forbund.unit;
      const document_ = { label: document.id, url: "/", id: document.id };
      const context = { slug: entry.slug, forbund: entry.forbund, year: document.year, id: document.id, source: document.source, unit };
      const built = kind.build(document.data, { ...context, siblings: entry.documents, prose: document.prose, document: document_ });
      for (const chart of Object.values(built.charts ?? {})) {
        specs.push(variantSpec(chart.spec, chart.description));
        if (chart.phoneSpec) specs.push(variantSpec(chart.phoneSpec, chart.description));
      }
    }
  }
  return specs;
}

describe("the shape of a chart spec", () => {
  it("is the spec without its data and description, equal for charts that differ only in their numbers", () => {
    const a = specShape(participantsChart([{ year: 2024, total: 10, women: 4, men: 6 }]).spec);
    const b = specShape(participantsChart([{ year: 2023, total: 3, women: 3, men: 0 }]).spec);
    expect(a.key).toBe(b.key);
    expect(JSON.stringify(a.shape)).not.toMatch(/"values"|Kvinnor 2024/);
    expect(Object.keys(a.datasets)).toEqual(["d0"]);
    expect(JSON.stringify(a.datasets.d0)).toContain("Kvinnor 2024");
  });

  it("names each layer's own data", () => {
    const spec = {
      layer: [
        { data: { values: [{ x: 1 }] }, mark: "bar" },
        { data: { values: [{ x: 2 }] }, mark: "rule" },
      ],
    } as unknown as TopLevelSpec;
    const { shape, datasets } = specShape(spec);
    expect(shape).toEqual({
      layer: [
        { data: { name: "d0" }, mark: "bar" },
        { data: { name: "d1" }, mark: "rule" },
      ],
    });
    expect(datasets).toEqual({ d0: [{ x: 1 }], d1: [{ x: 2 }] });
  });
});

describe("charts drawn from a shared runtime", () => {
  it("are the SVG of each spec drawn on its own, for every chart of generated förbund in any order", async () => {
    const site = generateSite(4, { seed: "shapes", years: 3 });
    const { dataDir, proseDir } = writeFiles(temporaryDir("finsam-chart-shape-"), site.files);
    const specs = chartSpecs(dataDir, proseDir);
    const shapes = new Set(specs.map((spec) => specShape(spec).key));
    // Charts share shapes, or there is nothing shared to test.
    expect(shapes.size).toBeLessThan(specs.length / 2);
    // Backwards too: a shape's runtime has then drawn other data (other categories, other years) first.
    for (const order of [specs, [...specs].reverse()]) {
      for (const spec of order) expect(await renderChartSvg(spec)).toBe(await renderChartSvgUnshared(spec));
    }
  }, 120_000);

  it("draw categories in the order of the chart's own data, not of one drawn before", async () => {
    const first = participantsChart([{ year: 2024, total: 10, women: 4, men: 6 }]);
    const second = participantsChart([
      { year: 2023, total: 5, women: 0, men: 5 },
      { year: 2024, total: 7, women: 3, men: 4 },
    ]);
    await renderChartSvg(first.spec);
    expect(await renderChartSvg(second.spec)).toBe(await renderChartSvgUnshared(second.spec));
  });
});
