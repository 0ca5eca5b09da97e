// Rule "summa": a total the document states must equal the sum of its parts, give or take the
// rounding of each part to the document's unit (half a unit per part: a notering; more: a fel).
import type { StatedComparison } from "../compute/stated.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { formatNumber, type Unit } from "../format/index.ts";
import { anchorId, type DocumentRef, type Finding } from "./finding.ts";

export function statedTotalFindings(comparisons: StatedComparison[], source: YamlSource, document: DocumentRef, unit: Unit, rule = "summa"): Finding[] {
  return comparisons
    .filter((comparison) => comparison.difference !== 0)
    .map((comparison) => ({
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
      message:
        `angivet ${formatNumber(comparison.stated)} ${unit}, beräknat ${formatNumber(comparison.computed)} ${unit} ` +
        `(differens ${formatNumber(comparison.difference)}; ${comparison.description ?? `summa av ${comparison.parts} delar`}` +
        (comparison.withinRounding ? ", inom avrundning)" : ")"),
    }));
}
