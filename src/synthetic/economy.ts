// The money of a synthetic förbund, year by year: each year's plan (in kronor, whole thousands, as
// the verksamhetsplan writes it) and what happened (in the förbund's unit, as the driftsredovisning
// and the årsredovisning write it), with the balance sheet rolled forward from one year's closing
// to the next year's opening — so that every sum, balance and cash flow the granskning checks
// agrees by construction. Pure: numbers in, numbers out.
import type { Unit } from "../format/index.ts";
import { runningIn, type SyntheticInsats } from "./insatser.ts";
import { type Random, split } from "./random.ts";

/** One budget year of a plan, in kronor (whole thousands); costs positive here, written negative. */
export interface PlanYear {
  medlemsbidrag: number;
  insatser: number;
  medelAttFordela: number;
  personal: number;
  ovriga: number;
  /** Financial items (signed), or null for a dash. */
  finansiella: number | null;
}

export interface Plan {
  year: number;
  years: number[];
  budget: Record<number, PlanYear>;
  /** Eget kapital at the start of the plan's first year, kronor rounded to thousands. */
  equityStart: number;
  insatser: SyntheticInsats[];
}

/** A year's balances at its end, in the unit. */
export interface Balances {
  fordringar: number;
  kassa: number;
  avsattningar: number;
  skulder: number;
  egetKapital: number;
}

/** What happened in a year, in the förbund's unit: costs positive here, written negative. */
export interface Actual {
  year: number;
  medlemsbidrag: number;
  ovrigaIntakter: number | null;
  insatsfinansiering: number;
  personal: number;
  drift: number;
  /** The part of drift that is samverkan and aktiviteter (the rest is förvaltning). */
  aktiviteter: number;
  finansiella: number | null;
  resultat: number;
  opening: Balances;
  closing: Balances;
  /** The notes' parts: bank accounts, receivables, pension movements, short-term debts. */
  kassaParts: number[];
  fordringarParts: number[];
  pension: { intjanad: number; forandring: number; utbetalningar: number; loneskatt: number };
  skulderParts: number[];
  /** Remaining contracted funding per insats still running after the year. */
  avtalad: { id: string; name: string; amount: number }[];
  /** Staff at the kansli (årsarbetare, one decimal). */
  anstallda: number;
}

export interface Economy {
  plans: Plan[];
  actuals: Actual[];
  /** Years before the first, for the overview: intäkter, kostnader, resultat (unit) and staff. */
  history: { year: number; intakter: number; kostnader: number; anstallda: number }[];
}

const thousands = (kr: number) => Math.round(kr / 1000) * 1000;

