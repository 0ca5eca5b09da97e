// The member contribution per kind of party (its share of the total) and per member, where the
// förbund says how a kind's share is split between its members.
import type { ComputedContributions } from "../../compute/plan/contributions.ts";
import { amountCaption, formatPercent, type Unit } from "../../format/index.ts";
import { amountCell, percentCell, textCell } from "../cells.ts";
import { csvFileName } from "../csv-names.ts";
import type { Row, Table } from "../model.ts";

const kindLabels = { state: "Staten", region: "Region", municipality: "Kommun" } as const;

export function contributionsTable(contributions: ComputedContributions, options: { unit: Unit; caption: string }): Table {
  const years = contributions.years.map(String);
  const rows: Row[] = [];
  for (const kind of contributions.kinds) {
    const many = kind.members.length > 1;
    const name = kind.kind === "municipality" && many ? "Kommunerna" : kindLabels[kind.kind];
    rows.push({
      kind: "group",
      classes: ["line-emphasis"],
      header: textCell(many ? `${name} (${kind.members.length} medlemmar)` : name),
      cells: [percentCell(kind.share), ...years.map((year) => amountCell(kind.values[year]))],
    });
    kind.members.forEach((member, index) => {
      const header = textCell(member.name, member.ownership === null ? {} : { note: ` (delägarskap ${formatPercent(member.ownership)})` });
      const split = member.values
        ? years.map((year) => amountCell(member.values![year]))
        : index === 0
          ? [
              textCell(`fördelas mellan ${kind.members.length} medlemmar enligt överenskommelse`, {
                colspan: years.length,
                rowspan: kind.members.length,
                className: "member-split muted",
              }),
            ]
          : [];
      rows.push({ kind: "row", classes: ["depth-1"], header, cells: [textCell("", { numeric: true }), ...split] });
    });
  }
  rows.push({ kind: "sum", header: textCell("Summa medlemsbidrag"), cells: [percentCell(1), ...years.map((year) => amountCell(contributions.total[year]))] });
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    caption: options.caption,
    unitCaption,
    className: "contributions-table",
    columns: [{ label: "Part", numeric: false }, { label: "Andel", numeric: true }, ...years.map((year) => ({ label: year, numeric: true }))],
    rows,
    csvName: csvFileName(options.caption, unitCaption),
  };
}
