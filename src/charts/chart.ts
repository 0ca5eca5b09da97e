// A chart as a document kind declares it: a Vega-Lite spec (built by a pure function in
// src/charts/<name>.ts), a title, a text description for readers who cannot see it, and its data as
// a table. The site model renders the spec to SVG at build time (see render.ts); templates show it
// with the `figure` macro (templates/components/figure.njk): `figure({ chart: doc.charts.<name> })`.
import type { TopLevelSpec } from "vega-lite";
import type { Table } from "../tables/index.ts";

export interface ChartDefinition {
  title: string;
  description: string;
  spec: TopLevelSpec;
  /** The chart's data as a table (src/tables/model.ts): shown under the chart and written as CSV. */
  table: Table;
}

export interface RenderedChart extends Omit<ChartDefinition, "spec"> {
  /** Static SVG markup (vector in the PDF, no script on the web). */
  svg: string;
}
