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

/** "1 234 567" with U+00A0 between thousands, "−81" with U+2212, "2,5" with decimal comma. */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  return cached(numberFormats, decimals, "decimal").format(value);
}

/** A share (0.35) as "35 %"; whole percent unless decimals say otherwise. */
export function formatPercent(share: number | null | undefined, decimals = 0): string {
  if (share === null || share === undefined || Number.isNaN(share)) return EMPTY;
  return cached(percentFormats, decimals, "percent").format(share);
}
