// Drawing the charts (src/charts/renderer.ts): from the cache (.cache/charts/ by default) the same
// SVG as drawn anew, a changed spec drawn anew, a damaged entry not trusted; in worker threads the
// same bytes as in this thread; an error named by its chart; the site model's charts drawn once.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ChartDefinition } from "../src/charts/chart.ts";
import { participantsChart } from "../src/charts/participants.ts";
import { renderChart } from "../src/charts/render.ts";
import { chartRenderer } from "../src/charts/renderer.ts";
import { readData } from "../src/data/load.ts";
import { documentKinds } from "../src/documents/index.ts";
import { buildSite, type Site } from "../src/model/site.ts";
import { projectRoot, temporaryDir } from "./helpers/build.ts";

const history = (women: number) => [
  { year: 2023, total: 100, women: 60, men: 40 },
  { year: 2024, total: 120, women, men: 120 - women },
];

/** The message ports open in this process: a worker thread not closed keeps two. */
const openPorts = () => process.getActiveResourcesInfo().filter((resource) => resource === "MessagePort").length;

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".svg"));

async function drawn(chart: ChartDefinition, options: Parameters<typeof chartRenderer>[0]) {
  const renderer = chartRenderer(options);
  try {
    const rendered = await renderer.render(chart);
    return { rendered, counts: { ...renderer.counts } };
  } finally {
    await renderer.close();
  }
}

describe("the chart cache", () => {
  it("gives the same SVG as a chart drawn without it, and draws nothing it has", async () => {
    const cacheDir = temporaryDir("finsam-charts-");
    const chart = participantsChart(history(70));
    const uncached = await renderChart(chart);
    const first = await drawn(chart, { cacheDir, workers: 1 });
    expect(first.counts).toEqual({ rendered: 2, cached: 0 });
    expect(cacheFiles(cacheDir)).toHaveLength(2);
    const second = await drawn(chart, { cacheDir, workers: 1 });
    expect(second.counts).toEqual({ rendered: 0, cached: 2 });
    expect(second.rendered).toEqual(uncached);
    expect(first.rendered).toEqual(uncached);
    expect(uncached.svg).toContain('role="img"');
  });

  it("draws a changed spec anew, and everything without a cache", async () => {
    const cacheDir = temporaryDir("finsam-charts-");
    await drawn(participantsChart(history(70)), { cacheDir, workers: 1 });
    const changed = await drawn(participantsChart(history(71)), { cacheDir, workers: 1 });
    expect(changed.counts).toEqual({ rendered: 2, cached: 0 });
    expect(changed.rendered).toEqual(await renderChart(participantsChart(history(71))));
    expect(cacheFiles(cacheDir)).toHaveLength(4);
    // A new description is a new chart too: it is in the SVG.
    const described = { ...participantsChart(history(70)), description: "Annan beskrivning." };
    expect((await drawn(described, { cacheDir, workers: 1 })).counts.rendered).toBe(2);
    // Without a cache (--no-cache) every chart is drawn, though the cache has it.
    expect((await drawn(participantsChart(history(70)), { cacheDir: false, workers: 1 })).counts).toEqual({ rendered: 2, cached: 0 });
  });

  it("draws again what is not a whole SVG, and mends the entry", async () => {
    const cacheDir = temporaryDir("finsam-charts-");
    const chart = participantsChart(history(70));
    await drawn(chart, { cacheDir, workers: 1 });
    const [damaged, whole] = cacheFiles(cacheDir).map((name) => join(cacheDir, name));
    writeFileSync(damaged!, readFileSync(damaged!, "utf8").slice(0, 200));
    writeFileSync(whole!, "");
    const again = await drawn(chart, { cacheDir, workers: 1 });
    expect(again.counts).toEqual({ rendered: 2, cached: 0 });
    expect(again.rendered).toEqual(await renderChart(chart));
    expect(readFileSync(damaged!, "utf8")).toMatch(/^<svg [\s\S]*<\/svg>$/);
    expect(cacheFiles(cacheDir)).toHaveLength(2);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("removes the entries no build has used for 30 days, and keeps one used since", async () => {
    const cacheDir = temporaryDir("finsam-charts-");
    const chart = participantsChart(history(70));
    await drawn(chart, { cacheDir, workers: 1 });
    const used = cacheFiles(cacheDir);
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    for (const name of used) utimesSync(join(cacheDir, name), old, old);
    const unused = `${"c".repeat(64)}.svg`;
    writeFileSync(join(cacheDir, unused), "<svg ></svg>");
    utimesSync(join(cacheDir, unused), old, old);
    // The next build prunes before it reads: the old entries go, and are drawn again.
    expect((await drawn(chart, { cacheDir, workers: 1 })).counts).toEqual({ rendered: 2, cached: 0 });
    expect(cacheFiles(cacheDir).sort()).toEqual([...used].sort());
    // Read by a build, an entry's time is now: the build after keeps it.
    const recent = new Date(Date.now() - 29 * 24 * 3600 * 1000);
    for (const name of used) utimesSync(join(cacheDir, name), recent, recent);
    expect((await drawn(chart, { cacheDir, workers: 1 })).counts).toEqual({ rendered: 0, cached: 2 });
    for (const name of used) expect(Date.now() - statSync(join(cacheDir, name)).mtimeMs).toBeLessThan(60_000);
  });

  it("removes what a killed build left half-written, not what a running one is writing", async () => {
    const cacheDir = temporaryDir("finsam-charts-");
    // A pid no process has (above Linux's pid_max), and this process's own.
    const stale = `${"a".repeat(64)}.svg.4194999-t1n0.tmp`;
    const live = `${"b".repeat(64)}.svg.${process.pid}-t0n0.tmp`;
    for (const name of [stale, live]) writeFileSync(join(cacheDir, name), "<svg ");
    await drawn(participantsChart(history(70)), { cacheDir, workers: 1 });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".tmp"))).toEqual([live]);
  });
});

