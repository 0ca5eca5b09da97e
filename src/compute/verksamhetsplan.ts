// Everything a verksamhetsplan shows that is not written in its data: the budget's sums and results,
// eget kapital year by year against the recommended level, the member contributions, the funded
// insatser with their FTE, and the comparison of every printed total with the computed one.
import type { Forbund, Insats, Verksamhetsplan } from "../schemas/index.ts";
import { sumCells } from "./cell.ts";
import { lookUpPath } from "./path.ts";
import { type ComputedBudget, compareRounded, computeBudget, type Values } from "./plan/budget.ts";
import { type ComputedContributions, computeContributions } from "./plan/contributions.ts";
import { type ComputedEquity, computeEquity } from "./plan/equity.ts";
import { type ComputedFte, computeFte } from "./plan/fte.ts";
import { approximateAllowance, compareStated, type StatedComparison } from "./stated.ts";

export interface InsatsGroup {
  label: string;
  insatser: (Insats & { detailed: boolean })[];
  /** Whether any insats of the group has more than staffed functions to show (owner, funding, text, goals). */
  detailed: boolean;
}

export interface TextFigure {
  label: string;
  year: number;
  stated: number;
  computed: number | null;
  /** The path the prose quotes it with, and its section: there the adopted plan prints `stated`. */
  quotes?: string;
  section?: string;
}

/** Key figures per year for the prose ({% belopp "nyckeltal.2026.kostnader" %}): costs as positive amounts. */
export interface Nyckeltal {
  intakter: number | null;
  /** Verksamhetens kostnader and financial items together, as a positive amount. */
  kostnader: number | null;
  resultat: number | null;
  egetKapitalVidArsborjan: number;
  egetKapitalVidArsslut: number;
  rekommenderadNiva: number | null;
  andelAvMedlemsbidrag: number | null;
  /** Income plus the equity at the start of the year: what the year can spend (medelsutrymme). */
  medelsutrymme: number | null;
}

export interface ComputedVerksamhetsplan {
  /** "2026". */
  firstYear: string;
  years: number[];
  budget: ComputedBudget;
  equity: ComputedEquity;
  contributions: ComputedContributions;
  fte: ComputedFte;
  insatsGroups: InsatsGroup[];
  /** The insatser's funding per year, all together. */
  insatsFunding: Values;
  textFigures: TextFigure[];
  nyckeltal: Record<string, Nyckeltal>;
  /** Printed totals compared, by rule: summa (budget sums), eget-kapital, insats, text. */
  stated: { rule: string; comparisons: StatedComparison[] }[];
}

export function computeVerksamhetsplan(plan: Verksamhetsplan, forbund: Forbund): ComputedVerksamhetsplan {
  const budget = computeBudget(plan, forbund.funding_shares);
  const equity = computeEquity(plan, budget.aretsResultat);
  const contributions = computeContributions(forbund, plan.budget.years, plan.budget.medlemsbidrag);
  const fte = computeFte(plan.insatser, plan.fte_year ?? plan.period.from);

  const insatsGroups: InsatsGroup[] = [];
  for (const entry of plan.insatser) {
    const detailed = Boolean(entry.description || entry.funding || entry.funding_text || entry.goals.length > 0 || entry.co_parties.length > 0);
    const insats = { ...entry, detailed };
    const group = insatsGroups.find((g) => g.label === insats.group);
    if (group) {
      group.insatser.push(insats);
      group.detailed ||= detailed;
    } else insatsGroups.push({ label: insats.group, insatser: [insats], detailed });
  }
  const insatsFunding: Values = Object.fromEntries(
    plan.budget.years.map(String).map((y) => [y, sumCells(plan.insatser.map((insats) => insats.funding?.[y] ?? null))]),
  );

  const textStated: StatedComparison[] = [];
  const textFigures = plan.text_figures.map((figure, index): TextFigure => {
    const y = String(figure.year);
    const sum = sumCells(figure.lines.map((id) => budget.byId[id]?.[y] ?? null));
    const computed = sum === null ? null : figure.as_cost ? -sum : sum;
    textStated.push(
      compareRounded(
        ["text_figures", index, "stated"],
        figure.stated,
        computed,
        figure.lines.map((id) => budget.byId[id]?.[y] ?? null),
        plan.rounding,
        {
          row: ["budget"],
          description: `${figure.label}: ${figure.lines.join(" + ")}`,
        },
      ),
    );
    return {
      label: figure.label,
      year: figure.year,
      stated: figure.stated,
      computed,
      ...(figure.quotes ? { quotes: figure.quotes } : {}),
      ...(figure.section ? { section: figure.section } : {}),
    };
  });

  const nyckeltal: Record<string, Nyckeltal> = Object.fromEntries(
    plan.budget.years.map(String).map((y) => {
      const costs = sumCells([budget.sections.kostnader[y] ?? null, budget.sections.finansiella_poster[y] ?? null]);
      const eq = equity.years[y]!;
      return [
        y,
        {
          intakter: budget.sections.intakter[y] ?? null,
          kostnader: costs === null ? null : -costs,
          resultat: budget.aretsResultat[y] ?? null,
          egetKapitalVidArsborjan: eq.opening,
          egetKapitalVidArsslut: eq.closing,
          rekommenderadNiva: eq.recommended,
          andelAvMedlemsbidrag: eq.shareOfContribution,
          medelsutrymme: budget.sections.intakter[y] === null || budget.sections.intakter[y] === undefined ? null : budget.sections.intakter[y]! + eq.opening,
        },
      ];
    }),
  );

  // Other figures the text prints, each against the computed value at the path it quotes.
  const values = { nyckeltal, equity, budget };
  for (const [quotes, figure] of Object.entries(plan.stated_figures)) {
    const computed = lookUpPath(values, quotes).value;
    const value = typeof computed === "number" ? computed : null;
    // A "ca" figure is right as precisely as it is written (./stated.ts approximateAllowance).
    textStated.push(
      figure.approximate
        ? compareStated(["stated_figures", quotes, "value"], figure.value, value, 1, {
            row: ["budget"],
            description: `${figure.where} (ca)`,
            allowance: approximateAllowance(figure.value, { precision: figure.precision }),
          })
        : compareRounded(["stated_figures", quotes, "value"], figure.value, value, [value], plan.rounding, { row: ["budget"], description: figure.where }),
    );
    textFigures.push({
      label: figure.where,
      year: Number(plan.budget.years[0]),
      stated: figure.value,
      computed: value,
      quotes,
      ...(figure.section ? { section: figure.section } : {}),
    });
  }

  return {
    nyckeltal,
    firstYear: String(plan.budget.years[0]),
    years: plan.budget.years,
    budget,
    equity,
    contributions,
    fte,
    insatsGroups,
    insatsFunding,
    textFigures,
    stated: [
      { rule: "summa", comparisons: budget.stated },
      { rule: "eget-kapital", comparisons: equity.stated },
      { rule: "insats", comparisons: budget.insatsStated },
      { rule: "text", comparisons: textStated },
    ],
  };
}
