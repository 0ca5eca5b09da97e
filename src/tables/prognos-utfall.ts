// The årsredovisning's optional table of the year's outcome against the T2 prognosis.
import type { PrognosComparisonLine } from "../compute/prognos-utfall.ts";
import { amountCaption, anchorId, type Unit } from "../format/index.ts";
import { amountCell, percentCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Table } from "./model.ts";

export function prognosUtfallTable(
  lines: readonly PrognosComparisonLine[],
  options: { unit: Unit; caption: string; anchorPrefix: string; year: number },
): Table {
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    id: anchorId(options.anchorPrefix, ["prognos"]),
    caption: options.caption,
    unitCaption,
    columns: [
      { label: amountCaption(options.unit), numeric: false },
      { label: `Helårsprognos aug ${options.year}`, numeric: true },
      { label: `Utfall ${options.year}`, numeric: true },
      { label: "Avvikelse utfall−prognos", numeric: true },
      { label: "Avvikelse i procent av prognosen", numeric: true },
    ],
    rows: lines.map((line) => ({
      id: anchorId(options.anchorPrefix, ["prognos", line.id]),
      kind: line.kind,
      header: textCell(line.label),
      cells: [
        amountCell(line.prognos, { key: "prognos", source: `Tertialuppföljning T2 ${options.year}` }),
        amountCell(line.utfall, { key: "utfall", source: `Driftsredovisningen ${options.year}` }),
        amountCell(line.avvikelse, { key: "avvikelse" }),
        percentCell(line.kind === "row" ? line.share : null, 0, { key: "andel" }),
      ],
    })),
    csvName: csvFileName(options.caption, unitCaption),
  };
}
