// A parsed file summed into the categories of a mapping, for year 0 and year −1, in kronor and in
// the project's sign (income positive, costs negative; assets positive; eget kapital, avsättningar
// and skulder positive): accounts.ts printedSign.
//
// Where the amounts come from, per year (the same source for every account of the year):
//   result accounts   year 0: #RES 0, else the sum of the year's #TRANS;  year −1: #RES -1
//   balance accounts  year 0: #UB 0, else #IB 0 + the year's #TRANS;     year −1: #UB -1, else #IB 0
// An account the chosen source does not have contributes nothing. A category appears in `totals`
// when at least one account of the year maps to it.
import { type AccountKind, accountKind, kontoMap, printedSign } from "./accounts.ts";
import { fromOre, toOre } from "./amount.ts";
import { KOMMUN_BAS } from "./kommun-bas.ts";
import { type AccountMapping, checkMapping, targetOf } from "./mapping.ts";
import type { Saldo, SieModel } from "./model.ts";
import { calendarYear, fiscalYear, vouchersOfYear0 } from "./year.ts";

export type ResultSource = "#RES" | "#TRANS";
export type BalanceSource = "#UB" | "#IB+#TRANS" | "#IB";

export interface ClassifiedYear {
  /** 0 the file's year, −1 the year before. */
  index: 0 | -1;
  /** Calendar year (from #RAR, else counted from #RAR 0); undefined without #RAR. */
  year?: number;
  sources: { resultat?: ResultSource; balans?: BalanceSource };
  /** Per target of the mapping, kronor, printed sign. */
  totals: Record<string, number>;
  /** The sum of every result account, classified or not (printed sign); undefined without result data. */
  aretsResultat?: number;
}

export interface UnclassifiedAccount {
  account: string;
  name?: string;
  kind?: AccountKind;
  /** Per year index present in the file, kronor, printed sign. */
  amounts: { index: 0 | -1; year?: number; amount: number }[];
}

export interface Classification {
  years: ClassifiedYear[];
  /** Accounts with a non-zero amount that no rule takes, in account order. */
  unclassified: UnclassifiedAccount[];
}

/** Per year index: account → öre (SIE sign), and the sources used. */
function amountsByAccount(sie: SieModel, index: 0 | -1) {
  const of = (list: Saldo[], year: number) => list.filter((saldo) => saldo.year === year);
  const res = of(sie.res, index);
  const ub = of(sie.ub, index);
  const ib0 = of(sie.ib, 0);
  const vouchers = vouchersOfYear0(sie);

  const result = new Map<string, number>();
  const balance = new Map<string, number>();
  const add = (map: Map<string, number>, account: string, ore: number) => map.set(account, (map.get(account) ?? 0) + ore);

  let resultSource: ResultSource | undefined;
  if (res.length > 0) {
    resultSource = "#RES";
    for (const saldo of res) add(result, saldo.account, toOre(saldo.amount));
  } else if (index === 0 && vouchers.length > 0) {
    resultSource = "#TRANS";
    for (const ver of vouchers) for (const trans of ver.trans) add(result, trans.account, toOre(trans.amount));
  }

  let balanceSource: BalanceSource | undefined;
  if (ub.length > 0) {
    balanceSource = "#UB";
    for (const saldo of ub) add(balance, saldo.account, toOre(saldo.amount));
  } else if (index === 0 && (ib0.length > 0 || vouchers.length > 0)) {
    balanceSource = "#IB+#TRANS";
    for (const saldo of ib0) add(balance, saldo.account, toOre(saldo.amount));
    for (const ver of vouchers) for (const trans of ver.trans) add(balance, trans.account, toOre(trans.amount));
  } else if (index === -1 && ib0.length > 0) {
    balanceSource = "#IB";
    for (const saldo of ib0) add(balance, saldo.account, toOre(saldo.amount));
  }
  return { result, balance, resultSource, balanceSource };
}

export function classifySie(sie: SieModel, mapping: AccountMapping = KOMMUN_BAS): Classification {
  const mappingProblems = checkMapping(mapping);
  if (mappingProblems.length > 0) throw new Error(`Ogiltig kontomappning:\n${mappingProblems.join("\n")}`);
  const konton = kontoMap(sie);
  const years: ClassifiedYear[] = [];
  const unclassified = new Map<string, UnclassifiedAccount>();

  for (const index of [0, -1] as const) {
    const { result, balance, resultSource, balanceSource } = amountsByAccount(sie, index);
    const year = calendarYear(sie, index);
    const totals = new Map<string, number>();
    let arets = 0;
    // An account of unknown kind (class 0 or 9) is read where it has data: result first.
    const accounts = new Set([...result.keys(), ...balance.keys()]);
    for (const account of accounts) {
      const kind = accountKind(account, konton.get(account));
      const isResult = kind === "resultat" || (kind === undefined && result.has(account));
      const ore = (isResult ? result : balance).get(account);
      if (ore === undefined) continue;
      const printed = printedSign(kind) * ore;
      if (kind === "resultat") arets += printed;
      const target = targetOf(account, mapping);
      if (target !== undefined) {
        totals.set(target, (totals.get(target) ?? 0) + printed);
      } else if (printed !== 0) {
        const entry = unclassified.get(account) ?? {
          account,
          ...(konton.get(account)?.name ? { name: konton.get(account)!.name } : {}),
          ...(kind ? { kind } : {}),
          amounts: [],
        };
        entry.amounts.push({ index, ...(year !== undefined ? { year } : {}), amount: fromOre(printed) });
        unclassified.set(account, entry);
      }
    }
    if (index === -1 && !resultSource && !balanceSource && !fiscalYear(sie, -1)) continue;
    years.push({
      index,
      ...(year !== undefined ? { year } : {}),
      sources: { ...(resultSource ? { resultat: resultSource } : {}), ...(balanceSource ? { balans: balanceSource } : {}) },
      totals: Object.fromEntries([...totals].map(([target, ore]) => [target, fromOre(ore)])),
      ...(resultSource ? { aretsResultat: fromOre(arets) } : {}),
    });
  }

  const order = (a: string, b: string) => a.localeCompare(b, "sv", { numeric: true });
  return { years, unclassified: [...unclassified.values()].sort((a, b) => order(a.account, b.account)) };
}
