import { formatNumber } from "../../format/index.ts";

/** `{{ value | tal }}` → "−4 447"; `{{ value | tal(1) }}` → "6,7"; empty → "–". */
export function tal(value: number | null | undefined, decimals = 0): string {
  return formatNumber(value, decimals);
}
