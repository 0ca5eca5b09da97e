// The plan's resultatmål: ambition levels, each ambition with its goals, as the plans print them.
import type { Resultatmal } from "../../schemas/index.ts";
import { listCell, textCell } from "../cells.ts";
import { csvFileName } from "../csv-names.ts";
import type { Row, Table } from "../model.ts";

export function resultatmalTable(resultatmal: Resultatmal, options: { caption: string }): Table {
  const rows: Row[] = resultatmal.levels.flatMap((level): Row[] => [
    { kind: "heading", header: textCell(level.label, { colspan: 2 }), cells: [] },
    ...(level.intro ? [{ kind: "row" as const, classes: ["goal-intro"], cells: [textCell(level.intro, { colspan: 2 })] }] : []),
    ...level.ambitions.map((ambition): Row => {
      const goals = listCell(
        ambition.goals.map((goal) => goal.text),
        { itemIds: ambition.goals.map((goal) => (goal.id ? `mal-${goal.id}` : "")), listClass: "goal-list" },
      );
      return ambition.text ? { kind: "row", header: textCell(ambition.text), cells: [goals] } : { kind: "row", cells: [textCell(""), goals] };
    }),
  ]);
  return {
    caption: options.caption,
    className: "goals-table",
    columns: [
      { label: "Ambitionsnivåer", numeric: false },
      { label: "Resultatmål", numeric: false },
    ],
    rows,
    csvName: csvFileName(options.caption),
  };
}
