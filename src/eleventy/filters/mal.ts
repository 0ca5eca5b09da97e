import { formatNumber, formatPercent } from "../../format/index.ts";

interface Target {
  comparator: "at_least" | "at_most" | "between";
  target: number;
  max?: number;
  unit: "percent" | "count" | "share_of";
}

function value(number: number | null | undefined, unit: Target["unit"]): string {
  return unit === "count" ? formatNumber(number) : formatPercent(number);
}

/** The target in words: "Minst 85 %", "Högst 20 %", "mellan 40 % och 60 %". */
export function malMal(goal: Target): string {
  if (goal.comparator === "at_least") return `Minst ${value(goal.target, goal.unit)}`;
  if (goal.comparator === "at_most") return `Högst ${value(goal.target, goal.unit)}`;
  return `mellan ${value(goal.target, goal.unit)} och ${value(goal.max, goal.unit)}`;
}

/** A goal's text with {target} replaced: "Minst 85 % av deltagarna …"; sentence-initial capital kept. */
export function malText(goal: Target & { text: string }): string {
  const words = malMal(goal);
  return goal.text.replace("{target}", (_match: string, offset: number) => (offset === 0 ? words : words.charAt(0).toLowerCase() + words.slice(1)));
}

/** A result value in the goal's unit: "71 %" or "332". */
export function malVarde(number: number | null | undefined, unit: Target["unit"]): string {
  return value(number, unit);
}
