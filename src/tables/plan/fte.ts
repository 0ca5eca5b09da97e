// Each insats with its staffed functions (share of a post, and the months where it applies only
// part of the year) and the computed årsarbetare.
import type { ComputedFte } from "../../compute/plan/fte.ts";
import { formatMonthRange, formatPercent } from "../../format/index.ts";
import { fixedCell, listCell, textCell } from "../cells.ts";
import { csvFileName } from "../csv-names.ts";
import type { Row, Table } from "../model.ts";

export function fteTable(fte: ComputedFte, options: { caption: string }): Table {
  const rows: Row[] = fte.insatser.map((insats) => ({
    kind: "row",
    header: textCell(insats.name),
    cells: [
      listCell(
        insats.functions.map(
          (f) => `${f.title} ${formatPercent(f.fte)}${f.partOfYear && f.fromMonth && f.toMonth ? ` ${formatMonthRange(f.fromMonth, f.toMonth)}` : ""}`,
        ),
      ),
      fixedCell(insats.annual, 1),
    ],
  }));
  rows.push({ kind: "sum", header: textCell("Totalt", { colspan: 2 }), cells: [fixedCell(fte.total, 1)] });
  return {
    caption: options.caption,
    className: "fte-table",
    columns: [
      { label: "Verksamhet", numeric: false },
      { label: "Funktion och omfattning", numeric: false },
      { label: `Årsarbetare ${fte.year}`, numeric: true },
    ],
    rows,
    csvName: csvFileName(options.caption),
  };
}
