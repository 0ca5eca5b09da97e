// Names a synthetic förbund draws from: its own name, its insatser and their functions, its bank
// accounts, forums and board members. A few carry an ampersand, so that every generated site
// exercises the escaping of data into HTML, CSV and PDF metadata.
import type { Random } from "./random.ts";

/** The förbund's name and short name for its municipalities ("Kramfors", …) in a län. */
export function forbundName(random: Random, lanName: string, lanShort: string, places: readonly string[], wholeLan: boolean): { name: string; short: string } {
  if (wholeLan) return { name: `Samordningsförbundet i ${lanName}`, short: lanShort };
  const [first, second] = places;
  if (places.length === 1)
    return random.pick([
      { name: `Samordningsförbundet ${first}`, short: first! },
      { name: `Finsam ${first}`, short: first! },
    ]);
  if (places.length === 2)
    return random.pick([
      { name: `Samordningsförbundet ${first} & ${second}`, short: `${first} & ${second}` },
      { name: `Finsamförbundet ${first}–${second}`, short: `${first}–${second}` },
    ]);
  return random.pick([
    { name: `Samordningsförbundet ${first} med grannkommuner`, short: `${first} m.fl.` },
    { name: `Samordningsförbundet Södra & Västra ${lanShort}`, short: `S & V ${lanShort}` },
    { name: `Samordningsförbundet Norra ${lanShort}`, short: `Norra ${lanShort}` },
    { name: `Samordningsförbundet ${lanShort} ${first}`, short: `${lanShort} ${first}` },
  ]);
}

export interface InsatsKind {
  /** Name pattern; {kommun} is one of the förbund's municipalities. */
  name: string;
  individual: boolean;
  functions: readonly string[];
  description: string;
}

export const insatsKinds: readonly InsatsKind[] = [
  {
    name: "STAR {kommun}",
    individual: true,
    functions: ["STAR-samordnare", "Individkoordinator/coach"],
    description: "Samverkansteam för arbetslivsinriktad rehabilitering där parterna gör gemensamma bedömningar och planer för individen.",
  },
  {
    name: "Jobbcenter {kommun}",
    individual: true,
    functions: ["Arbetskonsulent", "Handledare"],
    description: "Arbetsträning och stöd mot arbete för personer som står långt från arbetsmarknaden.",
  },
  {
    name: "IPS & BIP i {kommun}",
    individual: true,
    functions: ["IPS-coach"],
    description: "Individanpassat stöd till arbete enligt IPS-metoden, med arbetssätt från BIP-forskningen.",
  },
  {
    name: "Unga vuxna {kommun}",
    individual: true,
    functions: ["Koordinator unga vuxna", "Studie- och yrkesvägledare"],
    description: "Samordnat stöd för unga som varken arbetar eller studerar, med fokus på studier och första jobbet.",
  },
  {
    name: "Steget vidare {kommun}",
    individual: true,
    functions: ["Rehabkoordinator", "Arbetsterapeut"],
    description: "Förrehabiliterande gruppverksamhet och individuellt stöd för personer med sjukpenning eller aktivitetsersättning.",
  },
  {
    name: "Hälsa & arbete {kommun}",
    individual: true,
    functions: ["Rehabkoordinator primärvård"],
    description: "En länk mellan vårdcentralerna och de arbetsinriktade insatserna, så att vård och stöd mot arbete sker parallellt.",
  },
  {
    name: "Kompetensutveckling i samverkan",
    individual: false,
    functions: [],
    description: "Gemensamma utbildningsdagar och seminarier för medarbetare hos förbundets parter.",
  },
  {
    name: "Behovsanalys och uppföljning",
    individual: false,
    functions: ["Analytiker"],
    description: "Partsgemensam analys av målgruppernas behov, som underlag för styrelsens prioriteringar.",
  },
  {
    name: "Processledning STAR",
    individual: false,
    functions: ["Processledare"],
    description: "En gemensam processledare som håller ihop arbetssätt, uppföljning och metodstöd i teamen.",
  },
];

export const bankAccounts: readonly string[] = ["Plusgiro", "Företagskonto Swedbank", "Placeringskonto Swedbank", "Handelsbanken", "Nordea"];

export const forumEvents: readonly { name: string; kind: string }[] = [
  { name: "Analys- och kunskapsdagen", kind: "konferens" },
  { name: "Samverkansdagen", kind: "konferens" },
  { name: "Länskonferens UVAS", kind: "konferens" },
  { name: "Beroendedagen", kind: "konferens" },
  { name: "Digitala lärandeseminarier", kind: "webbinarier" },
  { name: "Frukostmöten för chefer", kind: "seminarier" },
  { name: "Nätverk för samordnare", kind: "nätverk" },
];

const firstNames = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael", "Åsa", "Örjan", "Linnea", "Björn"];
const lastNames = ["Andersson", "Berg", "Lindqvist", "Nyström", "Sjöberg", "Åkesson", "Holm", "Eriksson", "Wallin", "Öberg", "Sundin", "Hägglund"];
const parties = ["S", "M", "C", "V", "KD", "L", "MP", "SD"];

/** A board member's name as a protokoll writes it, with party for a politician. */
export function personName(random: Random, politician: boolean): string {
  const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  return politician ? `${name} (${random.pick(parties)})` : name;
}

/** The insats' name with one of the förbund's municipalities. */
export function insatsName(kind: InsatsKind, place: string): string {
  return kind.name.replace("{kommun}", place);
}
