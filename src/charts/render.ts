// Vega-Lite → static SVG on the server, with Swedish number formatting, for each variant of a chart
// (the wide one and the phone one, layout.ts). No browser, and no Vega in the reader's browser.
import type { TopLevelSpec } from "vega-lite";
import { escapeHtml } from "../format/index.ts";
import type { ChartDefinition, RenderedChart } from "./chart.ts";
import { sharedExpressions } from "./shared-expressions.ts";
import { type SpecShape, specShape } from "./spec-shape.ts";

/** Vega's number locale: "1 234,5", "−81", "35 %". */
export const numberLocale = { decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", "\u00a0kr"], minus: "\u2212", percent: "\u00a0%" } as const;

// Vega and Vega-Lite are loaded on first use (a build without charts, or the checker, or a build
// whose charts are all in the cache, does not pay for them). Vega's number locale is global; it is set once.
let libraries: Promise<{ vega: typeof import("vega"); compile: typeof import("vega-lite").compile; expr: object }> | undefined;
function loadLibraries() {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => {
    vega.formatLocale({ ...numberLocale, grouping: [...numberLocale.grouping], currency: [...numberLocale.currency] });
    return { vega, compile: vegaLite.compile, expr: sharedExpressions(vega) };
  });
  return libraries;
}

/** Shared look: the document font, quiet axes, room for labels (text widths are estimated here). */
export const chartConfig = {
  font: "Source Sans 3",
  padding: 8,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelColor: "#1b1b1b", titleColor: "#1b1b1b", gridColor: "#e0e0e0", labelLimit: 220 },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: "bottom", labelLimit: 260 },
  title: { fontSize: 13, anchor: "start" },
  range: { category: ["#0b5394", "#d9822b", "#3f7f3f", "#8e3b8e", "#6b6b6b", "#b5a300"] },
} as const;

/** The spec's config over the shared one, axis and legend key by key (a phone spec changes a few of them). */
export function withConfig(spec: TopLevelSpec): TopLevelSpec {
  const own = (spec.config ?? {}) as { axis?: object; legend?: object };
  const config = { ...chartConfig, ...own, axis: { ...chartConfig.axis, ...own.axis }, legend: { ...chartConfig.legend, ...own.legend } };
  return { ...spec, config } as unknown as TopLevelSpec;
}

/** How many shapes' parsed runtimes a thread keeps (the project's charts have a few dozen). */
const RUNTIMES_KEPT = 256;
const runtimes = new Map<string, unknown>();

/** Vega's runtime of a shape, compiled and parsed once (./spec-shape.ts); the oldest is let go past RUNTIMES_KEPT. */
function runtimeOf(shape: SpecShape, vega: typeof import("vega"), compile: typeof import("vega-lite").compile): ReturnType<typeof vega.parse> {
  let runtime = runtimes.get(shape.key) as ReturnType<typeof vega.parse> | undefined;
  if (runtime === undefined) {
    runtime = vega.parse(compile(withConfig(shape.shape)).spec);
    if (runtimes.size >= RUNTIMES_KEPT) runtimes.delete(runtimes.keys().next().value!);
  } else runtimes.delete(shape.key);
  runtimes.set(shape.key, runtime);
  return runtime;
}

export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const { vega, compile, expr } = await loadLibraries();
  const shape = specShape(spec);
  // A fresh view per chart: a view given new data keeps the order its discrete scales first met
  // values in, so a reused one would not draw as a new one does. The runtime is only read by a view.
  // The expressions' functions are made once per shape and thread, bound to each view (./shared-expressions.ts).
  const view = new vega.View(runtimeOf(shape, vega, compile), { renderer: "none", expr });
  // Vega marks the tuples it is given; the spec's own rows stay as they were (the cache key is made from them).
  for (const [name, values] of Object.entries(shape.datasets)) view.data(name, structuredClone(values));
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** The SVG as a spec compiled and parsed on its own draws it, without the shared runtime: what renderChartSvg must equal. */
export async function renderChartSvgUnshared(spec: TopLevelSpec): Promise<string> {
  const { vega, compile } = await loadLibraries();
  const view = new vega.View(vega.parse(compile(withConfig(spec)).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** The spec a variant is drawn from: the chart's description is the SVG's <desc>. */
export function variantSpec(spec: TopLevelSpec, description: string): TopLevelSpec {
  return { ...spec, description } as TopLevelSpec;
}

/** The SVG named for readers: role=img and the chart's description as its name. */
export function accessible(svg: string, description: string): string {
  return svg.replace("<svg ", `<svg role="img" aria-label="${escapeHtml(description)}" `);
}

async function accessibleSvg(spec: TopLevelSpec, description: string): Promise<string> {
  return accessible(await renderChartSvg(variantSpec(spec, description)), description);
}

/** One chart rendered here, in this thread, without the cache (the build uses ./renderer.ts, which gives the same SVG). */
export async function renderChart(chart: ChartDefinition): Promise<RenderedChart> {
  // The figure's caption and text describe the chart; each variant's SVG gets role=img and that description.
  const [svg, phoneSvg] = await Promise.all([
    accessibleSvg(chart.spec, chart.description),
    chart.phoneSpec ? accessibleSvg(chart.phoneSpec, chart.description) : undefined,
  ]);
  return { title: chart.title, description: chart.description, table: chart.table, svg, ...(phoneSvg ? { phoneSvg } : {}) };
}
