// sv-SE number formatting used by every filter, table and chart. The formatters are created once
// (creating an Intl.NumberFormat costs ~0.1 ms) and cached per number of decimals.
// signDisplay "negative" keeps −0 and values that round to zero from printing as "−0".
const numberFormats = new Map<number, Intl.NumberFormat>();
const percentFormats = new Map<number, Intl.NumberFormat>();

function cached(cache: Map<number, Intl.NumberFormat>, decimals: number, style: "decimal" | "percent") {
  let format = cache.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("sv-SE", {
      style,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: "negative",
      roundingMode: "halfExpand",
    });
    cache.set(decimals, format);
  }
  return format;
}

/** What an explicitly empty value (printed "-" in the source documents) is shown as. */
export const EMPTY = "–";

/**
 * A whole number as sv-SE writes it, the thousands apart by `separator`: what Intl gives for it (a
 * test compares the two), written by hand because most figures of a document are whole and Intl's
 * format() took about 0.6 s of a national build (1 200 documents' tables and CSV files).
 */
export function wholeNumber(value: number, separator: string, minus: string): string {
  const digits = String(Math.abs(value));
  let grouped = digits;
  if (digits.length > 3) {
    const head = digits.length % 3 || 3;
    grouped = digits.slice(0, head);
    for (let at = head; at < digits.length; at += 3) grouped += separator + digits.slice(at, at + 3);
  }
  // −0 is written "0", as Intl does with signDisplay "negative".
  return value < 0 ? minus + grouped : grouped;
}

/** "1 234 567" with U+00A0 between thousands, "−81" with U+2212, "2,5" with decimal comma. */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  if (decimals === 0 && Number.isSafeInteger(value)) return wholeNumber(value, "\u00a0", "\u2212");
  return cached(numberFormats, decimals, "decimal").format(value);
}

/** A share (0.35) as "35 %"; whole percent unless decimals say otherwise. */
export function formatPercent(share: number | null | undefined, decimals = 0): string {
  if (share === null || share === undefined || Number.isNaN(share)) return EMPTY;
  return cached(percentFormats, decimals, "percent").format(share);
}