describe("charts drawn in worker threads", () => {
  it("give the same bytes as charts drawn in this thread", async () => {
    const charts = [participantsChart(history(70)), participantsChart(history(12)), participantsChart([])];
    const here = await Promise.all(charts.map((chart) => renderChart(chart)));
    const renderer = chartRenderer({ cacheDir: false, workers: 2 });
    try {
      expect(await Promise.all(charts.map((chart) => renderer.render(chart)))).toEqual(here);
      expect(renderer.counts.rendered).toBe(6);
    } finally {
      await renderer.close();
    }
  });

  it("name the chart that could not be drawn, in a worker as here", async () => {
    const ports = openPorts();
    const broken = { ...participantsChart(history(70)), title: "Figur 9. Trasig" };
    broken.spec = { ...broken.spec, mark: "no-such-mark" } as unknown as ChartDefinition["spec"];
    for (const workers of [2, 1]) {
      const renderer = chartRenderer({ cacheDir: false, workers });
      try {
        await expect(renderer.render(broken)).rejects.toThrow(/^Diagrammet "Figur 9\. Trasig" kunde inte ritas: .+/);
        // The pool goes on after a chart's error.
        expect((await renderer.render(participantsChart(history(70)))).svg).toMatch(/^<svg /);
      } finally {
        await renderer.close();
      }
    }
    expect(openPorts()).toBe(ports);
  });
});

describe("the site model's charts", () => {
  const seeds = () =>
    readData(join(projectRoot, "tests/fixtures/seeds/data"), { kinds: documentKinds, proseDir: join(projectRoot, "tests/fixtures/seeds/prose") });
  const svgs = (site: Site) => site.documents.flatMap((doc) => Object.values(doc.charts).flatMap((chart) => [chart.svg, chart.phoneSvg ?? ""]));

  it("are drawn once each, the same in worker threads, and taken from the cache the next time", async () => {
    const cacheDir = temporaryDir("finsam-charts-");
    const { forbund } = seeds();
    const here = await buildSite(forbund, { chartCache: false, chartWorkers: 1, today: "2026-01-01" });
    const variants = svgs(here).filter(Boolean).length;
    expect(variants).toBeGreaterThan(4);
    // One variant drawn once: the counter says as many as the model holds.
    expect(here.chartCounts).toEqual({ rendered: variants, cached: 0 });
    const ports = openPorts();
    const pooled = await buildSite(seeds().forbund, { chartCache: cacheDir, chartWorkers: 2, today: "2026-01-01" });
    expect(svgs(pooled)).toEqual(svgs(here));
    // The workers are stopped when the model is built.
    expect(openPorts()).toBe(ports);
    expect(cacheFiles(cacheDir)).toHaveLength(new Set(svgs(here).filter(Boolean)).size);
    const cached = await buildSite(seeds().forbund, { chartCache: cacheDir, today: "2026-01-01" });
    expect(cached.chartCounts).toEqual({ rendered: 0, cached: variants });
    expect(svgs(cached)).toEqual(svgs(here));
  });
});
