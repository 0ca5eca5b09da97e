// SIE 4 files for the import tests, made from figures: result accounts with the year's amount,
// balance accounts with their opening and closing balances — in kronor and in the project's signs
// (income positive, costs negative; assets, equity and liabilities positive), turned into SIE's
// debit-positive signs here. #RES and #UB are written directly (no vouchers), as a bokslut export has them.
import type { Konto, SieModel } from "../../src/import/sie/index.ts";
import { emptySie, writeSie } from "../../src/import/sie/index.ts";

export interface SieFigures {
  year: number;
  fnamn?: string;
  orgnr?: string;
  result: { account: string; name: string; amount: number }[];
  balance: { account: string; name: string; opening: number; closing: number; previousClosing?: number }[];
}

const isAsset = (account: string) => account.startsWith("1");

export function sieModel(figures: SieFigures): SieModel {
  const sie = emptySie();
  const { year } = figures;
  sie.format = "PC8";
  sie.sietyp = "4";
  sie.program = { name: "finsam-rapport tester", version: "1" };
  sie.gen = { date: `${year + 1}-02-15` };
  if (figures.fnamn) sie.fnamn = figures.fnamn;
  if (figures.orgnr) sie.orgnr = figures.orgnr;
  sie.rar = [
    { year: 0, start: `${year}-01-01`, end: `${year}-12-31` },
    { year: -1, start: `${year - 1}-01-01`, end: `${year - 1}-12-31` },
  ];
  const konton: Konto[] = [
    ...figures.balance.map((b): Konto => ({ account: b.account, name: b.name, type: isAsset(b.account) ? "T" : "S" })),
    ...figures.result.map((r): Konto => ({ account: r.account, name: r.name, type: r.amount >= 0 ? "I" : "K" })),
  ];
  sie.konton = konton.sort((a, b) => a.account.localeCompare(b.account));
  const sieSign = (account: string, amount: number) => (isAsset(account) ? amount : -amount);
  sie.ib = figures.balance.map((b) => ({ year: 0, account: b.account, amount: sieSign(b.account, b.opening) }));
  sie.ub = [
    ...figures.balance.map((b) => ({ year: 0, account: b.account, amount: sieSign(b.account, b.closing) })),
    ...figures.balance.map((b) => ({ year: -1, account: b.account, amount: sieSign(b.account, b.previousClosing ?? b.opening) })),
  ];
  sie.res = figures.result.map((r) => ({ year: 0, account: r.account, amount: -r.amount }));
  return sie;
}

export function sieBytes(figures: SieFigures, encoding: "cp437" | "utf8" = "cp437"): Uint8Array {
  return writeSie(sieModel(figures), { encoding });
}

/**
 * Jämtland's year 2026 as its bookkeeping would export it (tests/fixtures/sie/jamtland-2026.se):
 * Kommun-Bas accounts as tests/fixtures/sie/kontoplan.yaml maps them, the opening balances the
 * 2025 report's closing ones (the note rows, ×1000), and a year that adds up.
 */
export const jamtland2026: SieFigures = {
  year: 2026,
  fnamn: "Samordningsförbundet i Jämtlands län",
  orgnr: "222000-1537",
  result: [
    { account: "3511", name: "Medlemsbidrag Försäkringskassan", amount: 4_121_000 },
    { account: "3512", name: "Medlemsbidrag Region Jämtland Härjedalen", amount: 2_060_500 },
    { account: "3513", name: "Medlemsbidrag kommunerna", amount: 2_060_500 },
    { account: "3990", name: "Övriga intäkter", amount: 35_400.5 },
    { account: "4620", name: "Köp av verksamhet (insatser)", amount: -5_812_300 },
    { account: "5111", name: "Löner månadsavlönade", amount: -1_002_000 },
    { account: "5411", name: "Sociala avgifter", amount: -400_499 },
    { account: "6110", name: "Lokalhyra och kontorsdrift", amount: -820_000 },
    { account: "8511", name: "Bankkostnader och räntor", amount: -12_000 },
  ],
  balance: [
    { account: "1630", name: "Skattekonto", opening: 3_000, closing: 5_000 },
    { account: "1640", name: "Fordran F-skatt", opening: 23_000, closing: 20_000 },
    { account: "1650", name: "Momsfordran", opening: 59_000, closing: 60_000 },
    { account: "1710", name: "Förutbetalda kostnader", opening: 12_000, closing: 15_000 },
    { account: "1920", name: "PlusGiro Nordea", opening: 173_000, closing: 150_000 },
    { account: "1930", name: "Företagskonto Swedbank", opening: 6_981_000, closing: 7_200_000 },
    { account: "1940", name: "Placeringskonto Swedbank", opening: 370_000, closing: 372_000 },
    { account: "2081", name: "Eget kapital", opening: 3_008_000, closing: 3_008_000 },
    { account: "2211", name: "Avsättningar för pensioner", opening: 2_294_000, closing: 2_300_000 },
    { account: "2440", name: "Leverantörsskulder", opening: 2_093_000, closing: 2_000_000 },
    { account: "2710", name: "Personalens källskatt", opening: 24_000, closing: 25_000 },
    { account: "2920", name: "Upplupna semesterlöner", opening: 12_000, closing: 13_000 },
    { account: "2940", name: "Upplupna sociala avgifter", opening: 23_000, closing: 24_000 },
    { account: "2943", name: "Upplupen löneskatt pensioner", opening: 42_000, closing: 45_000 },
    { account: "2950", name: "Upplupen pensionskostnad", opening: 51_000, closing: 52_000 },
    { account: "2990", name: "Övriga interimsskulder", opening: 74_000, closing: 124_398.5 },
  ],
};
