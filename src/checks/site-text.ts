// Findings as the public /granskning/ page prints them. The granskning compares the real numbers,
// and npm run check prints them; but the page is on the site, so a participant count the site
// hides (forbund.yaml privacy.min_count, src/format/count.ts) is printed there as "<5" or "..".
import { formatCount, WITHHELD } from "../format/index.ts";
import { type Finding, findingValue } from "./finding.ts";

/** Stated, computed and difference as the page prints them, given the texts of the counts it hides. */
export function siteValues(finding: Pick<Finding, "stated" | "computed" | "difference" | "display">, hidden: { stated?: string; computed?: string }) {
  const hides = hidden.stated !== undefined || hidden.computed !== undefined;
  return {
    stated: hidden.stated ?? findingValue(finding, finding.stated),
    computed: hidden.computed ?? findingValue(finding, finding.computed),
    // Beside a hidden count the difference would give it back.
    difference: hides && finding.difference !== undefined ? WITHHELD : findingValue(finding, finding.difference),
  };
}

/** The finding with the page's texts, when they differ from what npm run check prints; else the finding as it is. */
export function withSiteText(finding: Finding, site: NonNullable<Finding["site"]>): Finding {
  const real = siteValues(finding, {});
  const same = site.message === finding.message && site.stated === real.stated && site.computed === real.computed && site.difference === real.difference;
  return same ? finding : { ...finding, site };
}

/** A count as the page prints it: "<5" below the threshold (no threshold: as it is). */
export const siteCount = (minCount: number | undefined) => (value: number) => formatCount(value, { minCount });
