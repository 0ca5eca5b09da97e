// The JSON Schema a form is generated from: the one src/scaffold/json-schemas.ts makes from the
// kind's Zod schema (so a field added to a schema is in the form with no editor code changed),
// with a Swedish title on every property — from the glossary below where the key is an English
// word, else the key itself (utfall, budget, prognos are Swedish already) — and `$defs` written as
// `definitions`, which the form library resolves.
import { jsonSchemas } from "../scaffold/json-schemas.ts";

/** Swedish titles of the English keys the schemas use. */
export const keyTitles: Record<string, string> = {
  title: "Titel",
  label: "Text",
  sum_label: "Text på summaraden",
  rows: "Rader",
  unit: "Enhet",
  decided: "Beslutsdatum",
  decided_note: "Om beslutsdatumet",
  decision_label: "Text före beslutsdatumet",
  years: "År",
  id: "Id",
  caption: "Tabellrubrik",
  stated: "Angivet i dokumentet",
  stated_sum: "Angiven summa",
  name: "Namn",
  short_name: "Kort namn",
  amount: "Belopp",
  amounts: "Belopp per år",
  period: "Period",
  from: "Från",
  to: "Till",
  text: "Text",
  heading: "Rubrik",
  description: "Beskrivning",
  members: "Medlemmar",
  kind: "Slag",
  source: "Källa",
  target: "Mål",
  value: "Värde",
  values: "Värden",
  comment: "Kommentar",
  goal: "Mål",
  goals: "Mål",
  status: "Status",
  risk: "Risk",
  risks: "Risker",
  area: "Område",
  control: "Kontrollmoment",
  method: "Metod",
  responsible: "Ansvarig",
  follow_up: "Uppföljning",
  scale: "Skala",
  plan_line: "Budgetrad i planen",
  grows: "Växer bara under året",
  balance: "Känt eget kapital",
  recommended_share: "Rekommenderad andel",
  show: "Visa",
  opening_label: "Text för ingående eget kapital",
  closing_label: "Text för utgående eget kapital",
  rounding: "Avrundning",
  insatser: "Insatser",
  participants: "Deltagare",
  enrolled: "Inskrivna",
  new: "Nya",
  ended: "Avslutade",
  total: "Alla",
  women: "Kvinnor",
  men: "Män",
  meeting: "Sammanträde",
  paragraphs: "Paragrafer",
  number: "Nummer",
  date: "Datum",
  place: "Plats",
  start: "Start",
  end: "Slut",
  owner: "Ägare",
  funding: "Finansiering",
  share: "Andel",
  min_amount: "Minsta belopp",
  privacy: "Skydd för små antal",
  min_count: "Minsta antal som visas",
  // Swedish words the keys write without å, ä, ö, and the årsredovisning's English parts.
  contents_as_printed: "Innehåll som tryckt",
  overview: "Översikt",
  surveys: "Enkäter",
  forums: "Samverkansforum",
  economy: "Ekonomi",
  resultatrakning: "Resultaträkning",
  balansrakning: "Balansräkning",
  kassaflodesanalys: "Kassaflödesanalys",
  bokforing: "Bokföring",
  intakter: "Intäkter",
  finansiella_poster: "Finansiella poster",
  eget_kapital: "Eget kapital",
  periodiserad_budget: "Periodiserad budget",
  prognos_default: "Förvald prognos",
  internkontroll: "Intern kontroll",
  resultatmal: "Resultatmål",
  verksamhetsresultat_label: "Text för verksamhetsresultatet",
  resultat_label: "Text för årets resultat",
  verksamhetsresultat_stated: "Angivet verksamhetsresultat",
  resultat_stated: "Angivet resultat",
  ingaende: "Ingående",
  justering: "Justering",
  ledamoter: "Ledamöter",
  ersattare: "Ersättare",
  signatures: "Underskrifter",
  entries: "Rader",
  questions: "Frågor",
  stated_figures: "Angivna siffror i texten",
  text_figures: "Belopp i texten",
  figures: "Figurer",
  summaries: "Summeringsrader",
  logo: "Logotyp",
  accent_color: "Accentfärg",
  publish_granskning: "Publicera granskningen",
  funding_shares: "Finansieringsandelar",
  ownership: "Ägarandel",
  state: "Staten",
  region: "Regionen",
  municipality: "Kommunerna",
  chart: "Diagram",
  row: "Rad",
  line: "Rad",
  note: "Not",
  rules: "Regler",
  fte_year: "Årsarbetare (år)",
  other_goals: "Övriga mål",
  of: "Av",
  after: "Efter",
  stated_opening: "Angivet ingående värde",
  stated_closing: "Angivet utgående värde",
  at: "Vid",
  year: "År",
  basis: "Underlag",
  group: "Grupp",
  owner_role: "Ägarroll",
  co_parties: "Samverkande parter",
  funding_label: "Rubrik för finansieringen",
  funding_text: "Text om finansieringen",
  funding_note: "Not om finansieringen",
  functions: "Funktioner",
  fte: "Årsarbetare",
  intro: "Inledning",
  numbered: "Numrerad",
  comparator: "Jämförelse",
  measure: "Mått",
  per_year: "Per år",
  levels: "Nivåer",
  ambitions: "Ambitionsnivåer",
  lines: "Rader",
  as_cost: "Som kostnad",
  quotes: "Citat",
  section: "Avsnitt",
  where: "Var",
  approximate: "Ungefärligt",
  precision: "Precision",
  contribution: "Bidrag",
  emphasis: "Betoning",
  hide_sum: "Dölj summan",
  file: "Fil",
  sha256: "Kontrollsumma (SHA-256)",
  sums: "Kontrollsummor",
  pbudget: "Periodiserad budget (#PBUDGET)",
  page: "Sida",
  history_years: "År i historiken",
  exit_status: "Status vid avslut",
  with_psychiatry: "Med psykiatrins medverkan",
  with_psychiatry_share: "Andel med psykiatrins medverkan",
  anonymous: "Anonyma",
  not_stated: "Ej angivet",
  prefix: "Förled",
  register_values: "Registrets värden",
  approx_total: "Ungefärligt totalt",
  enrolled_share: "Andel inskrivna",
  by_party: "Per part",
  party: "Part",
  to_work_study: "Till arbete eller studier",
  to_work_programme: "Till arbetsinriktad insats",
  respondents: "Svarande",
  n: "Antal",
  share_of_ended: "Andel av avslutade",
  survey: "Enkät",
  question: "Fråga",
  results: "Resultat",
  events: "Händelser",
  ambition: "Ambitionsnivå",
  declared: "Angivet",
  prose: "Textavsnitt",
  plan_goal: "Mål i planen",
  max: "Högst",
  path: "Sökväg",
  previous: "Föregående",
  funded_positions: "Finansierade tjänster",
  cost_details: "Kostnadsspecifikation",
  cost_details_of: "Specifikation av",
  individual_cost_rows: "Kostnadsrader per insats",
  member_contribution_row: "Medlemsbidragets rad",
  equity_recommended_share: "Rekommenderad andel eget kapital",
  next_year: "Nästa år",
  column_labels: "Kolumnrubriker",
  sum: "Summa",
  strong: "Fetstil",
  note_part: "Notdel",
  opening_of: "Ingående värde för",
  change_of: "Förändring av",
  costs_positive: "Kostnader som positiva tal",
  footnote: "Fotnot",
  opening: "Ingående",
  part: "Del",
  marks: "Markeringar",
  account: "Konto",
  organ: "Organ",
  others: "Övriga",
  kept_at: "Förvaras hos",
  announced_on: "Tillkännagivet",
  role: "Roll",
  digital: "Digitalt",
  posted: "Anslaget",
  appeal_to: "Överklagas till",
  appointed_by: "Utsedd av",
  decides: "Beslutar",
  present: "Närvarande",
  mode: "Sätt",
  sections: "Avsnitt",
  table: "Tabell",
  meetings: "Sammanträden",
  columns: "Kolumner",
  what: "Vad",
  time: "Tid",
  board: "Styrelse",
  unmapped: "Utan rad i kontoplanen",
  referrals: "Remitterade deltagare",
  lan: "Län",
  anstallda: "Anställda",
  arets_resultat: "Årets resultat",
  tillgangar: "Tillgångar",
  avsattningar: "Avsättningar",
  utgaende: "Utgående",
  foregaende_utgaende: "Föregående utgående",
  kassa_och_bank: "Kassa och bank",
  fnamn: "Företagsnamn (#FNAMN)",
  orgnr: "Organisationsnummer",
};

