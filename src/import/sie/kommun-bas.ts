// Default account classifications, as mappings (mapping.ts): used when a förbund has no mapping
// of its own. Ranges are at four digits and so also take Kommun-Bas' 3-, 5- and 6-digit accounts.
//
// KOMMUN_BAS follows SKR's Kommun-Bas (the kommunal baskontoplan, Kommun-Bas 13 and later):
//   klass 1 tillgångar: 10–13 anläggningstillgångar (10 immateriella, 11 mark, byggnader och
//     tekniska anläggningar, 12 maskiner och inventarier, 13 finansiella), 14–18 the other
//     omsättningstillgångar (fordringar, förutbetalda kostnader och upplupna intäkter …) →
//     "fordringar", 19 kassa och bank;
//   klass 2: 20 eget kapital, 22 avsättningar, 23–29 skulder (långfristiga and kortfristiga);
//   klass 3 verksamhetens intäkter; klass 4 kostnader och utgifter, klass 5 personalkostnader
//     (kostnader för arbetskraft), klass 6–7 övriga verksamhetskostnader;
//   klass 8: 80 skatteintäkter, 82 generella statsbidrag och utjämning, 83 avgifter i
//     utjämningssystemen, 84 finansiella intäkter, 85 finansiella kostnader (the two groups
//     Kommun-Bas 19 revised). 80–83, 86–89 and class 21 get no default: a förbund has no
//     skatteintäkter, and such accounts are reported as unclassified rather than guessed.
//
// BAS is the companies' BAS-kontoplan, for a förbund whose bookkeeping uses it (an accounting
// firm's Fortnox or Visma): 70–76 personalkostnader, 83 finansiella intäkter, 84 finansiella
// kostnader (räntekostnader); 21 obeskattade reserver, 80–82 and 88–89 unclassified. Note that
// 84xx is finansiella intäkter in Kommun-Bas and finansiella kostnader in BAS: choose the mapping
// that matches the förbund's chart of accounts (#KPTYP may say which).
import type { AccountMapping } from "./mapping.ts";

export const KATEGORIER = {
  verksamhetens_intakter: "Verksamhetens intäkter",
  personalkostnader: "Personalkostnader",
  ovriga_verksamhetskostnader: "Övriga verksamhetskostnader",
  finansiella_intakter: "Finansiella intäkter",
  finansiella_kostnader: "Finansiella kostnader",
  anlaggningstillgangar: "Anläggningstillgångar",
  fordringar: "Fordringar och övriga omsättningstillgångar",
  kassa_och_bank: "Kassa och bank",
  eget_kapital: "Eget kapital",
  avsattningar: "Avsättningar",
  skulder: "Skulder",
} as const;

export type Kategori = keyof typeof KATEGORIER;

const BALANCE = [
  { from: 1000, to: 1399, target: "anlaggningstillgangar" },
  { from: 1400, to: 1899, target: "fordringar" },
  { from: 1900, to: 1999, target: "kassa_och_bank" },
  { from: 2000, to: 2099, target: "eget_kapital" },
  { from: 2200, to: 2299, target: "avsattningar" },
  { from: 2300, to: 2999, target: "skulder" },
] as const satisfies AccountMapping["rules"];

export const KOMMUN_BAS: AccountMapping = {
  rules: [
    ...BALANCE,
    { from: 3000, to: 3999, target: "verksamhetens_intakter" },
    // First match wins: personalkostnader before the rest of 4xxx–7xxx.
    { from: 5000, to: 5999, target: "personalkostnader" },
    { from: 4000, to: 7999, target: "ovriga_verksamhetskostnader" },
    { from: 8400, to: 8499, target: "finansiella_intakter" },
    { from: 8500, to: 8599, target: "finansiella_kostnader" },
  ],
};

export const BAS: AccountMapping = {
  rules: [
    ...BALANCE,
    { from: 3000, to: 3999, target: "verksamhetens_intakter" },
    { from: 7000, to: 7699, target: "personalkostnader" },
    { from: 4000, to: 7999, target: "ovriga_verksamhetskostnader" },
    { from: 8300, to: 8399, target: "finansiella_intakter" },
    { from: 8400, to: 8499, target: "finansiella_kostnader" },
  ],
};
