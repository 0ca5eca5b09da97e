// Where the original prints a figure that differs from the one computed from its parts.
import type { StatedComparison } from "../../compute/stated.ts";
import { amountCaption, anchorId, type Unit } from "../../format/index.ts";
import { amountCell, textCell } from "../cells.ts";
import { csvFileName } from "../csv-names.ts";
import type { Row, Table } from "../model.ts";

const ruleLabels: Record<string, string> = {
  summa: "Summa eller resultat",
  "eget-kapital": "Eget kapital",
  insats: "Insatsens finansiering",
  text: "Belopp i texten",
};

export function statedTable(stated: { rule: string; comparisons: StatedComparison[] }[], options: { unit: Unit; documentId: string }): Table {
  const rows: Row[] = stated.flatMap((group) =>
    group.comparisons
      .filter((c) => c.difference !== 0)
      .map(
        (c): Row => ({
          kind: "row",
          header: textCell(`${ruleLabels[group.rule] ?? group.rule}${group.rule === "text" ? "" : ` ${String(c.path.at(-1))}`}`, {
            href: `#${anchorId(options.documentId, c.row)}`,
          }),
          cells: [
            textCell(`${c.description ?? ""}${c.withinRounding ? " (inom avrundning)" : ""}`),
            amountCell(c.stated),
            amountCell(c.computed),
            amountCell(c.difference),
          ],
        }),
      ),
  );
  const caption = "Belopp i originalet som avviker från det beräknade";
  const unitCaption = amountCaption(options.unit).toLowerCase();
  return {
    caption,
    unitCaption,
    className: "stated-table",
    columns: [
      { label: "Vad", numeric: false },
      { label: "Jämförelse", numeric: false },
      { label: "Angivet", numeric: true },
      { label: "Beräknat", numeric: true },
      { label: "Differens", numeric: true },
    ],
    rows,
    csvName: csvFileName(caption, unitCaption),
  };
}
