// The plan's budget: income, the cost tree with its sums, the summary lines (results), then the
// equity rows. Everything is computed (src/compute/plan/); here it only becomes rows.
import type { ComputedBudget } from "../../compute/plan/budget.ts";
import type { ComputedEquity } from "../../compute/plan/equity.ts";
import { amountCaption, anchorId, type Unit } from "../../format/index.ts";
import type { EquityData } from "../../schemas/verksamhetsplan.ts";
import { amountCell, textCell } from "../cells.ts";
import { csvFileName } from "../csv-names.ts";
import type { Row, Table } from "../model.ts";

const rowKinds = { summary: "result", sum: "sum", group: "group", row: "row", heading: "heading" } as const;

export function budgetTable(
  budget: ComputedBudget,
  equity: ComputedEquity,
  equityData: EquityData,
  options: { unit: Unit; caption: string; documentId: string; captionHidden?: boolean },
): Table {
  const years = budget.years.map(String);
  const rows: Row[] = budget.lines.map((line) => {
    const classes = [`depth-${line.depth}`, ...(line.emphasis && line.kind !== "heading" ? ["line-emphasis"] : [])];
    const id = anchorId(options.documentId, line.path);
    if (line.kind === "heading") return { id, kind: "heading", classes, header: textCell(line.label, { colspan: 1 + years.length }), cells: [] };
    return { id, kind: rowKinds[line.kind], classes, header: textCell(line.label), cells: years.map((year) => amountCell(line.values[year], { key: year })) };
  });
  const equityRow = (key: "opening" | "closing", label: string): Row => ({
    id: anchorId(options.documentId, ["eget_kapital", key]),
    kind: "equity",
    header: textCell(label),
    cells: years.map((year) => amountCell(equity.years[year]?.[key], { key: year })),
  });
  if (equityData.show.includes("opening")) rows.push(equityRow("opening", equityData.opening_label));
  if (equityData.show.includes("closing")) rows.push(equityRow("closing", equityData.closing_label));
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    caption: options.caption,
    unitCaption,
    captionHidden: options.captionHidden,
    className: "budget-table",
    columns: [{ label: "Budget", numeric: false }, ...years.map((year) => ({ label: year, numeric: true }))],
    rows,
    csvName: csvFileName(options.caption, unitCaption),
  };
}
