// Synthetic tertialuppföljningar T1 and T2 for year Y: the driftsredovisning's rows (same ids and
// plan_line; the årsbudget is read from the plan), the period's utfall a share of the year's that
// grows from T1 to T2 to the year, and a helårsprognos per row. T2's prognosis moves some money
// between two cost rows but gives the year's result exactly — so the eget kapital it forecasts is the
// one the next verksamhetsplan states and the årsredovisning's rows stay within the prognosis
// warning (forbund.yaml prognos_varning): what a careful förbundschef gets, with no finding.
import type { Actual } from "../economy.ts";
import type { ForbundModel } from "../model.ts";

const lastDay = { 1: "04-30", 2: "08-31" } as const;
const months = { 1: 4, 2: 8 } as const;

export function uppfoljningData(model: ForbundModel, actual: Actual, tertial: 1 | 2): object {
  const { year } = actual;
  const r = model.random.fork(`uppfoljning-${year}-t${tertial}`);
  // T1 books 85–100 % of a third of the year, T2 90–100 % of two thirds: each at most the next.
  const share = (months[tertial] / 12) * r.between(tertial === 1 ? 0.85 : 0.9, 1);
  const period = (value: number) => Math.round(value * share);
  const cell = (value: number | null, of: (v: number) => number) => (value === null ? "-" : of(value));
  // T1's prognosis is a guess within ±4 %; T2's moves up to 5 % of drift to personal and back.
  const guess = (value: number) => (tertial === 1 ? Math.round(value * r.between(0.96, 1.04)) : value);
  const moved = tertial === 2 ? Math.round(actual.drift * r.between(-0.05, 0.05)) : 0;
  const first = year === model.years[0];
  const decidedMonth = tertial === 1 ? "06" : "10";
  return {
    tertial,
    period: { from: `${year}-01-01`, to: `${year}-${lastDay[tertial]}` },
    decided: `${year}-${decidedMonth}-${String(r.int(2, 27)).padStart(2, "0")}`,
    intakter: {
      label: "Verksamhetens intäkter",
      sum_label: "Summa intäkter",
      rows: [
        { id: "medlemsbidrag", label: "Medlemsbidrag", plan_line: "intakter", utfall: period(actual.medlemsbidrag), prognos: guess(actual.medlemsbidrag) },
        {
          id: "ovriga_intakter",
          label: "Övriga intäkter",
          budget: "-",
          utfall: cell(actual.ovrigaIntakter, period),
          prognos: cell(actual.ovrigaIntakter, guess),
        },
      ],
    },
    kostnader: {
      label: "Verksamhetens kostnader",
      sum_label: "Summa verksamhetskostnader",
      rows: [
        {
          id: "insatsfinansiering",
          label: "Insatsfinansiering",
          plan_line: "finansiering",
          utfall: -period(actual.insatsfinansiering),
          prognos: -guess(actual.insatsfinansiering),
        },
        {
          id: "personalkostnader",
          label: "Personalkostnader",
          plan_line: "personalkostnader",
          utfall: -period(actual.personal),
          prognos: -guess(actual.personal + moved),
        },
        {
          id: "drift_aktiviteter",
          label: "Driftskostnader och aktivitetskostnader",
          plan_line: "ovriga-kostnader",
          utfall: -period(actual.drift),
          prognos: -guess(actual.drift - moved),
        },
      ],
    },
    finansiella_poster: {
      rows: [
        {
          id: "finansiella_poster",
          label: "Finansiella poster",
          plan_line: "finansiella",
          utfall: cell(actual.finansiella, period),
          prognos: cell(actual.finansiella, guess),
        },
      ],
    },
    // The goals the year's plan follows up by counts so far (a survey's are yearly, eget kapital's
    // is computed from the prognosis): a count grows with the period, a share is near its target.
    resultatmal: model.ambitions
      .flatMap((ambition) => ambition.goals)
      .filter((goal) => !goal.surveys && !goal.measure)
      .map((goal) => {
        const target = model.targets.get(year)!.get(goal.id)!;
        const value = goal.unit === "persons" ? Math.round(target * (months[tertial] / 12) * r.between(0.7, 1.2)) : Math.round(target * r.between(0.85, 1.1));
        return { goal: goal.id, value };
      }),
    // The first year has no årsredovisning of the year before to read the opening equity from.
    ...(first ? { eget_kapital: { ingaende: actual.opening.egetKapital } } : {}),
  };
}
