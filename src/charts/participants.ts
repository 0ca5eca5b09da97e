// Deltagare över tid (Tabell 1 as a chart): enrolled women and men per year, grouped bars. Pure.
// Drawn wide (print, desktop) and for a phone (layout.ts).
// A count the site hides (forbund.yaml privacy.min_count) is left out of the bars: a bar drawn to a
// rounded height would still be read as a number; the table under the chart says "<5" or "..".
import type { TopLevelSpec } from "vega-lite";
import { formatCount, hiddenInSplit } from "../format/index.ts";
import { participantsHistoryTable } from "../tables/participants.ts";
import type { ChartDefinition } from "./chart.ts";
import { phoneConfig, phoneFrame } from "./layout.ts";
import { tipEncoding } from "./tips.ts";

export interface ParticipantsYear {
  year: number;
  total: number;
  women: number | null;
  men: number | null;
}

export function participantsSpec(history: ParticipantsYear[], minCount?: number, layout: "wide" | "phone" = "wide"): TopLevelSpec {
  const phone = layout === "phone";
  const values = history
    .flatMap((h) => {
      const hidden = hiddenInSplit(h, minCount);
      return [
        { year: String(h.year), group: "Kvinnor", count: hidden.has("women") ? null : h.women },
        { year: String(h.year), group: "Män", count: hidden.has("men") ? null : h.men },
      ];
    })
    .filter((v) => v.count !== null)
    .map((v) => ({ ...v, tip: `${v.group} ${v.year}: ${formatCount(v.count)}` }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    ...(phone ? { ...phoneFrame, height: 200, config: phoneConfig } : { width: 420, height: 220 }),
    data: { values },
    mark: { type: "bar", tooltip: false },
    encoding: {
      x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
      xOffset: { field: "group" },
      y: { field: "count", type: "quantitative", title: "Antal deltagare", axis: { format: ",d", tickMinStep: 1 } },
      color: { field: "group", type: "nominal", title: null, scale: { domain: ["Kvinnor", "Män"] } },
      ...tipEncoding,
    },
  } as TopLevelSpec;
}

/** A year's count as the site shows it: "332", or "<5" / ".." when hidden. */
function shown(h: ParticipantsYear, key: "total" | "women" | "men", minCount: number | undefined): string {
  return formatCount(h[key], { minCount, hidden: hiddenInSplit(h, minCount).has(key) });
}

export function participantsChart(history: ParticipantsYear[], options: { minCount?: number } = {}): ChartDefinition {
  const { minCount } = options;
  const first = history[0];
  const last = history[history.length - 1];
  const description =
    first && last
      ? `Stapeldiagram över inskrivna deltagare per år ${first.year}–${last.year}, kvinnor och män. ` +
        `${last.year} var ${shown(last, "total", minCount)} deltagare inskrivna ` +
        `(${shown(last, "women", minCount)} kvinnor och ${shown(last, "men", minCount)} män), ${first.year} ${shown(first, "total", minCount)}.`
      : "Inga deltagaruppgifter.";
  return {
    title: "Deltagare över tid, kvinnor och män",
    description,
    spec: participantsSpec(history, minCount),
    phoneSpec: participantsSpec(history, minCount, "phone"),
    // The same rows as Tabell 1, under the chart's own caption.
    table: participantsHistoryTable(history, { caption: "Inskrivna deltagare per år", minCount }),
  };
}
