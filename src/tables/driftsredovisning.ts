// The driftsredovisning table: one row per line of the computed report (src/compute/driftsredovisning.ts),
// and per year utfall, budget and the computed differens utfall − budget.
import type { ResolvedDriftsredovisning, ValueSource } from "../compute/chain/driftsredovisning.ts";
import type { ComputedDriftsredovisning } from "../compute/driftsredovisning.ts";
import { amountCaption, anchorId, type Unit } from "../format/index.ts";
import { amountCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Column, Row, Table } from "./model.ts";

/** "Driftsredovisningen 2024", "Verksamhetsplanen 2025": where the chain read a value (src/compute/chain/driftsredovisning.ts). */
function sourceText(source: ValueSource | undefined): string | undefined {
  if (!source || source.kind === "typed") return undefined;
  return `${source.kind === "driftsredovisning" ? "Driftsredovisningen" : "Verksamhetsplanen"} ${source.year}`;
}

export function driftsredovisningTable(
  report: ComputedDriftsredovisning,
  options: { unit: Unit; caption: string; anchorPrefix: string; sources?: ResolvedDriftsredovisning["sources"] },
): Table {
  const years = report.years.map(String);
  const columns: Column[] = [
    { label: amountCaption(options.unit), numeric: false },
    ...years.flatMap((year): Column[] => [
      { label: `Utfall ${year}`, numeric: true },
      { label: `Budget ${year}`, numeric: true },
      { label: "Differens utfall−budget", numeric: true, hidden: year },
    ]),
  ];
  const rows = report.lines.map((line): Row => {
    if (line.kind === "heading") return { kind: "heading", header: textCell(line.label, { colspan: columns.length }), cells: [] };
    return {
      id: anchorId(options.anchorPrefix, line.anchor),
      kind: line.kind,
      header: textCell(line.label),
      cells: years.flatMap((year) => {
        const cell = line.values[year];
        const from = line.id ? options.sources?.[line.id] : undefined;
        const source = (column: "utfall" | "budget") => {
          const text = sourceText(from?.[column][year]);
          return text ? { source: text } : {};
        };
        return [
          amountCell(cell?.utfall, { key: `utfall.${year}`, ...source("utfall") }),
          amountCell(cell?.budget, { key: `budget.${year}`, ...source("budget") }),
          amountCell(cell?.differens, { key: `differens.${year}` }),
        ];
      }),
    };
  });
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return { caption: options.caption, unitCaption, columns, rows, csvName: csvFileName(options.caption, unitCaption) };
}
