// Figur 1. Ärenden från parterna: the share of new cases each party brought to the teams,
// as horizontal bars. The rest up to 100 % (not attributed in the report) is its own bar. Pure.
// Drawn wide (print, desktop) and for a phone (layout.ts).
// With forbund.yaml privacy.min_count, a party whose share of the approximate number of cases is a
// small count joins that rest bar (foldedParties), so no bar stands for a handful of people.
import type { TopLevelSpec } from "vega-lite";
import { foldedParties } from "../compute/arsredovisning/small-counts.ts";
import { formatCount, formatPercent, isHiddenCount } from "../format/index.ts";
import { csvFileName, percentCell, textCell } from "../tables/index.ts";
import type { ChartDefinition } from "./chart.ts";
import { phoneConfig, phoneFrame } from "./layout.ts";
import { tipEncoding } from "./tips.ts";

export interface Referrals {
  parties: { party: string; share: number }[];
  /** 1 − the parties' shares. */
  other: number;
  approxTotal?: number;
}

const OTHER = "Övriga/ej angivet";

function rows(referrals: Referrals, minCount?: number) {
  const folded = foldedParties(referrals, minCount);
  const parties = referrals.parties.filter((_, index) => !folded.has(index)).sort((a, b) => b.share - a.share);
  const other = referrals.other + referrals.parties.reduce((sum, party, index) => sum + (folded.has(index) ? party.share : 0), 0);
  return other > 0.0005 ? [...parties, { party: OTHER, share: other }] : parties;
}

export function referralsSpec(referrals: Referrals, minCount?: number, layout: "wide" | "phone" = "wide"): TopLevelSpec {
  const values = rows(referrals, minCount).map((r) => ({
    party: r.party,
    share: r.share,
    label: formatPercent(r.share),
    tip: `${r.party}: ${formatPercent(r.share)}`,
  }));
  const largest = Math.max(0, ...values.map((v) => v.share));
  if (layout === "phone") return phoneReferralsSpec(values, largest);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: 360,
    height: { step: 28 },
    data: { values },
    encoding: {
      y: { field: "party", type: "nominal", sort: null, title: null },
      x: {
        field: "share",
        type: "quantitative",
        title: "Andel av nya ärenden",
        axis: { format: ".0%" },
        scale: { domain: [0, Math.max(0.5, largest)] },
      },
    },
    layer: [
      { mark: { type: "bar", color: "#0b5394" }, encoding: tipEncoding },
      { mark: { type: "text", align: "left", dx: 4, color: "#1b1b1b" }, encoding: { text: { field: "label" } } },
    ],
  } as TopLevelSpec;
}

/**
 * On a phone each party's name stands above its bar rather than beside it, so the bars get the
 * whole width; the scale leaves room for the share printed after the longest bar.
 */
function phoneReferralsSpec(values: { party: string; share: number; label: string; tip: string }[], largest: number): TopLevelSpec {
  const y = { field: "party", type: "nominal", sort: null, title: null, axis: null };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    ...phoneFrame,
    config: phoneConfig,
    // A height rather than a step: Vega-Lite fits only the width of a spec with a step.
    height: 44 * values.length,
    data: { values },
    encoding: {
      y,
      x: {
        field: "share",
        type: "quantitative",
        title: "Andel av nya ärenden",
        axis: { format: ".0%", tickCount: 5 },
        scale: { domain: [0, Math.max(0.5, largest * 1.2)] },
      },
    },
    layer: [
      { mark: { type: "bar", color: "#0b5394", height: { band: 0.4 }, yOffset: 6 }, encoding: tipEncoding },
      { mark: { type: "text", align: "left", baseline: "middle", dx: 4, dy: 6, fontSize: 12, color: "#1b1b1b" }, encoding: { text: { field: "label" } } },
      {
        mark: { type: "text", align: "left", baseline: "bottom", dy: -4, fontSize: 12, color: "#1b1b1b" },
        encoding: { x: { datum: 0 }, text: { field: "party" } },
      },
    ],
  } as TopLevelSpec;
}

export function referralsChart(referrals: Referrals, year: number, options: { minCount?: number } = {}): ChartDefinition {
  const { minCount } = options;
  const list = rows(referrals, minCount);
  const total = referrals.approxTotal;
  const description =
    `Liggande stapeldiagram: andel av nya ärenden till STAR ${year} per part` +
    (total ? ` (ca ${isHiddenCount(total, { minCount }) ? formatCount(total, { minCount }) : total} ärenden)` : "") +
    ". " +
    list.map((r) => `${r.party} ${formatPercent(r.share)}`).join(", ") +
    ".";
  return {
    title: "Ärenden från parterna",
    description,
    spec: referralsSpec(referrals, minCount),
    phoneSpec: referralsSpec(referrals, minCount, "phone"),
    table: {
      caption: `Andel av nya ärenden per part ${year}`,
      columns: [
        { label: "Part", numeric: false },
        { label: "Andel", numeric: true },
      ],
      rows: list.map((r) => ({ kind: "row", header: textCell(r.party), cells: [percentCell(r.share)] })),
      csvName: csvFileName(`Andel av nya ärenden per part ${year}`),
    },
  };
}
