// Rule "summa": a total the document states must equal the sum of its parts, give or take what the
// rounding of the parts explains (src/compute/stated.ts roundingAllowance: within it a notering;
// more, a fel).
import type { StatedComparison } from "../compute/stated.ts";
import { suspectParts } from "../compute/suspect-part.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { formatNumber, type Unit } from "../format/index.ts";
import { anchorId, type DocumentRef, type Finding } from "./finding.ts";
import { siteValues, withSiteText } from "./site-text.ts";

/** The parts that, mistyped, would explain a stated total's difference, with their lines (none within the rounding). */
function suspectOf(comparison: StatedComparison, source: YamlSource): Pick<Finding, "suspects" | "partsStated"> {
  if (comparison.withinRounding || !comparison.partCells) return {};
  // A part of the stated side is as much too large as the stated figure is (a computed side's part, as much too small).
  const difference = comparison.partsSide === "stated" ? -comparison.difference : comparison.difference;
  const suspects = suspectParts(comparison.partCells, difference).map((part) => ({
    line: source.lineOf(part.path),
    path: part.path.join("."),
    written: part.written,
    implied: part.implied,
    kind: part.kind,
  }));
  return suspects.length ? { suspects, ...(comparison.partsSide === "stated" ? { partsStated: true } : {}) } : {};
}

/**
 * `hidden` gives, for a comparison of participant counts, the texts of the counts the public site
 * hides ("<5"): the finding then carries the page's wording too (./site-text.ts).
 */
export function statedTotalFindings(
  comparisons: StatedComparison[],
  source: YamlSource,
  document: DocumentRef,
  unit: Unit,
  rule = "summa",
  hidden?: (comparison: StatedComparison) => { stated?: string; computed?: string },
): Finding[] {
  return comparisons
    .filter((comparison) => comparison.difference !== 0)
    .map((comparison) => {
      // What was compared; the numbers are the finding's columns (findingValues).
      const what = comparison.description ?? `summa av ${comparison.parts} delar`;
      const message = comparison.withinRounding
        ? `${what} (inom avrundning: högst ${formatNumber(comparison.allowance)} ${unit})`
        : comparison.explained
          ? `${what}: skillnaden är årets finansiella poster (${formatNumber(comparison.explained.amount)} ${unit}), kostnaderna är skrivna utan dem`
          : what;
      const finding: Finding = {
        rule,
        severity: comparison.withinRounding ? "notering" : comparison.explained ? "varning" : "fel",
        document: document.label,
        file: source.file,
        line: source.lineOf(comparison.path),
        path: comparison.path.join("."),
        stated: comparison.stated,
        computed: comparison.computed,
        difference: comparison.difference,
        parts: comparison.parts,
        ...suspectOf(comparison, source),
        url: `${document.url}#${anchorId(document.id, comparison.row)}`,
        message,
        quantity: comparison.quantity ?? "amount",
        unit,
      };
      if (!hidden) return finding;
      return withSiteText(finding, { ...siteValues(finding, hidden(comparison)), message });
    });
}
