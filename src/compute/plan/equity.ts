// Eget kapital rolled forward (and back) from one known balance with the computed årets resultat,
// and Nationella rådets rule: equity of about a share (20 %) of the yearly member contribution.
import type { Verksamhetsplan } from "../../schemas/index.ts";
import type { Cell } from "../cell.ts";
import type { StatedComparison } from "../stated.ts";
import { compareRounded, type Values } from "./budget.ts";

export interface EquityYear {
  opening: number;
  resultat: number;
  closing: number;
  medlemsbidrag: Cell;
  /** recommended_share × medlemsbidrag. */
  recommended: Cell;
  /** closing − recommended: positive when the plan keeps more than recommended. */
  overRecommended: Cell;
  /** closing / medlemsbidrag. */
  shareOfContribution: Cell;
  status: "over" | "under" | "at" | null;
}

export interface ComputedEquity {
  /** The known balance every year is rolled from: the plan's, or the one the chain gave it (a T2 prognosis). */
  balance: Balance;
  recommendedShare: number;
  years: Record<string, EquityYear>;
  stated: StatedComparison[];
}

export type Balance = NonNullable<Verksamhetsplan["eget_kapital"]["balance"]>;

export function computeEquity(plan: Verksamhetsplan, aretsResultat: Values): ComputedEquity {
  // The document resolves a missing balance from the chain (src/documents/verksamhetsplan.ts) or stops with a data error.
  if (!plan.eget_kapital.balance) throw new Error("eget_kapital.balance saknas: planen ska ha fått det ur tertialuppföljningen");
  const data = { ...plan.eget_kapital, balance: plan.eget_kapital.balance };
  const years = plan.budget.years.map(String);
  const result = (y: number) => aretsResultat[String(y)] ?? 0;
  const first = Math.min(...plan.budget.years);
  const last = Math.max(...plan.budget.years);
  const anchor = data.balance.year;

  // Opening balance of the anchor year, then every year around it.
  const opening = new Map<number, number>();
  opening.set(anchor, data.balance.at === "start" ? data.balance.amount : data.balance.amount - result(anchor));
  for (let y = anchor + 1; y <= last; y++) opening.set(y, opening.get(y - 1)! + result(y - 1));
  for (let y = anchor - 1; y >= first; y--) opening.set(y, opening.get(y + 1)! - result(y));

  // What a year's balance is made of, from the known balance: that balance and the results between
  // (for the tolerance of a printed one: exact where all are whole steps).
  const cellsBetween = (y: number, at: "start" | "end") => {
    const from = data.balance.at === "start" ? anchor : anchor + 1;
    const to = at === "start" ? y : y + 1;
    const cells: number[] = [data.balance.amount];
    for (let k = Math.min(from, to); k < Math.max(from, to); k++) cells.push(result(k));
    return cells;
  };

  const out: Record<string, EquityYear> = {};
  const stated: StatedComparison[] = [];
  for (const key of years) {
    const y = Number(key);
    const open = opening.get(y)!;
    const closing = open + result(y);
    const contribution = plan.budget.medlemsbidrag[key] ?? null;
    const recommended = contribution === null ? null : contribution * data.recommended_share;
    const over = recommended === null ? null : closing - recommended;
    out[key] = {
      opening: open,
      resultat: result(y),
      closing,
      medlemsbidrag: contribution,
      recommended,
      overRecommended: over,
      shareOfContribution: contribution ? closing / contribution : null,
      status: over === null ? null : Math.abs(over) < plan.rounding / 2 ? "at" : over > 0 ? "over" : "under",
    };
    for (const [field, at, value] of [
      ["stated_opening", "start", open],
      ["stated_closing", "end", closing],
    ] as const) {
      const printed = data[field]?.[key];
      if (printed === undefined) continue;
      stated.push(
        compareRounded(["eget_kapital", field, key], printed, value, cellsBetween(y, at), plan.rounding, {
          // The known balance is the one typed part every year's balance is rolled from.
          partCells: [{ path: ["eget_kapital", "balance", "amount"], value: data.balance.amount }],
          row: ["eget_kapital", at === "start" ? "opening" : "closing"],
          description:
            `${at === "start" ? data.opening_label : data.closing_label}: framräknat från eget kapital ` +
            `${data.balance.at === "start" ? "vid början" : "vid slutet"} av ${anchor} med årets resultat`,
        }),
      );
    }
  }
  return { balance: data.balance, recommendedShare: data.recommended_share, years: out, stated };
}
