// The plan's eget kapital with the chain: a plan is made in the autumn, when the year before its
// first year is still running, so its opening equity is the T2 follow-up's prognosis for that year's
// end (uppfoljning-t2.yaml of year − 1). Where data/ has that follow-up, the plan reads it; a balance
// the plan types anyway is a stated figure, compared with the one the prognosis gives (rule
// prognos-plan). An adopted plan prints the balance the board adopted; an utkast, the prognosis's.
import type { Finding } from "../checks/finding.ts";
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { compareRounded } from "../compute/plan/budget.ts";
import { type Balance, computeEquity } from "../compute/plan/equity.ts";
import type { ComputedVerksamhetsplan } from "../compute/verksamhetsplan.ts";
import { DataError } from "../data/problem.ts";
import type { Verksamhetsplan } from "../schemas/index.ts";
import type { BuildContext } from "./kind.ts";
import { yearEndPrognosis } from "./uppfoljning-chain.ts";

export interface PlanEquityChain {
  /** The plan with the balance it is computed from. */
  plan: Verksamhetsplan;
  /** The plan's typed balance against the prognosis, once the budget is computed. */
  findings(computed: ComputedVerksamhetsplan): Finding[];
}

export function planEquityChain(data: Verksamhetsplan, context: BuildContext): PlanEquityChain {
  const first = Math.min(...data.budget.years);
  const prognosis = yearEndPrognosis(context.siblings, first - 1, context.forbund, context.unit);
  const typed = data.eget_kapital.balance;
  if (!typed && !prognosis) {
    throw new DataError([
      {
        file: context.source.file,
        line: context.source.lineOf(["eget_kapital"]),
        path: "eget_kapital.balance",
        message:
          "väntade ett känt eget kapital (balance: { at, year, amount }), fann inget — " +
          `och data/ har ingen tertialuppföljning T2 för ${first - 1} att läsa prognosen ur`,
      },
    ]);
  }
  const fromPrognosis: Balance | undefined = prognosis && {
    at: "start",
    year: first,
    amount: prognosis.closing,
    basis: `prognos i ${prognosis.source}`,
  };
  const balance = (data.decided && typed) || !fromPrognosis ? typed! : fromPrognosis;
  const plan: Verksamhetsplan = { ...data, eget_kapital: { ...data.eget_kapital, balance } };
  return {
    plan,
    findings(computed) {
      if (!typed || !fromPrognosis || !prognosis) return [];
      // The typed balance's year, rolled from the prognosis with the plan's own results.
      const chained = computeEquity({ ...data, eget_kapital: { ...data.eget_kapital, balance: fromPrognosis } }, computed.budget.aretsResultat);
      const year = chained.years[String(typed.year)];
      if (!year) return [];
      const value = typed.at === "start" ? year.opening : year.closing;
      const results = typed.at === "end" || typed.year > first ? [year.resultat] : [];
      const comparison = compareRounded(["eget_kapital", "balance", "amount"], typed.amount, value, [prognosis.closing, ...results], data.rounding, {
        row: ["eget_kapital", typed.at === "start" ? "opening" : "closing"],
        description:
          `eget kapital ${typed.at === "start" ? "vid början" : "vid slutet"} av ${typed.year} mot ${prognosis.source} ` +
          `(eget kapital vid årets slut ${prognosis.year}) med planens resultat`,
      });
      return statedTotalFindings([comparison], context.source, context.document, context.unit, "prognos-plan");
    },
  };
}
