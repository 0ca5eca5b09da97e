// A chart spec split into its shape (everything but the inline data) and its datasets. The charts
// of one kind differ mostly in their numbers: 1 600 charts of 80 förbund have about fifteen shapes.
// Vega-Lite's compile and Vega's parse, over half the time of drawing a chart, depend on the shape
// only, so ./render.ts does them once per shape and gives each chart's data to a fresh view.
import type { TopLevelSpec } from "vega-lite";

export interface SpecShape {
  /** The spec with each inline `data.values` replaced by a named dataset ("d0", "d1", …) and no description. */
  shape: TopLevelSpec;
  /** The values of each named dataset, by name. */
  datasets: Record<string, unknown[]>;
  /** The shape as JSON: equal keys draw alike given the same datasets. */
  key: string;
}

type Node = { data?: { values?: unknown[]; name?: string }; layer?: Node[] } & Record<string, unknown>;

/** Where inline data sits in the project's charts: the top level and each layer. */
export function specShape(spec: TopLevelSpec): SpecShape {
  const datasets: Record<string, unknown[]> = {};
  const named = (node: Node): Node => {
    if (!Array.isArray(node.data?.values)) return node;
    const name = `d${Object.keys(datasets).length}`;
    datasets[name] = node.data.values;
    return { ...node, data: { name } };
  };
  const top = named(spec as unknown as Node);
  // The description names the chart for the reader; the SVG gets it afterwards (accessible()), Vega does not draw it.
  const { description: _description, ...shape } = top.layer ? { ...top, layer: top.layer.map(named) } : top;
  return { shape: shape as unknown as TopLevelSpec, datasets, key: JSON.stringify(shape) };
}
