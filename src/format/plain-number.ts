// Numbers for spreadsheets (CSV): what Swedish Excel reads as a number — decimal comma, no
// thousands separator, ASCII minus: "1271", "-81", "2,5".
import { wholeNumber } from "./number.ts";

const formats = new Map<number, Intl.NumberFormat>();

export function formatPlainNumber(value: number, decimals = 0): string {
  // A whole number (most of them) without Intl, as Intl writes it (./number.ts).
  if (decimals === 0 && Number.isSafeInteger(value)) return wholeNumber(value, "", "-");
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("sv-SE", {
      useGrouping: false,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: "negative",
      roundingMode: "halfExpand",
    });
    formats.set(decimals, format);
  }
  return format.format(value).replace("\u2212", "-");
}
