// Eget kapital per year against Nationella rådets recommended level (a share of the member contribution).

import type { ComputedEquity } from "../compute/plan/equity.ts";
import { formatAmount, formatPercent, type Unit } from "../format/index.ts";
import { amountCell, csvFileName, percentCell, textCell } from "../tables/index.ts";
import type { ChartDefinition } from "./chart.ts";

export function equityChart(equity: ComputedEquity, unit: Unit, title: string): ChartDefinition {
  const years = Object.keys(equity.years).sort();
  const share = formatPercent(equity.recommendedShare);
  const closingLabel = "Eget kapital vid årets slut";
  const recommendedLabel = `Rekommenderad nivå (${share} av medlemsbidraget)`;
  const values = years.flatMap((year) => [
    { year, series: closingLabel, amount: equity.years[year]!.closing },
    { year, series: recommendedLabel, amount: equity.years[year]!.recommended ?? 0 },
  ]);
  const color = { field: "series", type: "nominal", title: null, scale: { domain: [closingLabel, recommendedLabel], range: ["#0b5394", "#d9822b"] } } as const;
  const words = years.map((year) => {
    const y = equity.years[year]!;
    return (
      `${year}: ${formatAmount(y.closing, unit)} (${y.status === "over" ? "över" : y.status === "under" ? "under" : "i nivå med"} ` +
      `rekommenderade ${formatAmount(y.recommended, unit)})`
    );
  });
  return {
    title,
    description: `Eget kapital vid årets slut jämfört med rekommenderad nivå, ${share} av medlemsbidraget. ${words.join("; ")}.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      config: { legend: { labelFontSize: 11, titleFontSize: 11, orient: "bottom", direction: "vertical", labelLimit: 420 } },
      width: 420,
      height: 200,
      data: { values },
      layer: [
        {
          transform: [{ filter: { field: "series", equal: closingLabel } }],
          mark: { type: "bar", width: { band: 0.5 } },
          encoding: {
            x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
            y: { field: "amount", type: "quantitative", title: `Belopp i ${unit}`, axis: { format: ",.0f" } },
            color,
          },
        },
        {
          transform: [{ filter: { field: "series", equal: recommendedLabel } }],
          mark: { type: "line", point: { filled: true, size: 50 }, strokeWidth: 2, strokeDash: [6, 3] },
          encoding: {
            x: { field: "year", type: "ordinal" },
            y: { field: "amount", type: "quantitative" },
            color,
          },
        },
      ],
    },
    table: {
      caption: title,
      unitCaption: `belopp i ${unit}`,
      columns: [
        { label: "År", numeric: false },
        { label: "Eget kapital vid årets slut", numeric: true },
        { label: "Rekommenderad nivå", numeric: true },
        { label: "Andel av medlemsbidraget", numeric: true },
      ],
      rows: years.map((year) => {
        const y = equity.years[year]!;
        return {
          kind: "row" as const,
          header: textCell(year),
          cells: [amountCell(y.closing), amountCell(y.recommended), percentCell(y.shareOfContribution, 1)],
        };
      }),
      csvName: csvFileName(title, `belopp i ${unit}`),
    },
  };
}
