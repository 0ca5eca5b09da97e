// The participant tables of the årsredovisning (src/compute/arsredovisning/participants.ts):
// Tabell 1 (enrolled per year), Tabell 2 (the flow: enrolled, new, ended …, two years), Tabell 3
// (status at exit, counts with their share of the year's ended participants). With `minCount` (the
// förbund's privacy.min_count) small counts, and those that would give them away, are hidden.
import type { ComputedParticipants, CountShare } from "../compute/arsredovisning/participants.ts";
import { anchorId, type CountSplit, hiddenInSplit } from "../format/index.ts";
import { privateCountCell, privateCountShareCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Cell, Column, Row, Table } from "./model.ts";

/** All, women and men of one count split, hidden as the split's rule says (src/format/count.ts). */
function splitCells(split: CountSplit | undefined, minCount: number | undefined): Cell[] {
  const hidden = split ? hiddenInSplit(split, minCount) : new Set();
  return (["total", "women", "men"] as const).map((key) => privateCountCell(split?.[key], { minCount, hidden: hidden.has(key) }));
}

/** The same for counts with their shares ("49 (35 %)"): a hidden count hides its share too. */
function splitShareCells(row: { total: CountShare; women: CountShare; men: CountShare } | undefined, minCount: number | undefined): Cell[] {
  const hidden = row ? hiddenInSplit({ total: row.total.count, women: row.women.count, men: row.men.count }, minCount) : new Set();
  return (["total", "women", "men"] as const).map((key) => privateCountShareCell(row?.[key], { minCount, hidden: hidden.has(key) }));
}

export function participantsHistoryTable(history: ComputedParticipants["history"], options: { caption: string; id?: string; minCount?: number }): Table {
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
    rows: history.map((h) => ({ kind: "row", header: textCell(String(h.year)), cells: splitCells(h, options.minCount) })),
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

export function participantsFlowTable(
  years: readonly number[],
  participants: ComputedParticipants["years"],
  options: { caption: string; id: string; minCount?: number },
): Table {
  const rows = flowRows
    .filter(([key]) => years.some((year) => participants[String(year)]?.[key]))
    .map(
      ([key, label]): Row => ({
        kind: "row",
        header: textCell(label),
        cells: years.flatMap((year) => splitCells(participants[String(year)]?.[key], options.minCount)),
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
  options: { caption: string; id: string; documentId: string; minCount?: number },
): Table {
  const ended: Row = {
    kind: "sum",
    classes: ["line-strong"],
    header: textCell("Avslutade deltagare"),
    cells: years.flatMap((year) => splitCells(participants[String(year)]?.ended, options.minCount)),
  };
  const rows = exitRows.map(
    (row): Row => ({
      id: anchorId(options.documentId, ["participants", "exit_status", row.id]),
      kind: "row",
      classes: row.sub ? ["line-sub"] : [],
      header: textCell(row.label, row.prefix ? { prefix: row.prefix } : {}),
      cells: years.flatMap((year) => splitShareCells(row.values[String(year)], options.minCount)),
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
