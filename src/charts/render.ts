// Vega-Lite → static SVG on the server, with Swedish number formatting, for each variant of a chart
// (the wide one and the phone one, layout.ts). No browser, and no Vega in the reader's browser.
import type { TopLevelSpec } from "vega-lite";
import { escapeHtml } from "../format/index.ts";
import type { ChartDefinition, RenderedChart } from "./chart.ts";

// Vega and Vega-Lite are loaded on first use (a build without charts, or the checker, does not pay
// for them). Vega's number locale is global; it is set once: "1 234,5", "−81", "35 %".
let libraries: Promise<{ vega: typeof import("vega"); compile: typeof import("vega-lite").compile }> | undefined;
function loadLibraries() {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => {
    vega.formatLocale({ decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", "\u00a0kr"], minus: "\u2212", percent: "\u00a0%" });
    return { vega, compile: vegaLite.compile };
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
function withConfig(spec: TopLevelSpec): TopLevelSpec {
  const own = (spec.config ?? {}) as { axis?: object; legend?: object };
  const config = { ...chartConfig, ...own, axis: { ...chartConfig.axis, ...own.axis }, legend: { ...chartConfig.legend, ...own.legend } };
  return { ...spec, config } as unknown as TopLevelSpec;
}

export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const { vega, compile } = await loadLibraries();
  const view = new vega.View(vega.parse(compile(withConfig(spec)).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** The SVG of a spec with the chart's description: role=img and that text as its name. */
async function accessibleSvg(spec: TopLevelSpec, description: string): Promise<string> {
  const svg = await renderChartSvg({ ...spec, description } as TopLevelSpec);
  return svg.replace("<svg ", `<svg role="img" aria-label="${escapeHtml(description)}" `);
}

export async function renderChart(chart: ChartDefinition): Promise<RenderedChart> {
  // The figure's caption and text describe the chart; each variant's SVG gets role=img and that description.
  const [svg, phoneSvg] = await Promise.all([
    accessibleSvg(chart.spec, chart.description),
    chart.phoneSpec ? accessibleSvg(chart.phoneSpec, chart.description) : undefined,
  ]);
  return { title: chart.title, description: chart.description, table: chart.table, svg, ...(phoneSvg ? { phoneSvg } : {}) };
}
