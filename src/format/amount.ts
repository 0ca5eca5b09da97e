import { EMPTY, formatNumber } from "./number.ts";

/** The unit a document declares its amounts in. Amounts are stored in that unit, as printed. */
export type Unit = "kr" | "tkr";

export const unitLabels: Record<Unit, string> = { kr: "kronor", tkr: "tusental kronor" };

/** An amount with its unit for prose: "4 447 tkr", "−81 tkr", "1 378 000 kr". */
export function formatAmount(value: number | null | undefined, unit: Unit): string {
  const number = formatNumber(value);
  return number === EMPTY ? EMPTY : `${number}\u00a0${unit}`;
}

/** The heading of an amount column: "Belopp i tkr". */
export function amountCaption(unit: Unit): string {
  return `Belopp i ${unit}`;
}
