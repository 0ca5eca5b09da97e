// Numbers for spreadsheets (CSV): what Swedish Excel reads as a number — decimal comma, no
// thousands separator, ASCII minus: "1271", "-81", "2,5".
const formats = new Map<number, Intl.NumberFormat>();

export function formatPlainNumber(value: number, decimals = 0): string {
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
