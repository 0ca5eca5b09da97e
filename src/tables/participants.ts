// The participant tables of the årsredovisning (src/compute/arsredovisning/participants.ts):
// Tabell 1 (enrolled per year), Tabell 2 (the flow: enrolled, new, ended …, two years), Tabell 3
// (status at exit, counts with their share of the year's ended participants).
import type { ComputedParticipants } from "../compute/arsredovisning/participants.ts";
import { anchorId } from "../format/index.ts";
import { countCell, countShareCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Column, Row, Table } from "./model.ts";

export function participantsHistoryTable(history: ComputedParticipants["history"], options: { caption: string; id?: string }): Table {
  return {
    ...(options.id ? { id: options.id } : {}),
    caption: options.caption,
    className: "participants-table",
    columns: [
      { label: "År", numeric: false },
      { label: "Totalt", numeric: true },
      { label: "Kvinnor", numeric: true },
      { label: "Män", numeric: true },
    ],
    rows: history.map((h) => ({ kind: "row", header: textCell(String(h.year)), cells: [countCell(h.total), countCell(h.women), countCell(h.men)] })),
    csvName: csvFileName(options.caption),
  };
}

const groupColumns = (years: readonly number[]): Column[] =>
  years.flatMap((year) => ["Alla", "Kvinnor", "Män"].map((label) => ({ label, numeric: true, hidden: String(year) })));

const flowRows = [
  ["enrolled", "Inskrivna deltagare"],
  ["new", "Nya deltagare"],
  ["ended", "Avslutade deltagare"],
  ["with_psychiatry", "Med kontakt hos psykiatri"],
  ["anonymous", "Anonyma/konsultationer"],
] as const;

export function participantsFlowTable(years: readonly number[], participants: ComputedParticipants["years"], options: { caption: string; id: string }): Table {
  const rows = flowRows
    .filter(([key]) => years.some((year) => participants[String(year)]?.[key]))
    .map(
      ([key, label]): Row => ({
        kind: "row",
        header: textCell(label),
        cells: years.flatMap((year) => {
          const c = participants[String(year)]?.[key];
          return [countCell(c?.total), countCell(c?.women), countCell(c?.men)];
        }),
      }),
    );
  return {
    id: options.id,
    caption: options.caption,
    className: "participants-table",
    columnGroups: [{ label: "", span: 1 }, ...years.map((year) => ({ label: String(year), span: 3 }))],
    columns: [{ label: "Antal", numeric: false }, ...groupColumns(years)],
    rows,
    csvName: csvFileName(options.caption),
  };
}

export function participantsExitTable(
  years: readonly number[],
  exitRows: ComputedParticipants["exitRows"],
  participants: ComputedParticipants["years"],
  options: { caption: string; id: string; documentId: string },
): Table {
  const ended: Row = {
    kind: "sum",
    classes: ["line-strong"],
    header: textCell("Avslutade deltagare"),
    cells: years.flatMap((year) => {
      const c = participants[String(year)]?.ended;
      return [countCell(c?.total), countCell(c?.women), countCell(c?.men)];
    }),
  };
  const rows = exitRows.map(
    (row): Row => ({
      id: anchorId(options.documentId, ["participants", "exit_status", row.id]),
      kind: "row",
      classes: row.sub ? ["line-sub"] : [],
      header: textCell(row.label, row.prefix ? { prefix: row.prefix } : {}),
      cells: years.flatMap((year) => {
        const v = row.values[String(year)];
        return [countShareCell(v?.total), countShareCell(v?.women), countShareCell(v?.men)];
      }),
    }),
  );
  return {
    id: options.id,
    caption: options.caption,
    className: "participants-table exit-table",
    columnGroups: [{ label: "", span: 1 }, ...years.map((year) => ({ label: String(year), span: 3 }))],
    columns: [{ label: "Antal samt andel av alla avslutade", numeric: false }, ...groupColumns(years)],
    rows: [ended, ...rows],
    csvName: csvFileName(options.caption),
  };
}
