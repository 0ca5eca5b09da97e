import { formatAmount, type Unit } from "../../format/index.ts";

/** `{{ value | belopp(doc.unit) }}` → "1 271 tkr". */
export function belopp(value: number | null | undefined, unit: Unit): string {
  return formatAmount(value, unit);
}
