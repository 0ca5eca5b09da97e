// A chart as a document kind declares it: a Vega-Lite spec (built by a pure function in
// src/charts/<name>.ts), a title, a text description for readers who cannot see it, and its data as
// a table. The site model renders the spec to SVG at build time (see render.ts); templates show it
// with the `figure` macro (templates/components/figure.njk): `figure({ chart: doc.charts.<name> })`.
// A chart may have a second spec drawn for phones (layout.ts); the page shows the one that fits.
import type { TopLevelSpec } from "vega-lite";
import type { Table } from "../tables/index.ts";

export interface ChartDefinition {
  title: string;
  description: string;
  /** The chart as printed and on wide screens. */
  spec: TopLevelSpec;
  /** The same chart drawn for a phone's width (src/charts/layout.ts); without it the wide one is scaled down. */
  phoneSpec?: TopLevelSpec;
  /** The chart's data as a table (src/tables/model.ts): shown under the chart and written as CSV. */
  table: Table;
}

export interface RenderedChart extends Omit<ChartDefinition, "spec" | "phoneSpec"> {
  /** Static SVG markup (vector in the PDF; on the web enhanced by templates/assets/charts.js where it runs). */
  svg: string;
  /** The phone variant's SVG, when the chart has one. */
  phoneSvg?: string;
}
