// What kind of account a number is: from #KTYP when the file gives it, otherwise from the first
// digit as in BAS and Kommun-Bas (1 tillgångar, 2 eget kapital och skulder, 3–8 resultatkonton).
import type { Konto, KontoTyp, SieModel } from "./model.ts";

export type AccountKind = "tillgang" | "skuld" | "resultat";

export function kontoMap(sie: SieModel): Map<string, Konto> {
  return new Map(sie.konton.map((konto) => [konto.account, konto]));
}

const BY_TYPE: Record<KontoTyp, AccountKind> = { T: "tillgang", S: "skuld", K: "resultat", I: "resultat" };

/** undefined for a number that neither #KTYP nor the first digit places (class 0 or 9). */
export function accountKind(account: string, konto?: Konto): AccountKind | undefined {
  if (konto?.type) return BY_TYPE[konto.type];
  const first = account[0];
  if (first === "1") return "tillgang";
  if (first === "2") return "skuld";
  if (first !== undefined && first >= "3" && first <= "8") return "resultat";
  return undefined;
}

/**
 * SIE sign → the project's printed sign. SIE amounts are debit positive: assets and costs
 * positive, income, equity and liabilities negative. Documents print income positive and costs
 * negative, assets positive, and eget kapital, avsättningar and skulder positive. So an asset
 * keeps its sign and every other account (result, equity, liability, or unplaced) is negated.
 */
export function printedSign(kind: AccountKind | undefined): 1 | -1 {
  return kind === "tillgang" ? 1 : -1;
}
