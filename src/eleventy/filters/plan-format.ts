import { formatAmount, formatMonthRange, formatNumber, formatYearMonth } from "../../format/index.ts";

/**
 * `{{ value | tkr }}` → "8 242 tkr" for an amount in kr; `{{ value | tkr(100) }}` rounds to whole
 * hundreds of tkr ("ca 1 600 tkr"). For prose in tkr about a plan whose tables are in kr.
 */
export function tkr(value: number | null | undefined, step = 1): string {
  if (value === null || value === undefined) return formatAmount(value, "tkr");
  return formatAmount(Math.round(value / 1000 / step) * step, "tkr");
}

/** `{{ 1 | manadsintervall(7) }}` → "jan–juli"; the months a staffed function applies. */
export function manadsintervall(from: number | null, to: number | null): string {
  if (!from || !to) return "";
  return formatMonthRange(from, to);
}

/** `{{ "2026-08" | manad }}` → "aug 2026". */
export function manad(yearMonth: string): string {
  return formatYearMonth(yearMonth);
}

/** `{{ 9.525 | arsarbetare }}` → "9,5" (one decimal: the precision plans state FTE with). */
export function arsarbetare(value: number | null | undefined): string {
  return formatNumber(value, 1);
}
