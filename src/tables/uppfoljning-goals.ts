// The tertialuppföljning's resultatmål table: each goal of the year's plan, its target, the value
// so far and what can be said of it yet (src/compute/uppfoljning-goals.ts).
import type { FollowedGoal } from "../compute/uppfoljning-goals.ts";
import { anchorId, formatNumber, formatPercent } from "../format/index.ts";
import { textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Table } from "./model.ts";

const inUnit = (value: number, unit: "percent" | "persons" | "count") => (unit === "percent" ? formatPercent(value / 100) : formatNumber(value));

function targetText(goal: FollowedGoal): string {
  if (!goal.target) return "–";
  const words = { at_least: "Minst", at_most: "Högst", exactly: "" }[goal.target.comparator];
  return `${words} ${inUnit(goal.target.value, goal.target.unit)}`.trim();
}

function assessmentText(goal: FollowedGoal): string {
  const a = goal.assessment;
  if (a.kind === "yearly") return "Följs upp årligen (NNS indikatorenkät)";
  if (a.kind === "missing") return "Ej rapporterad";
  if (a.kind === "no-target") return "Inget mätbart målvärde";
  if (a.kind === "progress") return `${formatPercent(a.share)} av målvärdet hittills`;
  return a.meets ? "Når målvärdet" : "Når inte målvärdet";
}

export function uppfoljningGoalsTable(goals: readonly FollowedGoal[], options: { caption: string; anchorPrefix: string }): Table {
  return {
    id: anchorId(options.anchorPrefix, ["resultatmal"]),
    caption: options.caption,
    className: "followup-goals-table",
    columns: [
      { label: "Resultatmål", numeric: false },
      { label: "Målvärde", numeric: true },
      { label: "Hittills", numeric: true },
      { label: "Bedömning", numeric: false },
    ],
    rows: goals.map((goal) => ({
      id: anchorId(options.anchorPrefix, ["resultatmal", goal.id]),
      kind: "row" as const,
      header: textCell(goal.text),
      cells: [
        textCell(targetText(goal), { numeric: true }),
        textCell(goal.value === null ? "–" : inUnit(goal.value, goal.target?.unit ?? "count"), { numeric: true }),
        textCell(goal.comment ? `${assessmentText(goal)}. ${goal.comment}` : assessmentText(goal)),
      ],
    })),
    csvName: csvFileName(options.caption),
  };
}
