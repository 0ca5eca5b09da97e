// A förbund's year 2025 as a SIE 4 model, Kommun-Bas accounts, figures of the Jämtland
// driftsredovisning 2025 in kronor. #RES and #UB are derived here from #IB and the vouchers (in
// öre), so the file adds up; tests state the expected category sums as literals.
import type { Konto, SieModel, Trans, Ver } from "../../src/import/sie/index.ts";

export const konton: Konto[] = [
  { account: "1510", name: "Kundfordringar", type: "T" },
  { account: "1930", name: "Företagskonto", type: "T" },
  { account: "2081", name: "Eget kapital", type: "S" },
  { account: "2211", name: "Avsättningar för pensioner", type: "S" },
  { account: "2440", name: "Leverantörsskulder", type: "S" },
  { account: "3511", name: "Medlemsbidrag Försäkringskassan", type: "I" },
  { account: "3512", name: "Medlemsbidrag Region Jämtland Härjedalen", type: "I" },
  { account: "3513", name: "Medlemsbidrag kommunerna", type: "I" },
  { account: "4620", name: "Köp av verksamhet (insatser)", type: "K" },
  { account: "5111", name: "Löner månadsavlönade", type: "K" },
  { account: "5411", name: "Sociala avgifter", type: "K" },
  { account: "5511", name: "Pensionskostnader", type: "K" },
  { account: "6110", name: "Lokalhyror", type: "K" },
  { account: "7010", name: "Konsulttjänster och övriga tjänster", type: "K" },
  { account: "8411", name: "Ränteintäkter", type: "I" },
  { account: "8511", name: "Bankkostnader och räntor", type: "K" },
];

const ib2025: Record<string, number> = { "1510": 100_000, "1930": 3_000_000, "2081": -2_600_000, "2440": -500_000 };

/** A voucher of two rows: `amount` debited to one account and credited to the other. */
function ver(number: number, date: string, text: string, debit: string, credit: string, amount: number): Ver {
  const trans: Trans[] = [
    { account: debit, objects: [], amount },
    { account: credit, objects: [], amount: -amount },
  ];
  return { series: "A", number: String(number), date, text, trans };
}

export function vouchers2025(): Ver[] {
  return [
    ver(1, "2025-01-20", "Medlemsbidrag Försäkringskassan", "1930", "3511", 4_113_500),
    ver(2, "2025-01-31", "Medlemsbidrag Region Jämtland Härjedalen", "1930", "3512", 2_056_750),
    ver(3, "2025-02-10", "Medlemsbidrag kommunerna", "1930", "3513", 2_056_750),
    ver(4, "2025-12-31", "Löner 2025", "5111", "1930", 1_200_000),
    ver(5, "2025-12-31", "Sociala avgifter 2025", "5411", "1930", 376_000),
    ver(6, "2025-12-31", "Pensionskostnad, avsatt", "5511", "2211", 200_000),
    ver(7, "2025-06-30", "Insatsfinansiering enligt beslut", "4620", "2440", 4_447_000),
    ver(8, "2025-11-30", "Betalning leverantörer", "2440", "1930", 4_000_000),
    ver(9, "2025-12-31", "Lokalhyra", "6110", "1930", 300_000),
    ver(10, "2025-12-31", "Konsulter, utvärdering", "7010", "1930", 352_000),
    ver(11, "2025-12-31", "Ränta på bankkonto", "1930", "8411", 9_000),
    ver(12, "2025-12-31", "Bankkostnader", "8511", "1930", 90_000),
  ];
}

/** Last year's result per account (SIE sign), figures of the driftsredovisning 2024. */
const res2024: Record<string, number> = {
  "3511": -4_031_000,
  "3512": -2_015_500,
  "3513": -2_437_500, // 2 015 500 + 422 000 övriga intäkter
  "4620": 6_134_000,
  "5111": 1_700_000,
  "5411": 532_000,
  "5511": 220_000,
  "6110": 300_000,
  "7010": 332_000,
  "8411": -150_000,
  "8511": 10_000,
};

export function forbundYear(options: { year?: number } = {}): SieModel {
  const year = options.year ?? 2025;
  const shift = (iso: string) => `${year}${iso.slice(4)}`;
  const vouchers = vouchers2025().map((v) => ({ ...v, date: shift(v.date) }));
  const ore = new Map<string, number>();
  for (const v of vouchers) for (const t of v.trans) ore.set(t.account, (ore.get(t.account) ?? 0) + Math.round(t.amount * 100));
  const ub = new Map(Object.entries(ib2025).map(([account, amount]) => [account, Math.round(amount * 100)]));
  const res: { account: string; ore: number }[] = [];
  for (const [account, sum] of ore) {
    if (account < "3") ub.set(account, (ub.get(account) ?? 0) + sum);
    else res.push({ account, ore: sum });
  }
  const order = (a: { account: string }, b: { account: string }) => a.account.localeCompare(b.account);
  return {
    flagga: 0,
    format: "PC8",
    sietyp: "4",
    program: { name: "Visma Förening", version: "2025.1" },
    gen: { date: `${year + 1}-02-15`, sign: "Ekonomi" },
    fnamn: "Samordningsförbundet i Jämtlands län",
    orgnr: "222000-1867",
    kptyp: "Kommun-Bas 25",
    rar: [
      { year: 0, start: `${year}-01-01`, end: `${year}-12-31` },
      { year: -1, start: `${year - 1}-01-01`, end: `${year - 1}-12-31` },
    ],
    konton,
    ib: [
      ...Object.entries(ib2025).map(([account, amount]) => ({ year: 0, account, amount })),
      // 2024 ended with a loss of 594 000, paid from the bank and taken from eget kapital.
      ...Object.entries(ib2025).map(([account, amount]) => ({
        year: -1,
        account,
        amount: account === "2081" ? amount - 594_000 : account === "1930" ? amount + 594_000 : amount,
      })),
    ],
    ub: [
      ...[...ub].map(([account, o]) => ({ year: 0, account, amount: o / 100 })).sort(order),
      ...Object.entries(ib2025).map(([account, amount]) => ({ year: -1, account, amount })),
    ],
    res: [
      ...res.map(({ account, ore: o }) => ({ year: 0, account, amount: o / 100 })).sort(order),
      ...Object.entries(res2024).map(([account, amount]) => ({ year: -1, account, amount })),
    ],
    psaldo: [],
    pbudget: [],
    ver: vouchers,
  };
}