export function makeEconomy(random: Random, unit: Unit, years: number[], contribution: number, insatser: SyntheticInsats[]): Economy {
  const inUnit = (kr: number) => (unit === "tkr" ? Math.round(kr / 1000) : Math.round(kr));
  const first = years[0]!;
  // The contribution, in multiples of 24 000 kr so that every share of it is whole kronor.
  const contributions = new Map<number, number>();
  let level = contribution;
  for (const year of [...years, years.at(-1)! + 1, years.at(-1)! + 2]) {
    contributions.set(year, Math.round(level / 24000) * 24000);
    level *= 1 + random.between(0, 0.035);
  }
  const personalBase = contribution * random.between(0.14, 0.28);
  const ovrigaBase = contribution * random.between(0.05, 0.11);
  const staff = Math.round(random.between(10, 40)) / 10;
  const history = Array.from({ length: 5 }, (_, i) => {
    const intakter = inUnit(contribution * random.between(0.88, 1.02));
    return {
      year: first - 5 + i,
      intakter,
      kostnader: inUnit(contribution * random.between(0.82, 1.12)),
      anstallda: Math.round(staff * random.between(7, 13)) / 10,
    };
  });

  let balances: Balances = (() => {
    const egetKapital = inUnit(contribution * random.between(0.1, 0.35));
    const avsattningar = inUnit(contribution * random.between(0.03, 0.3));
    const skulder = inUnit(contribution * random.between(0.08, 0.35));
    const fordringar = inUnit(contribution * random.between(0.005, 0.04));
    return { egetKapital, avsattningar, skulder, fordringar, kassa: egetKapital + avsattningar + skulder - fordringar };
  })();

  const plans: Plan[] = [];
  const actuals: Actual[] = [];
  for (const year of years) {
    const r = random.fork(`year-${year}`);
    const equityKr = unit === "tkr" ? balances.egetKapital * 1000 : balances.egetKapital;
    const planYears = [year, year + 1, year + 2];
    const m = contributions.get(year)!;
    const budget: Record<number, PlanYear> = {};
    let equity = equityKr;
    for (const [i, y] of planYears.entries()) {
      const insatsSum = runningIn(insatser, y).reduce((sum, insats) => sum + insats.funding, 0);
      const personal = thousands(personalBase * 1.02 ** (y - first));
      const ovriga = thousands(ovrigaBase * 1.015 ** (y - first));
      // Costs that bring eget kapital back towards a fifth of the contribution over three years.
      const target = m + (equity - m / 5) / 3;
      const medelAttFordela = Math.max(0, thousands((target - insatsSum - personal - ovriga) * r.between(0.85, 1.1)));
      const finansiella = i === 0 && r.chance(0.4) ? -thousands(m * r.between(0.002, 0.006)) || -1000 : null;
      budget[y] = { medlemsbidrag: m, insatser: insatsSum, medelAttFordela, personal, ovriga, finansiella };
      equity += m - insatsSum - medelAttFordela - personal - ovriga + (finansiella ?? 0);
    }
    plans.push({ year, years: planYears, budget, equityStart: thousands(equityKr), insatser: insatser.filter((i) => i.to >= year && i.from <= year + 2) });

    const plan = budget[year]!;
    const medlemsbidrag = inUnit(m);
    const ovrigaIntakter = r.chance(0.4) ? Math.max(1, inUnit(m * r.between(0.002, 0.02))) : null;
    const insatsfinansiering = inUnit(plan.insatser * r.between(0.9, 1) + plan.medelAttFordela * r.between(0.7, 1));
    const personal = inUnit(plan.personal * r.between(0.85, 1.08));
    const drift = inUnit(plan.ovriga * r.between(0.7, 1.05));
    const aktiviteter = Math.round(drift * r.between(0.35, 0.7));
    const finansiella = r.chance(0.7) ? (r.chance(0.7) ? -1 : 1) * Math.max(1, inUnit(m * r.between(0.0005, 0.008))) : null;
    const resultat = medlemsbidrag + (ovrigaIntakter ?? 0) - insatsfinansiering - personal - drift + (finansiella ?? 0);

    // The balance sheet: the year's changes of provisions, debts and receivables; cash takes the rest.
    const opening = balances;
    const intjanad = Math.round(opening.avsattningar * r.between(0, 0.05));
    const utbetalningar = -Math.round(opening.avsattningar * r.between(0.01, 0.04));
    const forandring = Math.round(opening.avsattningar * r.between(-0.06, 0.08));
    const loneskatt = Math.round((intjanad + utbetalningar + forandring) * 0.2426);
    const avsattningar = opening.avsattningar + intjanad + utbetalningar + forandring + loneskatt;
    const fordringar = Math.max(0, Math.round(opening.fordringar * r.between(0.5, 1.5)));
    let skulder = Math.max(0, Math.round(opening.skulder * r.between(0.7, 1.3)));
    let kassa = opening.kassa + resultat + (avsattningar - opening.avsattningar) + (skulder - opening.skulder) - (fordringar - opening.fordringar);
    const floor = inUnit(m * 0.05);
    if (kassa < floor) {
      skulder += floor - kassa;
      kassa = floor;
    }
    const closing = { egetKapital: opening.egetKapital + resultat, avsattningar, skulder, fordringar, kassa };
    balances = closing;
    const avtalad = insatser
      .filter((i) => i.to > year)
      .map((i) => ({ id: i.id.replaceAll("-", "_"), name: i.name, amount: inUnit(i.funding * (i.to - Math.max(year, i.from - 1))) }));
    actuals.push({
      year,
      medlemsbidrag,
      ovrigaIntakter,
      insatsfinansiering,
      personal,
      drift,
      aktiviteter,
      finansiella,
      resultat,
      opening,
      closing,
      kassaParts: split(r, kassa, 3),
      fordringarParts: split(r, fordringar, 4),
      pension: { intjanad, forandring, utbetalningar, loneskatt },
      skulderParts: split(r, skulder, 5),
      avtalad,
      anstallda: Math.max(0.5, Math.round(staff * r.between(8, 12)) / 10),
    });
  }
  return { plans, actuals, history };
}
