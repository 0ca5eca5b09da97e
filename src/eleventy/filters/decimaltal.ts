import { formatNumber } from "../../format/index.ts";
import { decimalsOf } from "../../tables/index.ts";

/** `{{ 1.5 | decimaltal }}` → "1,5", `{{ 2 | decimaltal }}` → "2": decimals only where the value has them (at most `max`). */
export function decimaltal(value: number | null | undefined, max = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return formatNumber(null);
  return formatNumber(value, decimalsOf(value, max));
}
