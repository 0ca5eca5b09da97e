// A synthetic verksamhetsplan (plan year Y, budget Y–Y+2, in kronor as plans print them): budget
// lines that the driftsredovisning reads by id, every insats running in the period with its
// funding and staffed functions, the resultatmål the årsredovisning follows up, and every total
// stated as computed.
import type { Plan } from "../economy.ts";
import type { ForbundModel } from "../model.ts";

const perYear = (years: number[], value: (year: number) => number | string) => Object.fromEntries(years.map((y) => [y, value(y)]));

/** The decision date of the plan for `year`: late in November the year before. */
export const planDecided = (model: ForbundModel, year: number) => `${year - 1}-11-${String(model.random.fork(`vp-date-${year}`).int(14, 28))}`;

function budget(plan: Plan, model: ForbundModel): object {
  const { years } = plan;
  const b = (y: number) => plan.budget[y]!;
  const running = (y: number) => plan.insatser.filter((i) => i.from <= y && y <= i.to);
  const insatsCost = (y: number) => running(y).reduce((sum, i) => sum + i.funding, 0);
  const kostnader = (y: number) => -(insatsCost(y) + b(y).medelAttFordela + b(y).personal + b(y).ovriga);
  const finansiella = (y: number) => b(y).finansiella ?? 0;
  const hasFinancial = years.some((y) => b(y).finansiella !== null);
  const { identity } = model;
  return {
    caption: `Budget för ${years[0]}–${years.at(-1)}`,
    years,
    medlemsbidrag: perYear(years, (y) => b(y).medlemsbidrag),
    intakter: {
      id: "intakter",
      label: "Verksamhetens intäkter",
      rows: [
        { label: "Staten (Arbetsförmedlingen och Försäkringskassan)", contribution: ["state"] },
        { label: identity.region, contribution: ["region"] },
        { label: identity.municipalities.length === 1 ? identity.municipalities[0]! : "Kommunerna", contribution: ["municipality"] },
      ],
      stated: perYear(years, (y) => b(y).medlemsbidrag),
    },
    kostnader: {
      id: "kostnader",
      label: "Verksamhetens kostnader",
      stated: perYear(years, kostnader),
      rows: [
        {
          label: "Insatsfinansiering",
          id: "finansiering",
          stated: perYear(years, (y) => -(insatsCost(y) + b(y).medelAttFordela)),
          rows: [
            ...plan.insatser.map((i) => ({ label: i.name, insats: i.id })),
            { label: "Medel att fördela", id: "medel-att-fordela", amounts: perYear(years, (y) => (b(y).medelAttFordela ? -b(y).medelAttFordela : "-")) },
          ],
        },
        { label: "Personalkostnader", id: "personalkostnader", amounts: perYear(years, (y) => -b(y).personal) },
        { label: "Övriga verksamhetskostnader", id: "ovriga-kostnader", amounts: perYear(years, (y) => -b(y).ovriga) },
      ],
    },
    finansiella_poster: {
      id: "finansiella",
      label: "Finansiella poster",
      amounts: perYear(years, (y) => b(y).finansiella ?? "-"),
    },
    summaries: [
      { label: "Verksamhetens resultat", of: ["intakter", "kostnader"], after: "kostnader", stated: perYear(years, (y) => b(y).medlemsbidrag + kostnader(y)) },
      ...(hasFinancial
        ? [{ label: "Summa kostnader", of: ["kostnader", "finansiella_poster"], stated: perYear(years, (y) => kostnader(y) + finansiella(y)) }]
        : []),
      {
        label: "Årets resultat",
        of: ["intakter", "kostnader", "finansiella_poster"],
        stated: perYear(years, (y) => b(y).medlemsbidrag + kostnader(y) + finansiella(y)),
      },
    ],
  };
}

function resultatmal(model: ForbundModel, year: number): object {
  const targets = model.targets.get(year)!;
  const levels = ["Individnivå", "Samhällsnivå"].flatMap((label) => {
    const ambitions = model.ambitions.filter((a) => a.level === label);
    if (ambitions.length === 0) return [];
    return [
      {
        label,
        intro: "Med individens behov i centrum bidrar förbundets verksamhet till:",
        ambitions: ambitions.map((a) => ({
          text: a.text,
          goals: a.goals.map((g) => ({
            id: g.id,
            text: g.text.replace("{v}", String(targets.get(g.id))),
            source: g.source,
            target: { comparator: g.comparator, value: targets.get(g.id), unit: g.unit, ...(g.measure ? { measure: g.measure } : {}) },
          })),
        })),
      },
    ];
  });
  return { year, heading: "Ambitionsnivåer och resultatmål", levels };
}

export function verksamhetsplanData(model: ForbundModel, plan: Plan): object {
  const { year, years } = plan;
  const first = plan.budget[year]!;
  const costs =
    plan.insatser.filter((i) => i.from <= year && year <= i.to).reduce((sum, i) => sum + i.funding, 0) + first.medelAttFordela + first.personal + first.ovriga;
  return {
    title: `Verksamhetsplan och budget ${years[0]}–${years.at(-1)}`,
    unit: "kr",
    rounding: 1000,
    decided: planDecided(model, year),
    period: { from: years[0], to: years.at(-1) },
    budget: budget(plan, model),
    eget_kapital: {
      balance: { at: "start", year, amount: plan.equityStart, basis: `beräknat utifrån prognos för ${year - 1}` },
      recommended_share: "1/5",
      show: ["closing"],
    },
    text_figures: [
      { label: `Budgeterade kostnader ${year} enligt texten i avsnittet Budget`, year, lines: ["kostnader"], as_cost: true, stated: costs },
      { label: `Medlemsintäkter ${year} enligt texten i avsnittet Budget`, year, lines: ["intakter"], stated: first.medlemsbidrag },
    ],
    insatser: plan.insatser.map((i) => {
      const funded = years.filter((y) => i.from <= y && y <= i.to);
      return {
        id: i.id,
        name: i.name,
        group: `${i.individual ? "Individinriktade insatser" : "Strukturinriktade insatser"} ${year}`,
        owner: i.owner,
        co_parties: i.coParties,
        period: { from: `${i.from}-01`, to: `${i.to}-12` },
        funding: perYear(funded, () => i.funding),
        description: i.description,
        functions: i.functions.map((f) => ({ title: f.title, fte: `${f.percent} %` })),
      };
    }),
    resultatmal: resultatmal(model, year),
  };
}
