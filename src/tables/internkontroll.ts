// The internkontrollplan's table — one row per risk: område, risk, sannolikhet, konsekvens, the
// computed riskvärde with its level, kontrollmoment, ansvarig and when it is followed up — and the
// tertialuppföljning's table of the controls followed up in the tertial, with their status.
import { type ComputedInternkontrollplan, followUpAnchor, type InternkontrollFollowUpRow, riskLevelLabels, risksInOrder } from "../compute/internkontroll.ts";
import { anchorId, EMPTY } from "../format/index.ts";
import { followUpOccasionLabels, internkontrollStatusLabels, NOT_REPORTED } from "../schemas/internkontrollplan.ts";
import { countCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Cell, Column, Row, Table } from "./model.ts";

/** The control, and how it is done after it when the plan says. */
function controlCell(control: string | undefined, method: string | undefined): Cell {
  if (!control) return textCell(method ? `Metod: ${method}` : EMPTY);
  if (!method) return textCell(control);
  return textCell(control, { note: `${/[.!?]$/.test(control) ? "" : "."} Metod: ${method}` });
}

export function internkontrollplanTable(plan: ComputedInternkontrollplan, options: { caption: string; anchorPrefix: string }): Table {
  const columns: Column[] = [
    { label: "Område", numeric: false },
    { label: "Risk", numeric: false },
    { label: "Sannolikhet", numeric: true },
    { label: "Konsekvens", numeric: true },
    { label: "Riskvärde", numeric: true, hidden: "och risknivå" },
    { label: "Kontrollmoment", numeric: false },
    { label: "Ansvarig", numeric: false },
    { label: "Uppföljning", numeric: false },
  ];
  const rows = risksInOrder(plan).map(
    (risk): Row => ({
      id: anchorId(options.anchorPrefix, ["risk", risk.id]),
      kind: "row",
      header: textCell(risk.area),
      cells: [
        textCell(risk.risk),
        countCell(risk.sannolikhet, { key: "sannolikhet" }),
        countCell(risk.konsekvens, { key: "konsekvens" }),
        countCell(risk.riskvarde, { key: "riskvarde", note: ` (${riskLevelLabels[risk.level]})` }),
        controlCell(risk.control, risk.method),
        textCell(risk.responsible),
        textCell(risk.followUp.length ? risk.followUp.map((when) => followUpOccasionLabels[when]).join(", ") : EMPTY),
      ],
    }),
  );
  return {
    id: anchorId(options.anchorPrefix, ["risker"]),
    caption: options.caption,
    className: "internkontroll-table",
    columns,
    rows,
    csvName: csvFileName(options.caption),
  };
}

/** The controls a tertialuppföljning follows up (src/compute/internkontroll.ts internkontrollFollowUp), with their status. */
export function internkontrollFollowUpTable(rows: readonly InternkontrollFollowUpRow[], options: { caption: string; anchorPrefix: string }): Table {
  const columns: Column[] = [
    { label: "Område", numeric: false },
    { label: "Risk", numeric: false },
    { label: "Kontrollmoment", numeric: false },
    { label: "Ansvarig", numeric: false },
    { label: "Status", numeric: false },
    { label: "Kommentar", numeric: false },
  ];
  return {
    id: anchorId(options.anchorPrefix, ["internkontroll"]),
    caption: options.caption,
    className: "internkontroll-followup-table",
    columns,
    rows: rows.map(
      (row): Row => ({
        id: anchorId(options.anchorPrefix, followUpAnchor(row.risk.id)),
        kind: "row",
        header: textCell(row.risk.area),
        cells: [
          textCell(row.risk.risk),
          controlCell(row.risk.control, row.risk.method),
          textCell(row.risk.responsible),
          textCell(row.status ? internkontrollStatusLabels[row.status] : NOT_REPORTED, {
            key: "status",
            // A control reported beyond the plan for the tertial is printed, and said to be so.
            ...(row.scheduled ? {} : { note: " (utöver planen för tertialet)" }),
          }),
          textCell(row.comment ?? EMPTY),
        ],
      }),
    ),
    csvName: csvFileName(options.caption),
  };
}
