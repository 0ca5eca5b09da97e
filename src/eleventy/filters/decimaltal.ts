import { formatNumber } from "../../format/index.ts";

/** `{{ 1.5 | decimaltal }}` → "1,5", `{{ 2 | decimaltal }}` → "2": decimals only where the value has them (at most `max`). */
export function decimaltal(value: number | null | undefined, max = 1): string {
  if (value === null || value === undefined) return formatNumber(value);
  const rounded = Number(value.toFixed(max));
  const decimals = Number.isInteger(rounded) ? 0 : Math.min(max, String(rounded).split(".")[1]!.length);
  return formatNumber(value, decimals);
}
