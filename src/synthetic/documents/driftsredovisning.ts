// A synthetic driftsredovisning for year Y: only the year's utfall is written (last year's is read
// from last year's driftsredovisning, each year's budget from its verksamhetsplan through
// plan_line), and the year's totals stated as computed. The first year has one column.
import type { Actual } from "../economy.ts";
import type { ForbundModel } from "../model.ts";

/** The decision date of the year's driftsredovisning and årsredovisning: in March the year after. */
export const reportDecided = (model: ForbundModel, year: number) => `${year + 1}-03-${String(model.random.fork(`ar-date-${year}`).int(10, 27))}`;

export function driftsredovisningData(model: ForbundModel, actual: Actual): object {
  const { year } = actual;
  const years = year === model.years[0] ? [year] : [year, year - 1];
  const cell = (value: number | null) => (value === null ? "-" : value);
  const intakter = actual.medlemsbidrag + (actual.ovrigaIntakter ?? 0);
  const kostnader = -(actual.insatsfinansiering + actual.personal + actual.drift);
  return {
    title: `Driftsredovisning ${year}`,
    years,
    decided: reportDecided(model, year),
    intakter: {
      label: "Verksamhetens intäkter",
      sum_label: "Summa intäkter",
      rows: [
        { id: "medlemsbidrag", label: "Medlemsbidrag", plan_line: "intakter", utfall: { [year]: actual.medlemsbidrag } },
        { id: "ovriga_intakter", label: "Övriga intäkter", utfall: { [year]: cell(actual.ovrigaIntakter) }, budget: { [year]: "-" } },
      ],
      stated_sum: { utfall: { [year]: intakter } },
    },
    kostnader: {
      label: "Verksamhetens kostnader",
      sum_label: "Summa verksamhetskostnader",
      rows: [
        { id: "insatsfinansiering", label: "Insatsfinansiering", plan_line: "finansiering", utfall: { [year]: -actual.insatsfinansiering } },
        { id: "personalkostnader", label: "Personalkostnader", plan_line: "personalkostnader", utfall: { [year]: -actual.personal } },
        { id: "drift_aktiviteter", label: "Driftskostnader och aktivitetskostnader", plan_line: "ovriga-kostnader", utfall: { [year]: -actual.drift } },
      ],
      stated_sum: { utfall: { [year]: kostnader } },
    },
    verksamhetsresultat: { label: "Verksamhetsresultat", stated: { utfall: { [year]: intakter + kostnader } } },
    finansiella_poster: {
      rows: [{ id: "finansiella_poster", label: "Finansiella poster", plan_line: "finansiella", utfall: { [year]: cell(actual.finansiella) } }],
    },
    resultat: { label: "Resultat", stated: { utfall: { [year]: actual.resultat } } },
  };
}
