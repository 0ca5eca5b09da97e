// Rule "summa": a total the document states must equal the sum of its parts, give or take the
// rounding of each part to the document's unit (half a unit per part: a notering; more: a fel).
import type { StatedComparison } from "../compute/stated.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import type { Unit } from "../format/index.ts";
import { anchorId, type DocumentRef, type Finding } from "./finding.ts";
import { siteValues, withSiteText } from "./site-text.ts";

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
      const message = (texts: { stated: string; computed: string; difference: string }) =>
        `angivet ${texts.stated} ${unit}, beräknat ${texts.computed} ${unit} ` +
        `(differens ${texts.difference}; ${comparison.description ?? `summa av ${comparison.parts} delar`}` +
        (comparison.withinRounding ? ", inom avrundning)" : ")");
      const finding: Finding = {
        rule,
        severity: comparison.withinRounding ? "notering" : "fel",
        document: document.label,
        file: source.file,
        line: source.lineOf(comparison.path),
        path: comparison.path.join("."),
        stated: comparison.stated,
        computed: comparison.computed,
        difference: comparison.difference,
        url: `${document.url}#${anchorId(document.id, comparison.row)}`,
        message: message(siteValues(comparison, {})),
      };
      if (!hidden) return finding;
      const site = siteValues(comparison, hidden(comparison));
      return withSiteText(finding, { ...site, message: message(site) });
    });
}
