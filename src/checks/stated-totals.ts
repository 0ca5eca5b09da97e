// Rule "summa": a total the document states must equal the sum of its parts, give or take the
// rounding of each part to the document's unit.
import type { StatedComparison } from "../compute/stated.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { formatNumber, type Unit } from "../format/index.ts";
import type { Finding } from "./finding.ts";

export function statedTotalFindings(comparisons: StatedComparison[], source: YamlSource, document: string, unit: Unit): Finding[] {
  return comparisons
    .filter((comparison) => comparison.difference !== 0)
    .map((comparison) => ({
      rule: "summa",
      severity: comparison.withinRounding ? "notering" : "fel",
      document,
      file: source.file,
      line: source.lineOf(comparison.path),
      path: comparison.path.join("."),
      stated: comparison.stated,
      computed: comparison.computed,
      message:
        `angivet ${formatNumber(comparison.stated)} ${unit}, beräknat ${formatNumber(comparison.computed)} ${unit} ` +
        `(differens ${formatNumber(comparison.difference)}, summa av ${comparison.parts} delar` +
        (comparison.withinRounding ? ", inom avrundning)" : ")"),
    }));
}
