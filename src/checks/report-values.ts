// A finding's stated, computed and difference as the granskningsrapport writes them: as findingValue
// (./finding.ts) writes them — an amount in the document's unit, a count of people without one, a
// share as per cent, a status as its words — except that two shares differ in procentenheter, and an
// amount is joined to its unit by a no-break space.
import { formatAmount, formatNumber } from "../format/index.ts";
import { type Finding, findingValue } from "./finding.ts";

function shareDifference(value: number): string {
  const points = value * 100;
  // Whole points as whole numbers; otherwise one decimal, so half a point is not rounded away.
  const decimals = Math.abs(points - Math.round(points)) < 1e-9 ? 0 : 1;
  const text = formatNumber(points, decimals);
  return `${text} ${text.replace("\u2212", "") === "1" ? "procentenhet" : "procentenheter"}`;
}

/** One of a finding's values as text; `difference`: the value is stated − computed. */
export function formatFindingValue(finding: Finding, value: Finding["stated"] | undefined, options: { difference?: boolean } = {}): string {
  const share = finding.quantity === "share" || (finding.quantity === undefined && finding.display === "percent");
  if (options.difference && share && typeof value === "number") return shareDifference(value);
  // An amount and its unit kept on one line (a no-break space), in a narrow column.
  if (finding.quantity === "amount" && finding.unit && typeof value === "number" && !finding.decimals) return formatAmount(value, finding.unit);
  return findingValue(finding, value);
}

/** Whether the finding has a value to show beside its message (a rule about a document's text may have none). */
export function hasValues(finding: Finding): boolean {
  const given = (value: Finding["stated"] | undefined) => value !== undefined && value !== null;
  return given(finding.stated) || given(finding.computed) || given(finding.difference);
}
