// The start page's national overview as the text of its CSV file (content/oversikt-csv.njk).
import { type OverviewTable, overviewCsvTable } from "../../site/national-overview-table.ts";
import { tableToCsv } from "../../tables/index.ts";

export function oversiktSomCsv(table: OverviewTable): string {
  return tableToCsv(overviewCsvTable(table));
}
