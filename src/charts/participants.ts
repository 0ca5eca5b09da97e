// Deltagare över tid (Tabell 1 as a chart): enrolled women and men per year, grouped bars. Pure.
import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format/index.ts";
import { participantsHistoryTable } from "../tables/participants.ts";
import type { ChartDefinition } from "./chart.ts";

export interface ParticipantsYear {
  year: number;
  total: number;
  women: number | null;
  men: number | null;
}

export function participantsSpec(history: ParticipantsYear[]): TopLevelSpec {
  const values = history
    .flatMap((h) => [
      { year: String(h.year), group: "Kvinnor", count: h.women },
      { year: String(h.year), group: "Män", count: h.men },
    ])
    .filter((v) => v.count !== null);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: 420,
    height: 220,
    data: { values },
    mark: { type: "bar", tooltip: false },
    encoding: {
      x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
      xOffset: { field: "group" },
      y: { field: "count", type: "quantitative", title: "Antal deltagare", axis: { format: ",d", tickMinStep: 1 } },
      color: { field: "group", type: "nominal", title: null, scale: { domain: ["Kvinnor", "Män"] } },
    },
  } as TopLevelSpec;
}

export function participantsChart(history: ParticipantsYear[]): ChartDefinition {
  const first = history[0];
  const last = history[history.length - 1];
  const description =
    first && last
      ? `Stapeldiagram över inskrivna deltagare per år ${first.year}–${last.year}, kvinnor och män. ` +
        `${last.year} var ${formatNumber(last.total)} deltagare inskrivna (${formatNumber(last.women)} kvinnor och ${formatNumber(last.men)} män), ` +
        `${first.year} ${formatNumber(first.total)}.`
      : "Inga deltagaruppgifter.";
  return {
    title: "Deltagare över tid, kvinnor och män",
    description,
    spec: participantsSpec(history),
    // The same rows as Tabell 1, under the chart's own caption.
    table: participantsHistoryTable(history, { caption: "Inskrivna deltagare per år" }),
  };
}
