// The financial statements and notes of a synthetic årsredovisning. Only the year's figures are
// written; last year's column is read from last year's report, the driftsredovisning's lines from
// the year's driftsredovisning, and opening balances from last year's closing — the first year
// writes its opening balances. Totals are stated as computed.
import type { Actual } from "../economy.ts";
import type { ForbundModel } from "../model.ts";

const kassaLabels = ["Plusgiro", "Företagskonto", "Placeringskonto"];
const fordringarRows = [
  { id: "medel_pa_skattekontot", label: "Medel på skattekontot" },
  { id: "momsfordran", label: "Momsfordran" },
  { id: "forutbetalda_kostnader", label: "Förutbetalda kostnader" },
  { id: "ovriga_kortfristiga_fordringar", label: "Övriga kortfristiga fordringar" },
];
const skulderRows = [
  { id: "leverantorsskulder", label: "Leverantörsskulder" },
  { id: "skuld_insatser", label: "Skuld insatser (ej rekvirerade/fakturerade)" },
  { id: "upplupna_semesterloner", label: "Upplupna semesterlöner" },
  { id: "upplupna_sociala_avgifter", label: "Upplupna sociala avgifter" },
  { id: "personalens_kallskatt", label: "Personalens källskatt" },
];

export function statements(model: ForbundModel, actual: Actual): object {
  const { year } = actual;
  const first = year === model.years[0];
  const years = first ? [year] : [year, year - 1];
  const at = (value: number | string) => ({ [year]: value });
  const { opening, closing } = actual;
  const verksamhetens = actual.medlemsbidrag + (actual.ovrigaIntakter ?? 0) - actual.insatsfinansiering - actual.personal - actual.drift;
  const tillgangar = closing.fordringar + closing.kassa;
  const justering = closing.avsattningar - opening.avsattningar;
  const fore = actual.resultat + justering;
  const lopande = fore + (closing.skulder - opening.skulder) - (closing.fordringar - opening.fordringar);
  const avtalad = actual.avtalad.reduce((sum, a) => sum + a.amount, 0);
  const previous = model.economy.actuals.find((a) => a.year === year - 1);
  const { identity } = model;
  const bank = model.random.fork("bank").pick(["Swedbank", "Handelsbanken", "Nordea", "SEB"]);

  return {
    resultatrakning: {
      years,
      column_labels: Object.fromEntries(years.map((y) => [y, `${y}-01-01 – ${y}-12-31`])),
      entries: [
        { id: "intakter", label: "Verksamhetens intäkter", note: 1, driftsredovisning: "intakter" },
        { id: "kostnader", label: "Verksamhetens kostnader", note: 2, driftsredovisning: "kostnader" },
        { id: "verksamhetens_resultat", sum: "Verksamhetens resultat", stated: at(verksamhetens) },
        { id: "finansiella", label: "Finansiella poster", driftsredovisning: "finansiella_poster" },
        { id: "arets_resultat", sum: "Årets resultat", stated: at(actual.resultat) },
      ],
    },
    balansrakning: {
      years,
      entries: [
        { heading: "TILLGÅNGAR" },
        { heading: "Omsättningstillgångar" },
        { id: "fordringar", label: "Fordringar", note: 3, note_part: "fordringar", values: at(closing.fordringar) },
        { id: "kassa", label: "Kassa och bank", note: 3, note_part: "kassa", values: at(closing.kassa) },
        { id: "omsattning", sum: "Summa omsättningstillgångar", of: ["fordringar", "kassa"], strong: false, stated: at(tillgangar) },
        { id: "tillgangar", sum: "SUMMA TILLGÅNGAR", of: ["omsattning"], stated: at(tillgangar) },
        { heading: "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER" },
        { heading: "Eget kapital" },
        {
          id: "ek_ingaende",
          label: "Eget kapital vid räkenskapsårets början",
          opening_of: "eget_kapital",
          ...(first ? { values: at(opening.egetKapital) } : {}),
        },
        { id: "ek_resultat", label: "Årets resultat", from: "resultatrakning.arets_resultat" },
        { id: "eget_kapital", sum: "Eget kapital", of: ["ek_ingaende", "ek_resultat"], stated: at(closing.egetKapital) },
        { heading: "Avsättningar" },
        { id: "avsattningar", label: "Avsättningar för pensioner och liknande förpliktelser", note: 4, values: at(closing.avsattningar) },
        { heading: "Skulder" },
        { id: "skulder", label: "Kortfristiga skulder", note: 5, values: at(closing.skulder) },
        { id: "summa_skulder", sum: "SUMMA EGET KAPITAL, AVSÄTTNINGAR, SKULDER", of: ["eget_kapital", "avsattningar", "skulder"], stated: at(tillgangar) },
        { heading: "PANTER OCH ANSVARSFÖRBINDELSER" },
        { id: "avtalad_finansiering", label: "Återstående belopp för avtalad finansiering", note: 6, values: at(avtalad) },
      ],
    },
    kassaflodesanalys: {
      years,
      entries: [
        { id: "resultat", label: "Årets resultat", from: "resultatrakning.arets_resultat" },
        {
          id: "justering",
          sum: "Justering för ej likviditetspåverkande poster",
          of: ["just_avskrivningar", "just_avsattningar"],
          strong: false,
          stated: at(justering),
        },
        { id: "fore_rorelsekapital", sum: "Medel från verksamheten före förändring av rörelsekapital", of: ["resultat", "justering"], stated: at(fore) },
        {
          id: "skulder",
          label: "Ökning/minskning kortfristiga skulder",
          values: at(closing.skulder - opening.skulder),
          change_of: "balansrakning.skulder",
        },
        {
          id: "fordringar",
          label: "Ökning/minskning kortfristiga fordringar",
          values: at(opening.fordringar - closing.fordringar),
          change_of: "-balansrakning.fordringar",
        },
        { id: "lopande", sum: "Kassaflöde för den löpande verksamheten", of: ["fore_rorelsekapital", "skulder", "fordringar"], stated: at(lopande) },
        { id: "investering", label: "Kassaflöde från investeringsverksamheten", strong: true },
        { id: "finansiering", label: "Kassaflöde från finansieringsverksamheten", strong: true },
        { id: "arets_kassaflode", sum: "Årets kassaflöde", of: ["lopande", "investering", "finansiering"], stated: at(lopande) },
        { id: "likvida_borjan", label: "Likvida medel vid årets början", opening_of: "likvida_slut", ...(first ? { values: at(opening.kassa) } : {}) },
        { id: "likvida_slut", sum: "Likvida medel vid årets slut", of: ["likvida_borjan", "arets_kassaflode"], strong: false, stated: at(closing.kassa) },
        { heading: "Specifikation av ej likviditetspåverkande poster" },
        { id: "just_avskrivningar", label: "Justering för av- och nedskrivningar", values: at(0) },
        { id: "just_avsattningar", label: "Justering för gjorda avsättningar", values: at(justering), change_of: "balansrakning.avsattningar" },
      ],
    },
    noter: [
      {
        number: 1,
        title: "Verksamhetens intäkter",
        rows: (() => {
          const state = Math.round(actual.medlemsbidrag / 2);
          const region = Math.round(actual.medlemsbidrag * identity.regionShare);
          return [
            { id: "bidrag_forsakringskassan", label: "Bidrag Försäkringskassan", values: at(state) },
            { id: "bidrag_regionen", label: `Bidrag ${identity.region}`, values: at(region) },
            { id: "bidrag_kommuner", label: "Bidrag kommuner", values: at(actual.medlemsbidrag - state - region) },
            { id: "ovriga_intakter", label: "Övriga intäkter", values: at(actual.ovrigaIntakter ?? "-") },
          ];
        })(),
        stated_sum: at(actual.medlemsbidrag + (actual.ovrigaIntakter ?? 0)),
      },
      {
        number: 2,
        title: "Verksamhetens kostnader",
        costs_positive: true,
        rows: [
          { id: "bidrag_till_insatser", label: "Bidrag till insatser", driftsredovisning: "insatsfinansiering" },
          { id: "aktivitets_och_driftskostnader", label: "Aktivitets- och driftskostnader", driftsredovisning: "drift_aktiviteter" },
          { id: "personalkostnader", label: "Personalkostnader", driftsredovisning: "personalkostnader" },
        ],
        stated_sum: at(actual.insatsfinansiering + actual.personal + actual.drift),
      },
      {
        number: 3,
        title: "Omsättningstillgångar",
        rows: [
          ...actual.kassaParts.map((value, i) => ({ id: `bank_${i + 1}`, label: `${kassaLabels[i]} ${bank}`, part: "kassa", values: at(value) })),
          ...actual.fordringarParts.map((value, i) => ({ ...fordringarRows[i]!, part: "fordringar", values: at(value) })),
        ],
        stated_sum: at(tillgangar),
      },
      {
        number: 4,
        title: "Avsättningar för pensioner",
        sum_label: "Utgående avsättning för pensioner",
        rows: [
          {
            id: "ingaende_avsattning",
            label: "Ingående avsättning (inkl. skatt)",
            strong: true,
            opening: true,
            ...(first ? { values: at(opening.avsattningar) } : {}),
          },
          { id: "intjanad_pension", label: "Intjänad pension", values: at(actual.pension.intjanad) },
          { id: "forandring_pensionsavsattningar", label: "Förändring p.g.a. ränte- och basbeloppsändringar", values: at(actual.pension.forandring) },
          { id: "arets_utbetalningar", label: "Årets utbetalningar", values: at(actual.pension.utbetalningar) },
          { id: "forandring_av_loneskatt", label: "Förändring av löneskatt", values: at(actual.pension.loneskatt) },
        ],
        stated_sum: at(closing.avsattningar),
      },
      {
        number: 5,
        title: "Kortfristiga skulder",
        rows: actual.skulderParts.map((value, i) => ({ ...skulderRows[i]!, values: at(value) })),
        stated_sum: at(closing.skulder),
      },
      {
        number: 6,
        title: "Återstående belopp för avtalad finansiering av samverkansinsatser",
        // Last year's column is last year's note, row by row: an insats whose funding has ended keeps
        // its row (a dash this year), and a row last year's report did not have gets a dash for last year.
        rows: [
          ...(previous?.avtalad ?? []).filter((p) => !actual.avtalad.some((a) => a.id === p.id)).map((p) => ({ id: p.id, label: p.name, values: at("-") })),
          ...actual.avtalad.map((a) => ({
            id: a.id,
            label: a.name,
            values: previous && !previous.avtalad.some((p) => p.id === a.id) ? { [year]: a.amount, [year - 1]: "-" } : at(a.amount),
          })),
        ],
        stated_sum: at(avtalad),
      },
    ],
  };
}
