// The chart pool's workers have a heap limit (src/charts/pool.ts WORKER_HEAP_MB), so that the
// garbage of their drawings is collected instead of piling up; a worker that reaches it is
// replaced by one without a limit and its charts are drawn again: the build gets every SVG.
import { describe, expect, it } from "vitest";
import { participantsChart } from "../src/charts/participants.ts";
import { ChartPool } from "../src/charts/pool.ts";
import { renderChartSvg } from "../src/charts/render.ts";

const spec = participantsChart([
  { year: 2023, total: 120, women: 70, men: 50 },
  { year: 2024, total: 131, women: 75, men: 56 },
  { year: 2025, total: 142, women: 81, men: 61 },
]).spec;

describe("the chart pool", () => {
  it("draws what a worker that reached its heap limit had been sent, in a worker without one", async () => {
    // A limit no worker can start under: each is out of memory before its first chart.
    const pool = new ChartPool(2, { heapLimitMb: 2 });
    try {
      const svgs = await Promise.all([spec, spec, spec].map((s) => pool.render(s)));
      expect(pool.replaced).toBeGreaterThan(0);
      const alone = await renderChartSvg(spec);
      for (const svg of svgs) expect(svg).toBe(alone);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("draws under the default limit without replacing a worker", async () => {
    const pool = new ChartPool(1);
    try {
      expect(await pool.render(spec)).toBe(await renderChartSvg(spec));
      expect(pool.replaced).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
