import { formatPercent } from "../../format/index.ts";

/** `{{ share | procent }}` → "35 %" (share 0.35). */
export function procent(share: number | null | undefined, decimals = 0): string {
  return formatPercent(share, decimals);
}
