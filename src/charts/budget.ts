// Budget chart of a verksamhetsplan: the costs of each year stacked by type, and the income as a line.
// Drawn wide (print, desktop) and for a phone (layout.ts): the same marks, the legend's long labels on
// several lines instead of cut (a wide legend's too, at the width it has).

import type { TopLevelSpec } from "vega-lite";
import type { ComputedBudget } from "../compute/plan/budget.ts";
import { formatAmount, type Unit } from "../format/index.ts";
import { amountCell, csvFileName, textCell } from "../tables/index.ts";
import type { ChartDefinition } from "./chart.ts";
import { PHONE_LABEL_CHARS, phoneAmountAxis, phoneConfig, phoneFrame, WIDE_LABEL_CHARS, wrappedLabels } from "./layout.ts";
import { tipEncoding } from "./tips.ts";

interface BudgetValues {
  costs: { year: string; type: string; order: number; amount: number; tip: string }[];
  income: { year: string; amount: number; series: string; tip: string }[];
  typeNames: string[];
  unit: Unit;
}

function budgetSpec({ costs, income, typeNames, unit }: BudgetValues, layout: "wide" | "phone"): TopLevelSpec {
  const phone = layout === "phone";
  const labelExpr = wrappedLabels(typeNames, phone ? PHONE_LABEL_CHARS : WIDE_LABEL_CHARS);
  // The tallest stack or income point: what the phone's amount axis has to reach.
  const stacks = income.map((point) => costs.filter((cost) => cost.year === point.year).reduce((sum, cost) => sum + cost.amount, 0));
  const largest = Math.max(0, ...stacks, ...income.map((point) => point.amount));
  const amountAxis = phone ? phoneAmountAxis(unit, largest) : { title: `Belopp i ${unit}`, axis: { format: ",.0f" } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: phone ? phoneConfig : { legend: { labelFontSize: 11, titleFontSize: 11, orient: "bottom", direction: "vertical", labelLimit: 420 } },
    ...(phone ? { ...phoneFrame, height: 200 } : { width: 420, height: 220 }),
    layer: [
      {
        data: { values: costs },
        mark: { type: "bar", width: { band: 0.6 } },
        encoding: {
          x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
          y: { field: "amount", type: "quantitative", ...amountAxis },
          color: {
            field: "type",
            type: "nominal",
            title: "Kostnader",
            sort: typeNames,
            legend: { columns: 1, labelLimit: 0, ...(labelExpr ? { labelExpr } : {}) },
          },
          order: { field: "order", type: "ordinal" },
          ...tipEncoding,
        },
      },
      {
        data: { values: income },
        mark: { type: "line", point: { filled: true, size: 50 }, strokeWidth: 2, strokeDash: [6, 3] },
        encoding: {
          x: { field: "year", type: "ordinal" },
          y: { field: "amount", type: "quantitative" },
          color: {
            field: "series",
            type: "nominal",
            title: "Intäkter",
            scale: { range: ["#1b1b1b"] },
            legend: { symbolType: "stroke", symbolDash: [6, 3], symbolStrokeWidth: 2 },
          },
          ...tipEncoding,
        },
      },
    ],
    resolve: { scale: { color: "independent" } },
  } as TopLevelSpec;
}

export function budgetChart(budget: ComputedBudget, unit: Unit, title: string): ChartDefinition {
  const years = budget.years.map(String);
  // Costs are negative in the budget; the chart shows their size.
  const costs = budget.costTypes.flatMap((type, order) =>
    years.map((year) => {
      const amount = -(type.values[year] ?? 0);
      return { year, type: type.label, order, amount, tip: `${type.label} ${year}: ${formatAmount(amount, unit)}` };
    }),
  );
  const income = years.map((year) => {
    const amount = budget.sections.intakter[year] ?? 0;
    return { year, amount, series: "Intäkter", tip: `Intäkter ${year}: ${formatAmount(amount, unit)}` };
  });
  const typeNames = budget.costTypes.map((type) => type.label);
  const values: BudgetValues = { costs, income, typeNames, unit };
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const totalCost = (year: string) => -(budget.sections.kostnader[year] ?? 0) - (budget.sections.finansiella_poster[year] ?? 0);
  return {
    title,
    description:
      `Staplade kostnader per år ${first}–${last} efter typ (${typeNames.join(", ")}), med intäkterna som linje. ` +
      `Kostnaderna ${first} är ${formatAmount(totalCost(first), unit)} mot intäkter på ${formatAmount(budget.sections.intakter[first], unit)}; ` +
      `${last} är kostnaderna ${formatAmount(totalCost(last), unit)} mot intäkter på ${formatAmount(budget.sections.intakter[last], unit)}.`,
    spec: budgetSpec(values, "wide"),
    phoneSpec: budgetSpec(values, "phone"),
    table: {
      caption: title,
      unitCaption: `belopp i ${unit}`,
      columns: [{ label: "Typ", numeric: false }, ...years.map((year) => ({ label: year, numeric: true }))],
      rows: [
        ...budget.costTypes.map((type) => ({
          kind: "row" as const,
          header: textCell(type.label),
          cells: years.map((year) => amountCell(-(type.values[year] ?? 0))),
        })),
        { kind: "row" as const, header: textCell("Intäkter"), cells: years.map((year) => amountCell(budget.sections.intakter[year])) },
      ],
      csvName: csvFileName(title, `belopp i ${unit}`),
    },
  };
}
