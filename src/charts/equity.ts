// Eget kapital per year against Nationella rådets recommended level (a share of the member contribution).
// Drawn wide (print, desktop) and for a phone (layout.ts).

import type { TopLevelSpec } from "vega-lite";
import type { ComputedEquity } from "../compute/plan/equity.ts";
import { formatAmount, formatPercent, type Unit } from "../format/index.ts";
import { amountCell, csvFileName, percentCell, textCell } from "../tables/index.ts";
import type { ChartDefinition } from "./chart.ts";
import { phoneAmountAxis, phoneConfig, phoneFrame, wrappedLabels } from "./layout.ts";
import { tipEncoding } from "./tips.ts";

interface EquityValues {
  values: { year: string; series: string; amount: number; tip: string }[];
  closingLabel: string;
  recommendedLabel: string;
  unit: Unit;
}

function equitySpec({ values, closingLabel, recommendedLabel, unit }: EquityValues, layout: "wide" | "phone"): TopLevelSpec {
  const phone = layout === "phone";
  const labelExpr = phone ? wrappedLabels([closingLabel, recommendedLabel]) : undefined;
  const largest = Math.max(0, ...values.map((value) => value.amount));
  const amountAxis = phone ? phoneAmountAxis(unit, largest) : { title: `Belopp i ${unit}`, axis: { format: ",.0f" } };
  const color = {
    field: "series",
    type: "nominal",
    title: null,
    scale: { domain: [closingLabel, recommendedLabel], range: ["#0b5394", "#d9822b"] },
    ...(labelExpr ? { legend: { labelExpr } } : {}),
  } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: phone ? phoneConfig : { legend: { labelFontSize: 11, titleFontSize: 11, orient: "bottom", direction: "vertical", labelLimit: 420 } },
    ...(phone ? { ...phoneFrame, height: 180 } : { width: 420, height: 200 }),
    data: { values },
    layer: [
      {
        transform: [{ filter: { field: "series", equal: closingLabel } }],
        mark: { type: "bar", width: { band: 0.5 } },
        encoding: {
          x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
          y: { field: "amount", type: "quantitative", ...amountAxis },
          color,
          ...tipEncoding,
        },
      },
      {
        transform: [{ filter: { field: "series", equal: recommendedLabel } }],
        mark: { type: "line", point: { filled: true, size: 50 }, strokeWidth: 2, strokeDash: [6, 3] },
        encoding: {
          x: { field: "year", type: "ordinal" },
          y: { field: "amount", type: "quantitative" },
          color,
          ...tipEncoding,
        },
      },
    ],
  } as TopLevelSpec;
}

export function equityChart(equity: ComputedEquity, unit: Unit, title: string): ChartDefinition {
  const years = Object.keys(equity.years).sort();
  const share = formatPercent(equity.recommendedShare);
  const closingLabel = "Eget kapital vid årets slut";
  const recommendedLabel = `Rekommenderad nivå (${share} av medlemsbidraget)`;
  const values = years.flatMap((year) => {
    const { closing, recommended } = equity.years[year]!;
    return [
      { year, series: closingLabel, amount: closing, tip: `Eget kapital vid årets slut ${year}: ${formatAmount(closing, unit)}` },
      { year, series: recommendedLabel, amount: recommended ?? 0, tip: `Rekommenderad nivå ${year}: ${formatAmount(recommended, unit)}` },
    ];
  });
  const chartValues: EquityValues = { values, closingLabel, recommendedLabel, unit };
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
    spec: equitySpec(chartValues, "wide"),
    phoneSpec: equitySpec(chartValues, "phone"),
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
