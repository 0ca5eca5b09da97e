// A SIE 4 file as an accounting system exports it during the year: result accounts with an amount
// per month, written as monthly #PSALDO (a "typ 2" export) or as one #VER per month and account
// dated the month's 25th (a "typ 4" export), and optionally a #PBUDGET per month. For the
// tertialuppföljning's tests and the example's export; amounts in kronor, printed sign (income
// positive, costs negative), turned into SIE's debit-positive sign here.
import { emptySie, type Konto, type SieModel } from "../import/sie/index.ts";

export interface MonthlyAccount {
  account: string;
  name: string;
  /** Kronor per month, January first; a month left out or 0 has no record. */
  months: number[];
}

export interface PeriodExportOptions {
  year: number;
  fnamn?: string;
  orgnr?: string;
  /** The last month exported, 1–12: the file has nothing after it. */
  through: number;
  /** When the file was made (#GEN); default the 10th of the month after `through`. */
  generated?: string;
  style: "psaldo" | "ver";
  accounts: MonthlyAccount[];
  /** #PBUDGET per month (psaldo style only). */
  budget?: MonthlyAccount[];
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, "0")}`;
/** Öre-exact negation (SIE sign) without −0. */
const sieAmount = (printed: number) => (printed === 0 ? 0 : Math.round(-printed * 100) / 100);

export function periodExport(options: PeriodExportOptions): SieModel {
  const { year, through } = options;
  const sie = emptySie();
  sie.format = "PC8";
  sie.sietyp = "4";
  sie.program = { name: "finsam-rapport testdata", version: "1" };
  sie.gen = { date: options.generated ?? (through === 12 ? `${year + 1}-01-10` : `${month(year, through + 1)}-10`) };
  if (options.fnamn) sie.fnamn = options.fnamn;
  if (options.orgnr) sie.orgnr = options.orgnr;
  sie.rar = [
    { year: 0, start: `${year}-01-01`, end: `${year}-12-31` },
    { year: -1, start: `${year - 1}-01-01`, end: `${year - 1}-12-31` },
  ];
  const all = [...options.accounts, ...(options.budget ?? [])];
  const konton = new Map<string, Konto>();
  for (const a of all) {
    const income = a.months.reduce((sum, value) => sum + value, 0) >= 0;
    konton.set(a.account, { account: a.account, name: a.name, type: income ? "I" : "K" });
  }
  sie.konton = [...konton.values()].sort((a, b) => a.account.localeCompare(b.account));
  const monthsOf = (a: MonthlyAccount) => a.months.slice(0, through).flatMap((amount, i) => (amount ? [{ m: i + 1, amount }] : []));
  if (options.style === "psaldo") {
    sie.psaldo = options.accounts.flatMap((a) =>
      monthsOf(a).map(({ m, amount }) => ({ year: 0, period: month(year, m), account: a.account, objects: [], amount: sieAmount(amount) })),
    );
    sie.pbudget = (options.budget ?? []).flatMap((a) =>
      a.months.flatMap((amount, i) => (amount ? [{ year: 0, period: month(year, i + 1), account: a.account, objects: [], amount: sieAmount(amount) }] : [])),
    );
  } else {
    // One voucher per month: every account's amount, balanced against the bank account.
    sie.konton.push({ account: "1930", name: "Företagskonto", type: "T" });
    let number = 0;
    for (let m = 1; m <= through; m++) {
      const trans = options.accounts.flatMap((a) => (a.months[m - 1] ? [{ account: a.account, objects: [], amount: sieAmount(a.months[m - 1]!) }] : []));
      if (trans.length === 0) continue;
      const total = trans.reduce((sum, t) => sum + Math.round(t.amount * 100), 0);
      trans.push({ account: "1930", objects: [], amount: total === 0 ? 0 : -total / 100 });
      number += 1;
      sie.ver.push({ series: "A", number: String(number), date: `${month(year, m)}-25`, text: `Månadens bokföring ${month(year, m)}`, trans });
    }
  }
  return sie;
}
