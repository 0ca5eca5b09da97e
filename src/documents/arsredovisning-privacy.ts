// The förbund's privacy.min_count (forbund.yaml) in an årsredovisning: what the site hides of the
// participant counts, for prose, goal results and the public granskning page. The granskning
// itself compares the real numbers; npm run check prints them. Tables and charts get the
// threshold as an option (src/tables/participants.ts, src/charts/).

import type { Finding } from "../checks/finding.ts";
import { siteCount, siteValues, withSiteText } from "../checks/site-text.ts";
import type { ComputedArsredovisning, StatedFigure } from "../compute/arsredovisning/index.ts";
import type { Problem } from "../compute/arsredovisning/participants.ts";
import { hiddenParticipantValue } from "../compute/arsredovisning/small-counts.ts";
import type { StatedComparison } from "../compute/stated.ts";
import { formatCount, isHiddenCount, WITHHELD } from "../format/index.ts";

export interface ArsredovisningPrivacy {
  minCount?: number;
  /** What prose and goal results print instead of the value at a path (BuiltDocument.hiddenValue). */
  hiddenValue?: (path: string) => string | undefined;
  /** The hidden texts of a stated-versus-computed comparison of participant counts (rule summa). */
  comparison(comparison: StatedComparison): { stated?: string; computed?: string };
  /** A finding about a figure the text states, with the page's texts when it quotes a hidden count. */
  statedFigure(finding: Finding, figure: StatedFigure, message: (stated: string, computed: string) => string): Finding;
  /** A finding made from a computed problem, with the page's message when the problem names counts. */
  problem(finding: Finding, problem: Problem): Finding;
}

export function arsredovisningPrivacy(computed: ComputedArsredovisning, data: unknown, minCount: number | undefined): ArsredovisningPrivacy {
  const hiddenValue = minCount === undefined ? undefined : (path: string) => hiddenParticipantValue({ computed, data }, path, minCount);
  const small = (value: number | null) => (isHiddenCount(value, { minCount }) ? formatCount(value, { minCount }) : undefined);
  return {
    minCount,
    hiddenValue,
    comparison: (comparison) =>
      comparison.path[0] === "participants"
        ? { stated: small(comparison.stated), computed: hiddenValue?.(comparison.path.join(".")) ?? small(comparison.computed) }
        : {},
    statedFigure(finding, figure, message) {
      if (!hiddenValue || figure.path[0] !== "participants") return finding;
      const computed = hiddenValue(figure.quotes);
      // The printed share of a hidden count would give it away as well as the count does.
      const stated = figure.kind === "count" ? small(figure.stated) : computed !== undefined ? WITHHELD : undefined;
      const site = siteValues(finding, { stated, computed });
      return withSiteText(finding, { ...site, message: message(site.stated, site.computed) });
    },
    problem(finding, problem) {
      if (minCount === undefined || !problem.messageWith) return finding;
      return withSiteText(finding, { ...siteValues(finding, {}), message: problem.messageWith(siteCount(minCount)) });
    },
  };
}
