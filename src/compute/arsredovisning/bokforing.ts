// The bookkeeping's control sums (written by the SIE import) against the report: the accounts'
// result against årets resultat, the opening balances against last year's closing, last year's
// closing as the file has it against this year's opening, the closing assets against the
// balansräkning. Each is a stated-versus-computed comparison: the bookkeeping states, the report computes.
import type { Bokforing } from "../../schemas/arsredovisning/bokforing.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import { type AmountUnit, convertAmount } from "../units.ts";
import type { ComputedStatement } from "./statements.ts";

export interface BokforingComparisons {
  resultat: StatedComparison[];
  ingaende: StatedComparison[];
  utgaende: StatedComparison[];
  /** In kronor, both sides from the file. */
  foregaende: StatedComparison[];
}

export function compareBokforing(
  bokforing: Bokforing,
  statements: { resultatrakning?: ComputedStatement; balansrakning?: ComputedStatement },
  options: { year: number; unit: AmountUnit; roundedParts: number },
): BokforingComparisons {
  const y = String(options.year);
  const previous = String(options.year - 1);
  const inUnit = (kronor: number | undefined) => (kronor === undefined ? undefined : convertAmount(kronor, "kr", options.unit));
  const rounding = options.unit === "kr" ? 0 : options.roundedParts;
  const rr = statements.resultatrakning?.byId;
  const br = statements.balansrakning?.byId;
  const compare = (path: string[], stated: number | undefined, computed: number | null | undefined, description: string, parts = rounding) =>
    stated === undefined || computed === undefined || computed === null
      ? []
      : [compareStated(["bokforing", ...path], stated, computed, parts, { row: ["bokforing"], description })];

  return {
    resultat: compare(
      ["arets_resultat"],
      inUnit(bokforing.arets_resultat),
      rr?.arets_resultat?.[y],
      `bokföringens resultat mot resultaträkningens årets resultat ${y}`,
    ),
    ingaende: [
      ...compare(
        ["ingaende", "eget_kapital"],
        inUnit(bokforing.ingaende?.eget_kapital),
        br?.ek_ingaende?.[y],
        `ingående eget kapital (#IB) mot förra årets utgående`,
      ),
      ...compare(
        ["ingaende", "tillgangar"],
        inUnit(bokforing.ingaende?.tillgangar),
        br?.tillgangar?.[previous],
        `ingående tillgångar (#IB) mot balansräkningen ${previous}`,
      ),
    ],
    utgaende: compare(
      ["utgaende", "tillgangar"],
      inUnit(bokforing.utgaende?.tillgangar),
      br?.tillgangar?.[y],
      `utgående tillgångar (#UB) mot balansräkningen ${y}`,
    ),
    foregaende: Object.entries(bokforing.foregaende_utgaende ?? {}).flatMap(([key, kronor]) =>
      compare(
        ["foregaende_utgaende", key],
        kronor,
        bokforing.ingaende?.[key as keyof typeof bokforing.ingaende],
        `förra årets utgående (#UB -1) mot årets ingående (#IB 0), ${key}`,
        0,
      ),
    ),
  };
}
