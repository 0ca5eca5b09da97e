// A consistent årsredovisning (resultaträkning, balansräkning, kassaflödesanalys and notes, two
// years) built from a few free figures, with every sum stated as it is computed: the base of the
// property-based and rule tests of the financial statements.
import { type Arsredovisning, arsredovisningSchema } from "../../src/schemas/arsredovisning/index.ts";

export interface StatementFigures {
  /** Per year: [2025, 2024]. Income and its split in note 1, costs (positive) and their split in note 2. */
  intakter: [number, number];
  intakterFirstRow: [number, number];
  kostnader: [number, number];
  kostnaderFirstRow: [number, number];
  finansiella: [number, number];
  fordringar: [number, number];
  kassa: [number, number];
  avsattningar: [number, number];
  /** Equity at the start of 2024 and cash at the start of 2024. */
  equityOpening2024: number;
  cashOpening2024: number;
  /** The 2024 kassaflöde's adjustment for avsättningar and change of fordringar (the 2023 balances are not in the report). */
  justering2024: number;
  fordringarChange2024: number;
}

export const statementYears = ["2025", "2024"] as const;

export function consistentStatements(f: StatementFigures): Arsredovisning {
  const at = (pair: [number, number]) => ({ 2025: pair[0], 2024: pair[1] });
  const resultat = [0, 1].map((i) => f.intakter[i]! - f.kostnader[i]! - f.finansiella[i]!) as [number, number];
  const verksamhetens = [0, 1].map((i) => f.intakter[i]! - f.kostnader[i]!) as [number, number];
  const ek2024 = f.equityOpening2024 + resultat[1];
  const ek = [ek2024 + resultat[0], ek2024] as [number, number];
  const tillgangar = [0, 1].map((i) => f.fordringar[i]! + f.kassa[i]!) as [number, number];
  const skulder = [0, 1].map((i) => tillgangar[i]! - ek[i]! - f.avsattningar[i]!) as [number, number];
  // Kassaflöde 2025 from the balansräkning's changes; 2024's changes as written, so that cash reaches kassa.
  const justering: [number, number] = [f.avsattningar[0] - f.avsattningar[1], f.justering2024];
  const fordringarChange: [number, number] = [-(f.fordringar[0] - f.fordringar[1]), f.fordringarChange2024];
  const flow2024 = f.kassa[1] - f.cashOpening2024;
  const skulderChange: [number, number] = [skulder[0] - skulder[1], flow2024 - resultat[1] - justering[1] - fordringarChange[1]];
  const fore = [0, 1].map((i) => resultat[i]! + justering[i]!) as [number, number];
  const lopande = [0, 1].map((i) => fore[i]! + skulderChange[i]! + fordringarChange[i]!) as [number, number];

  return arsredovisningSchema.parse({
    decided: "2026-03-13",
    resultatrakning: {
      years: [2025, 2024],
      entries: [
        { id: "intakter", label: "Verksamhetens intäkter", note: 1, values: at(f.intakter) },
        { id: "kostnader", label: "Verksamhetens kostnader", note: 2, values: at([-f.kostnader[0], -f.kostnader[1]]) },
        { id: "verksamhetens_resultat", sum: "Verksamhetens resultat", stated: at(verksamhetens) },
        { id: "finansiella", label: "Finansiella kostnader", values: at([-f.finansiella[0], -f.finansiella[1]]) },
        { id: "arets_resultat", sum: "Årets resultat", of: ["verksamhetens_resultat", "finansiella"], stated: at(resultat) },
      ],
    },
    balansrakning: {
      years: [2025, 2024],
      entries: [
        { heading: "TILLGÅNGAR" },
        { id: "fordringar", label: "Fordringar", note: 3, note_part: "fordringar", values: at(f.fordringar) },
        { id: "kassa", label: "Kassa och bank", note: 3, note_part: "kassa", values: at(f.kassa) },
        { id: "omsattning", sum: "Summa omsättningstillgångar", of: ["fordringar", "kassa"], stated: at(tillgangar) },
        { id: "tillgangar", sum: "SUMMA TILLGÅNGAR", of: ["omsattning"], stated: at(tillgangar) },
        { heading: "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER" },
        {
          id: "ek_ingaende",
          label: "Eget kapital vid räkenskapsårets början",
          opening_of: "eget_kapital",
          values: { 2024: f.equityOpening2024 },
          stated: { 2025: ek2024 },
        },
        { id: "ek_resultat", label: "Årets resultat", from: "resultatrakning.arets_resultat", stated: at(resultat) },
        { id: "eget_kapital", sum: "Eget kapital", of: ["ek_ingaende", "ek_resultat"], stated: at(ek) },
        { id: "avsattningar", label: "Avsättningar för pensioner", note: 4, values: at(f.avsattningar) },
        { id: "skulder", label: "Kortfristiga skulder", values: at(skulder) },
        { id: "summa_skulder", sum: "SUMMA EGET KAPITAL, AVSÄTTNINGAR, SKULDER", of: ["eget_kapital", "avsattningar", "skulder"], stated: at(tillgangar) },
      ],
    },
    kassaflodesanalys: {
      years: [2025, 2024],
      entries: [
        { id: "resultat", label: "Årets resultat", from: "resultatrakning.arets_resultat", stated: at(resultat) },
        { id: "justering", label: "Justering för gjorda avsättningar", values: at(justering) },
        { id: "fore_rorelsekapital", sum: "Medel före förändring av rörelsekapital", of: ["resultat", "justering"], stated: at(fore) },
        { id: "skulder", label: "Ökning/minskning kortfristiga skulder", values: at(skulderChange), change_of: "balansrakning.skulder" },
        { id: "fordringar", label: "Ökning/minskning kortfristiga fordringar", values: at(fordringarChange), change_of: "-balansrakning.fordringar" },
        { id: "lopande", sum: "Kassaflöde för den löpande verksamheten", of: ["fore_rorelsekapital", "skulder", "fordringar"], stated: at(lopande) },
        { id: "arets_kassaflode", sum: "Årets kassaflöde", of: ["lopande"], stated: at(lopande) },
        {
          id: "likvida_borjan",
          label: "Likvida medel vid årets början",
          opening_of: "likvida_slut",
          values: { 2024: f.cashOpening2024 },
          stated: { 2025: f.kassa[1] },
        },
        { id: "likvida_slut", sum: "Likvida medel vid årets slut", of: ["likvida_borjan", "arets_kassaflode"], stated: at(f.kassa) },
      ],
    },
    noter: [
      {
        number: 1,
        title: "Verksamhetens intäkter",
        rows: [
          { label: "Bidrag", values: at(f.intakterFirstRow) },
          { label: "Övriga intäkter", values: at([f.intakter[0] - f.intakterFirstRow[0], f.intakter[1] - f.intakterFirstRow[1]]) },
        ],
        stated_sum: at(f.intakter),
      },
      {
        number: 2,
        title: "Verksamhetens kostnader",
        rows: [
          { label: "Bidrag till insatser", values: at(f.kostnaderFirstRow) },
          { label: "Övriga kostnader", values: at([f.kostnader[0] - f.kostnaderFirstRow[0], f.kostnader[1] - f.kostnaderFirstRow[1]]) },
        ],
        stated_sum: at(f.kostnader),
      },
      {
        number: 3,
        title: "Omsättningstillgångar",
        rows: [
          { label: "Kundfordringar", part: "fordringar", values: at(f.fordringar) },
          { label: "Bank", part: "kassa", values: at(f.kassa) },
        ],
        stated_sum: at(tillgangar),
      },
      { number: 4, title: "Avsättningar", rows: [{ label: "Pensioner", values: at(f.avsattningar) }], stated_sum: at(f.avsattningar) },
    ],
  });
}

/** Index of the entry with this id in a statement. */
export function entryIndex(data: Arsredovisning, statement: "resultatrakning" | "balansrakning" | "kassaflodesanalys", id: string): number {
  return data[statement]!.entries.findIndex((entry) => "id" in entry && entry.id === id);
}
