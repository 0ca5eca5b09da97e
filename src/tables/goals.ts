// The goal follow-up of an årsredovisning, one table per ambition: each goal (its target in words)
// with its results against the target, last year's value, and the computed status. A result read
// from a participant count the site hides (forbund.yaml privacy.min_count) shows "<5" or "..".
import { type ComputedAmbition, statusLabels } from "../compute/arsredovisning/goals.ts";
import { formatGoalText, formatGoalValue } from "../format/index.ts";
import { statusCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Cell, Row, Table } from "./model.ts";

export function statusLabel(status: ComputedAmbition["status"]): string {
  return status ? statusLabels[status] : "Kan inte bedömas";
}

export function goalTable(ambition: ComputedAmbition, year: number, options: { hidden?: (path: string) => string | undefined } = {}): Table {
  // The text instead of the value at a path, when the site hides it; the text is then the cell's value too.
  const hidden = (path: string | undefined) => (path ? options.hidden?.(path) : undefined);
  const rows: Row[] = ambition.goals.flatMap((goal) =>
    goal.results.map((result, index): Row => {
      const span = goal.results.length;
      const shown = hidden(result.path);
      const shownBefore = hidden(result.previousPath);
      const value: Cell = {
        kind: goal.unit === "count" ? "count" : "percent",
        value: shown ?? result.value,
        text: shown ?? formatGoalValue(result.value, goal.unit),
        valueClass: "goal-value",
        ...(result.label ? { suffix: result.label } : {}),
        ...(result.meets === false ? { note: " (under målet)", noteClass: "goal-below" } : {}),
      };
      const previous: Cell = {
        kind: goal.unit === "count" ? "count" : "percent",
        numeric: true,
        value: shownBefore ?? result.previous,
        text: shownBefore ?? formatGoalValue(result.previous, goal.unit),
      };
      return {
        kind: "row",
        classes: index === 0 && span > 1 ? ["goal-first"] : [],
        ...(index === 0 ? { header: textCell(formatGoalText(goal), span > 1 ? { rowspan: span } : {}) } : {}),
        cells: [value, previous, ...(index === 0 ? [statusCell(goal.status, statusLabel(goal.status), span > 1 ? { rowspan: span } : {})] : [])],
      };
    }),
  );
  const caption = `Mål och resultat: ${ambition.ambition}`;
  return {
    caption,
    captionHidden: true,
    className: "goal-table",
    columns: [
      { label: "Mål", numeric: false },
      { label: `Resultat ${year}`, numeric: false },
      { label: String(year - 1), numeric: true },
      { label: "Status", numeric: false },
    ],
    rows,
    csvName: csvFileName(caption),
  };
}