export const titleOf = (key: string): string => keyTitles[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replaceAll("_", " ");

type Json = Record<string, unknown>;

/** Keys whose texts run over lines: paragraphs of a protokoll, descriptions, comments. */
const longTextKeys = new Set(["text", "description", "intro", "kommentar", "comment", "risk", "control", "method", "basis", "decided_note", "funding_text"]);

/** The name of a choice of a field that may be one of several things (an amount or "-"). */
function choiceTitle(schema: Json): string | undefined {
  if (schema.const === "-") return "tom cell (–)";
  if (schema.type === "number" || schema.type === "integer") return "tal";
  if (schema.type === "string") return "text";
  if (schema.type === "object") return "fält";
  if (schema.type === "array") return "lista";
  return undefined;
}

const datePattern = "^\\d{4}-\\d{2}-\\d{2}$";

function withTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withTitles);
  if (typeof node !== "object" || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      out.properties = Object.fromEntries(
        Object.entries(value as Json).map(([name, schema]) => {
          const titled = withTitles(schema) as Json;
          // Running text (markdown, several lines) in a text area, not a one-line field.
          const area = longTextKeys.has(name) && titled.type === "string" && !titled.enum && titled.const === undefined ? { format: "textarea" } : {};
          // A date (2026-03-13) in the browser's date field, which gives and takes the same form.
          const date = titled.type === "string" && titled.pattern === datePattern ? { format: "date" } : {};
          return [name, { title: titleOf(name), ...titled, ...area, ...date }];
        }),
      );
    } else if ((key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      out[key] = value.map((choice) => {
        const titled = withTitles(choice) as Json;
        const title = choiceTitle(titled);
        return title && !titled.title ? { title, ...titled } : titled;
      });
    } else if (key === "items" && typeof value === "object" && value !== null && !Array.isArray(value)) {
      // A list's entries are numbered under their own word ("rad 1"), not the library's "item".
      out.items = { title: "rad", ...(withTitles(value) as Json) };
    } else out[key] = withTitles(value);
  }
  return out;
}

export function formSchema(kind: string): Json | undefined {
  const text = jsonSchemas()[`${kind}.schema.json`];
  if (!text) return undefined;
  const json = JSON.parse(text.replaceAll('"#/$defs/', '"#/definitions/')) as Json;
  if (json.$defs) {
    json.definitions = json.$defs;
    delete json.$defs;
  }
  delete json.$schema;
  return withTitles(json) as Json;
}
