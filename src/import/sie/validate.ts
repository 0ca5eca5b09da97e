// Does the file add up? Every problem at once, each with its line:
//   - #RAR 0 missing; the file's year not the one asked for; a #VER dated outside #RAR 0;
//   - a #VER whose #TRANS do not sum to 0;
//   - per balance account: #IB 0 + the year's #TRANS = #UB 0, and per result account: the year's
//     #TRANS = #RES 0 — when the file has both vouchers and those balances (an account a file
//     leaves out has 0, as the spec allows for zero balances);
//   - #TRANS on an account without #KONTO (varning); a #VER number used twice (varning).
// Sums the parser could not read completely (a malformed #TRANS or #UB) are not compared.
import { accountKind, kontoMap } from "./accounts.ts";
import { formatKronor, fromOre, toOre } from "./amount.ts";
import type { Saldo } from "./model.ts";
import { type ParsedSie, verName } from "./parse.ts";
import { ProblemList, type SieProblem } from "./problem.ts";
import { fiscalYear, vouchersOfYear0, yearOf } from "./year.ts";

export interface ValidateOptions {
  /** The calendar year the caller wants (yearOf); a file of another year is a fel. */
  year?: number;
}

export function validateSie(parsed: ParsedSie, file = "fil.se", options: ValidateOptions = {}): SieProblem[] {
  const { sie, unreadable } = parsed;
  const problems = new ProblemList(file);
  const konton = kontoMap(sie);

  const rar0 = fiscalYear(sie, 0);
  if (!rar0) problems.fel(undefined, "filen saknar #RAR 0 (räkenskapsåret den gäller)");
  else if (options.year !== undefined && yearOf(sie) !== options.year) {
    problems.fel(rar0.line, `filen gäller räkenskapsåret ${rar0.start}–${rar0.end} (#RAR 0), inte ${options.year}`);
  }

  const year0 = new Set(vouchersOfYear0(sie));
  const seen = new Map<string, number | undefined>();
  for (const ver of sie.ver) {
    if (rar0 && !year0.has(ver)) {
      problems.varning(ver.line, `${verName(ver)} är daterad ${ver.date}, utanför räkenskapsåret ${rar0.start}–${rar0.end}; räknas inte in i årets saldon`);
    }
    if (ver.number !== "") {
      const key = `${ver.series}\u0000${ver.number}`;
      if (seen.has(key)) problems.varning(ver.line, `${verName(ver)} förekommer redan på rad ${seen.get(key)}`);
      else seen.set(key, ver.line);
    }
    if (unreadable.ver.has(ver)) continue;
    const sum = ver.trans.reduce((total, trans) => total + toOre(trans.amount), 0);
    if (sum !== 0) problems.fel(ver.line, `${verName(ver)} balanserar inte: summan av #TRANS är ${formatKronor(fromOre(sum))}, väntade 0`);
  }

  // Accounts used in #TRANS: without #KONTO, and the year's sum per account.
  const transSum = new Map<string, number>();
  const firstTrans = new Map<string, { line: number | undefined; count: number }>();
  for (const ver of sie.ver) {
    for (const trans of ver.trans) {
      const first = firstTrans.get(trans.account);
      if (first) first.count++;
      else firstTrans.set(trans.account, { line: trans.line, count: 1 });
      if (year0.has(ver)) transSum.set(trans.account, (transSum.get(trans.account) ?? 0) + toOre(trans.amount));
    }
  }
  if (sie.konton.length === 0 && firstTrans.size > 0) {
    problems.varning(undefined, `filen har ingen #KONTO: namnen på de ${firstTrans.size} konton som #TRANS använder är okända`);
  } else {
    for (const [account, { line, count }] of firstTrans) {
      if (!konton.has(account)) {
        problems.varning(line, `konto ${account} används i #TRANS${count > 1 ? ` (${count} gånger)` : ""} men saknar #KONTO`);
      }
    }
  }

  const hasVouchers = sie.ver.length > 0;
  const ofYear0 = (list: Saldo[]) => new Map(list.filter((saldo) => saldo.year === 0).map((saldo) => [saldo.account, saldo]));
  const ib = ofYear0(sie.ib);
  const ub = ofYear0(sie.ub);
  const res = ofYear0(sie.res);
  const checkable = (account: string) => !unreadable.someAccount && !unreadable.accounts.has(account);
  const name = (account: string) => {
    const konto = konton.get(account);
    return konto?.name ? `konto ${account} (${konto.name})` : `konto ${account}`;
  };

  if (hasVouchers && ub.size > 0) {
    const accounts = new Set([...ib.keys(), ...ub.keys(), ...transSum.keys()]);
    for (const account of accounts) {
      const kind = accountKind(account, konton.get(account));
      if ((kind !== "tillgang" && kind !== "skuld") || !checkable(account)) continue;
      const opening = toOre(ib.get(account)?.amount ?? 0);
      const moved = transSum.get(account) ?? 0;
      const closing = toOre(ub.get(account)?.amount ?? 0);
      if (opening + moved === closing) continue;
      const line = ub.get(account)?.line ?? firstTrans.get(account)?.line ?? ib.get(account)?.line;
      problems.fel(
        line,
        `${name(account)}: #IB ${formatKronor(fromOre(opening))} + #TRANS ${formatKronor(fromOre(moved))} = ` +
          `${formatKronor(fromOre(opening + moved))}, men #UB är ${formatKronor(fromOre(closing))} ` +
          `(skillnad ${formatKronor(fromOre(closing - opening - moved))})`,
      );
    }
  }

  if (hasVouchers && res.size > 0) {
    const accounts = new Set([...res.keys(), ...transSum.keys()]);
    for (const account of accounts) {
      if (accountKind(account, konton.get(account)) !== "resultat" || !checkable(account)) continue;
      const moved = transSum.get(account) ?? 0;
      const result = toOre(res.get(account)?.amount ?? 0);
      if (moved === result) continue;
      const line = res.get(account)?.line ?? firstTrans.get(account)?.line;
      problems.fel(
        line,
        `${name(account)}: summan av #TRANS är ${formatKronor(fromOre(moved))}, men #RES är ${formatKronor(fromOre(result))} ` +
          `(skillnad ${formatKronor(fromOre(result - moved))})`,
      );
    }
  }

  return problems.problems;
}
