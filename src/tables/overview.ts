// "Översikt över verksamhetens utveckling": one row per figure, one column per year, newest first.
import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import { amountCaption, anchorId, type Unit } from "../format/index.ts";
import { decimalCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Table } from "./model.ts";

export function overviewTable(overview: NonNullable<ComputedArsredovisning["overview"]>, options: { unit: Unit; documentId: string }): Table {
  const caption = "Översikt över verksamhetens utveckling";
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    caption,
    unitCaption,
    captionHidden: true,
    className: "overview-table",
    columns: [{ label: amountCaption(options.unit), numeric: false }, ...overview.years.map((year) => ({ label: String(year), numeric: true }))],
    rows: overview.rows.map((row) => ({
      id: anchorId(options.documentId, ["overview", row.id]),
      kind: "row",
      classes: ["line-strong-label"],
      header: textCell(row.label),
      cells: overview.years.map((year) => decimalCell(row.values[String(year)], row.decimals, { key: String(year) })),
    })),
    csvName: csvFileName(caption, unitCaption),
  };
}
