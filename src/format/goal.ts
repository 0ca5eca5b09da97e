// A goal's target and results in words, as the plans and reports print them.
import { formatNumber, formatPercent } from "./number.ts";

export interface GoalTarget {
  comparator: "at_least" | "at_most" | "between";
  target: number;
  max?: number;
  unit: "percent" | "count" | "share_of";
}

/** A result value in the goal's unit: "71 %" or "332". */
export function formatGoalValue(number: number | null | undefined, unit: GoalTarget["unit"]): string {
  return unit === "count" ? formatNumber(number) : formatPercent(number);
}

/** The target in words: "Minst 85 %", "Högst 20 %", "mellan 40 % och 60 %". */
export function formatGoalTarget(goal: GoalTarget): string {
  if (goal.comparator === "at_least") return `Minst ${formatGoalValue(goal.target, goal.unit)}`;
  if (goal.comparator === "at_most") return `Högst ${formatGoalValue(goal.target, goal.unit)}`;
  return `mellan ${formatGoalValue(goal.target, goal.unit)} och ${formatGoalValue(goal.max, goal.unit)}`;
}

/** A goal's text with {target} replaced: "Minst 85 % av deltagarna …"; a sentence-initial capital kept. */
export function formatGoalText(goal: GoalTarget & { text: string }): string {
  const words = formatGoalTarget(goal);
  return goal.text.replace("{target}", (_match: string, offset: number) => (offset === 0 ? words : words.charAt(0).toLowerCase() + words.slice(1)));
}
