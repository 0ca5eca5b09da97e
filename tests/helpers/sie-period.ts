// Jämtland's 2025 as its bookkeeping would export it during the year, month by month (kronor,
// printed sign): the member contribution invoiced each quarter (January, April, July, October),
// the rest spread over the months with öre, so that the import's rounding is exercised. The
// example's data/jamtland/2025/uppfoljning-t2.yaml is what the import makes of its January–August.
import type { MonthlyAccount } from "../../src/synthetic/index.ts";

const quarterly = (amount: number) => [amount, 0, 0, amount, 0, 0, amount, 0, 0, amount, 0, 0];
const monthly = (amount: number) => Array.from({ length: 12 }, () => amount);

export const jamtland2025Months: MonthlyAccount[] = [
  { account: "3511", name: "Medlemsbidrag Försäkringskassan", months: quarterly(1_028_500) },
  { account: "3512", name: "Medlemsbidrag Region Jämtland Härjedalen", months: quarterly(514_250) },
  { account: "3513", name: "Medlemsbidrag kommunerna", months: quarterly(514_250) },
  { account: "4620", name: "Köp av verksamhet (insatser)", months: monthly(-370_000) },
  { account: "5111", name: "Löner månadsavlönade", months: monthly(-106_250) },
  { account: "5411", name: "Sociala avgifter", months: monthly(-42_500) },
  { account: "6110", name: "Lokalhyra och kontorsdrift", months: monthly(-56_875.4) },
  { account: "8511", name: "Bankkostnader och räntor", months: monthly(-6_500) },
];

export const jamtlandIdentity = { fnamn: "Samordningsförbundet i Jämtlands län", orgnr: "222000-1537" };
