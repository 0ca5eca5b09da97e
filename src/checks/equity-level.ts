// Rule "eget-kapital-niva": Nationella rådets recommendation that a samordningsförbund's eget kapital
// at the end of a year be about `recommended_share` (20 %) of the year's member contribution, not more.
// A plan year that ends above the recommended level (by more than the plan's rounding) is a notering.
import type { ComputedEquity } from "../compute/plan/equity.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { formatNumber, formatPercent, type Unit } from "../format/index.ts";
import { anchorId, type DocumentRef, type Finding } from "./finding.ts";

export function equityLevelFindings(
  equity: ComputedEquity,
  source: YamlSource,
  document: DocumentRef,
  unit: Unit,
  /** Which years have a printed closing balance (its line is the place to point at). */
  statedClosing: Record<string, unknown> = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const [year, values] of Object.entries(equity.years)) {
    if (values.status !== "over" || values.recommended === null || values.overRecommended === null) continue;
    const path = statedClosing[year] !== undefined ? ["eget_kapital", "stated_closing", year] : ["eget_kapital", "recommended_share"];
    findings.push({
      rule: "eget-kapital-niva",
      severity: "notering",
      document: document.label,
      file: source.file,
      line: source.lineOf(path),
      path: path.join("."),
      stated: values.closing,
      computed: values.recommended,
      difference: values.overRecommended,
      url: `${document.url}#${anchorId(document.id, ["eget_kapital", "closing"])}`,
      message:
        `eget kapital vid slutet av ${year} ${formatNumber(values.closing)} ${unit} är över den rekommenderade nivån ` +
        `${formatNumber(values.recommended)} ${unit} (${formatPercent(equity.recommendedShare)} ` +
        `av medlemsbidraget ${formatNumber(values.medlemsbidrag)} ${unit})`,
    });
  }
  return findings;
}
