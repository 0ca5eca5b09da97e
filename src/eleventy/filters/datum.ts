import { formatDate, formatLongDate } from "../../format/index.ts";

/** `{{ doc.decided | datum }}` → "2026-03-13". */
export function datum(value: string | Date): string {
  return formatDate(value);
}

/** `{{ doc.decided | langtDatum }}` → "13 mars 2026". */
export function langtDatum(value: string | Date): string {
  return formatLongDate(value);
}
