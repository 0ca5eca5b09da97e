// The tertialuppföljning's tables: the economy per driftsredovisning row (årsbudget, period utfall
// and its share, periodised budget and the deviation from it, helårsprognos and prognos − budget),
// and eget kapital at year end by the prognosis against the recommended level.
import type { ComputedUppfoljning } from "../compute/uppfoljning.ts";
import { amountCaption, anchorId, formatMonthRange, formatPercent, type Unit } from "../format/index.ts";
import { amountCell, percentCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Column, Row, Table } from "./model.ts";
import { equityAssessment } from "./plan/equity.ts";

/** "jan–aug": the period as column headings write it. */
export const periodLabel = (months: number): string => formatMonthRange(1, months);

/** A mark after a prognosis that is a default, not the director's: the note under the table says which. */
export const DEFAULT_MARK = "*";

export function uppfoljningTable(
  report: ComputedUppfoljning,
  options: {
    unit: Unit;
    caption: string;
    anchorPrefix: string /** Rows whose årsbudget is read from the plan: where from. */;
    budgetSource?: (rowId: string) => string | undefined;
  },
): Table {
  const period = periodLabel(report.months);
  const columns: Column[] = [
    { label: amountCaption(options.unit), numeric: false },
    { label: `Årsbudget ${report.year}`, numeric: true },
    { label: `Utfall ${period}`, numeric: true },
    { label: "Andel av årsbudget", numeric: true },
    { label: `Periodiserad budget ${period}`, numeric: true },
    { label: "Avvikelse mot periodiserad budget", numeric: true },
    { label: `Helårsprognos ${report.year}`, numeric: true },
    { label: "Avvikelse prognos−budget", numeric: true },
  ];
  const rows = report.lines.map((line): Row => {
    if (line.kind === "heading" || !line.values) return { kind: "heading", header: textCell(line.label, { colspan: columns.length }), cells: [] };
    const v = line.values;
    const defaulted = line.kind === "row" && line.prognosSource !== "typed";
    const budgetFrom = line.id ? options.budgetSource?.(line.id) : undefined;
    return {
      id: anchorId(options.anchorPrefix, line.anchor),
      kind: line.kind,
      header: textCell(line.label),
      cells: [
        amountCell(v.budget, { key: "budget", ...(budgetFrom ? { source: budgetFrom } : {}) }),
        amountCell(v.utfall, { key: "utfall" }),
        percentCell(v.andel, 0, { key: "andel" }),
        amountCell(v.periodiserad, { key: "periodiserad_budget" }),
        amountCell(v.avvikelse, { key: "avvikelse" }),
        amountCell(v.prognos, { key: "prognos", ...(defaulted ? { mark: DEFAULT_MARK, hidden: "förvald prognos" } : {}) }),
        amountCell(v.prognosAvvikelse, { key: "prognos_avvikelse" }),
      ],
    };
  });
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    id: anchorId(options.anchorPrefix, ["ekonomi"]),
    caption: options.caption,
    unitCaption,
    className: "followup-table",
    columns,
    rows,
    csvName: csvFileName(options.caption, unitCaption),
  };
}

export function followUpEquityTable(
  report: ComputedUppfoljning,
  options: {
    unit: Unit;
    caption: string;
    anchorPrefix: string /** Where the opening equity and the medlemsbidrag are read from. */;
    sources?: { opening?: string; plan?: string };
  },
): Table {
  const e = report.equity;
  const unitCaption = amountCaption(options.unit).toLowerCase();
  const row = (id: string, label: string, value: number | null, extra: { kind?: Row["kind"]; text?: string; source?: string } = {}): Row => ({
    id: anchorId(options.anchorPrefix, ["eget-kapital", id]),
    kind: extra.kind ?? "row",
    header: textCell(label),
    cells: [
      extra.text !== undefined ? textCell(extra.text, { numeric: true }) : amountCell(value, { key: id, ...(extra.source ? { source: extra.source } : {}) }),
    ],
  });
  return {
    id: anchorId(options.anchorPrefix, ["eget-kapital"]),
    caption: options.caption,
    unitCaption,
    className: "followup-equity-table",
    columns: [
      { label: amountCaption(options.unit), numeric: false },
      { label: `Prognos ${report.year}`, numeric: true },
    ],
    rows: [
      row("ingaende", `Eget kapital vid årets början`, e.opening, { ...(options.sources?.opening ? { source: options.sources.opening } : {}) }),
      row("resultat", `Årets resultat enligt prognos`, e.resultat),
      row("utgaende", `Eget kapital vid årets slut enligt prognos`, e.closing, { kind: "sum" }),
      row("medlemsbidrag", `Medlemsbidrag ${report.year}`, e.medlemsbidrag, { ...(options.sources?.plan ? { source: options.sources.plan } : {}) }),
      row("rekommenderad", `Rekommenderad nivå (${formatPercent(e.recommendedShare)} av medlemsbidraget)`, e.recommended),
      row("over", "Över (+) eller under (−) nivån", e.overRecommended),
      row("bedomning", "Bedömning", null, { text: e.status ? equityAssessment[e.status] : "–" }),
    ],
    csvName: csvFileName(options.caption, unitCaption),
  };
}
