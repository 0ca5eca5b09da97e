import { formatGoalTarget, formatGoalText, formatGoalValue, type GoalTarget } from "../../format/index.ts";

/** `{{ goal | malMal }}` → "Minst 85 %". */
export function malMal(goal: GoalTarget): string {
  return formatGoalTarget(goal);
}

/** `{{ goal | malText }}` → "Minst 85 % av deltagarna …". */
export function malText(goal: GoalTarget & { text: string }): string {
  return formatGoalText(goal);
}

/** `{{ value | malVarde(goal.unit) }}` → "71 %" or "332". */
export function malVarde(number: number | null | undefined, unit: GoalTarget["unit"]): string {
  return formatGoalValue(number, unit);
}
