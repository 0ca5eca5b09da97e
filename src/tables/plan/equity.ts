// Eget kapital at the end of each plan year against Nationella rådets recommended level.
import type { ComputedEquity } from "../../compute/plan/equity.ts";
import { amountCaption, anchorId, formatPercent, type Unit } from "../../format/index.ts";
import { amountCell, percentCell, textCell } from "../cells.ts";
import { csvFileName } from "../csv-names.ts";
import type { Table } from "../model.ts";

/** Eget kapital against the recommended level, in words (also the tertialuppföljning's). */
export const equityAssessment = { over: "Över nivån", under: "Under nivån", at: "I nivå" } as const;

export function equityTable(equity: ComputedEquity, options: { unit: Unit; caption: string; documentId: string }): Table {
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    id: anchorId(options.documentId, ["eget_kapital"]),
    caption: options.caption,
    unitCaption,
    className: "equity-table",
    columns: [
      { label: "År", numeric: false },
      { label: "Medlemsbidrag", numeric: true },
      { label: "Eget kapital vid årets slut", numeric: true },
      { label: `Rekommenderad nivå (${formatPercent(equity.recommendedShare)})`, numeric: true },
      { label: "Över (+) eller under (−) nivån", numeric: true },
      { label: "Andel av medlemsbidraget", numeric: true },
      { label: "Bedömning", numeric: false },
    ],
    rows: Object.entries(equity.years).map(([year, y]) => ({
      kind: "row",
      header: textCell(year),
      cells: [
        amountCell(y.medlemsbidrag),
        amountCell(y.closing),
        amountCell(y.recommended),
        amountCell(y.overRecommended),
        percentCell(y.shareOfContribution, 1),
        textCell(y.status ? equityAssessment[y.status] : equityAssessment.at, { className: `equity-status equity-${y.status}` }),
      ],
    })),
    csvName: csvFileName(options.caption, unitCaption),
  };
}
