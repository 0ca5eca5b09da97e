// A file exported during the year, cut at a period's last day (a tertial: 30 April, 31 August): each
// result account's sum for January to that day, from the file's monthly #PSALDO or, without them,
// from the dates of its #VER — as a model whose #RES 0 holds those sums, so that classifySie sums
// them into rows as it does a year's. The file's #PBUDGET for the same months, where it has them,
// becomes a second such model. A file that does not reach the period's end is an error that names
// the months it lacks.
import { accountKind, kontoMap } from "./accounts.ts";
import { fromOre, toOre } from "./amount.ts";
import type { PeriodSaldo, Saldo, SieModel } from "./model.ts";
import type { SieProblem } from "./problem.ts";
import { fiscalYear, vouchersOfYear0 } from "./year.ts";

export interface PeriodCut {
  /** The file with #RES 0 = the period's sums (no balances, no vouchers). */
  sie: SieModel;
  source: "#PSALDO" | "#VER";
  /** The file's #PBUDGET for the period as the same kind of model, when it has one for every month. */
  budget?: SieModel;
  problems: SieProblem[];
}

const monthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** "2025-01" … "2025-08": the months of the period, from the fiscal year's first month. */
export function periodMonths(start: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = start.slice(0, 7).split("-").map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const monthName = (key: string) => `${monthNames[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;

/** Sums per account (öre → kronor) as #RES 0 records, in account order. */
function asRes(sums: Map<string, number>): Saldo[] {
  return [...sums].sort(([a], [b]) => a.localeCompare(b, "sv", { numeric: true })).map(([account, ore]) => ({ year: 0, account, amount: fromOre(ore) }));
}

const add = (sums: Map<string, number>, account: string, ore: number) => sums.set(account, (sums.get(account) ?? 0) + ore);

/** Account-level period records of year 0 (those without objects: per kostnadsställe they would count twice). */
const ofYear0 = (list: readonly PeriodSaldo[]) => list.filter((p) => p.year === 0 && p.objects.length === 0);

export function cutAtPeriod(sie: SieModel, options: { to: string; file: string }): PeriodCut {
  const problems: SieProblem[] = [];
  const fel = (message: string) => problems.push({ file: options.file, severity: "fel", message });
  const rar = fiscalYear(sie, 0);
  const empty: SieModel = { ...sie, res: [], ub: [], ib: [], psaldo: [], pbudget: [], ver: [] };
  if (!rar) {
    fel("filen saknar #RAR 0: vilket räkenskapsår perioden hör till går inte att säga");
    return { sie: empty, source: "#PSALDO", problems };
  }
  if (options.to < rar.start || options.to > rar.end) {
    fel(`periodens sista dag ${options.to} ligger utanför filens räkenskapsår ${rar.start}–${rar.end}`);
    return { sie: empty, source: "#PSALDO", problems };
  }
  const months = periodMonths(rar.start, options.to);
  const konton = kontoMap(sie);
  const isResult = (account: string) => accountKind(account, konton.get(account)) === "resultat";
  const missingMessage = (missing: string[], what: string) =>
    `filen täcker inte perioden ${rar.start}–${options.to}: ${what} saknas för ${missing.map(monthName).join(", ")} ` +
    `(${missing.join(", ")}); gör en ny export ur bokföringen efter periodens slut`;
  if (sie.gen?.date && sie.gen.date < options.to) {
    fel(`filen skapades ${sie.gen.date} (#GEN), före periodens sista dag ${options.to}: den kan inte ha hela periodens bokföring`);
  }

  const psaldo = ofYear0(sie.psaldo).filter((p) => isResult(p.account));
  let cut: SieModel;
  let source: PeriodCut["source"];
  if (psaldo.length > 0) {
    source = "#PSALDO";
    const present = new Set(psaldo.map((p) => p.period));
    const missing = months.filter((m) => !present.has(m));
    if (missing.length) fel(missingMessage(missing, "#PSALDO"));
    const sums = new Map<string, number>();
    for (const p of psaldo) if (months.includes(p.period)) add(sums, p.account, toOre(p.amount));
    cut = { ...empty, res: asRes(sums) };
  } else {
    const vouchers = vouchersOfYear0(sie);
    if (vouchers.length === 0) {
      fel(
        "filen har varken #PSALDO eller #VER för räkenskapsåret: den kan inte delas upp på perioder " +
          "(en bokslutsexport med bara #RES räcker inte för en tertialuppföljning); exportera SIE 4 med periodsaldon eller verifikationer",
      );
      return { sie: empty, source: "#VER", problems };
    }
    source = "#VER";
    const present = new Set(vouchers.map((v) => v.date.slice(0, 7)));
    const missing = months.filter((m) => !present.has(m));
    if (missing.length) fel(missingMessage(missing, "verifikationer (#VER)"));
    const sums = new Map<string, number>();
    for (const ver of vouchers) {
      if (ver.date > options.to) continue;
      for (const trans of ver.trans) if (isResult(trans.account)) add(sums, trans.account, toOre(trans.amount));
    }
    cut = { ...empty, res: asRes(sums) };
  }

  // The period budget: used only when the file has it for every month of the period.
  const pbudget = ofYear0(sie.pbudget).filter((p) => isResult(p.account));
  let budget: SieModel | undefined;
  if (pbudget.length > 0) {
    const present = new Set(pbudget.map((p) => p.period));
    const missing = months.filter((m) => !present.has(m));
    if (missing.length) {
      problems.push({
        file: options.file,
        severity: "varning",
        message: `#PBUDGET saknas för ${missing.map(monthName).join(", ")}: den periodiserade budgeten blir tolftedelar av årsbudgeten`,
      });
    } else {
      const sums = new Map<string, number>();
      for (const p of pbudget) if (months.includes(p.period)) add(sums, p.account, toOre(p.amount));
      budget = { ...empty, res: asRes(sums) };
    }
  }
  return { sie: cut, source, ...(budget ? { budget } : {}), problems };
}
