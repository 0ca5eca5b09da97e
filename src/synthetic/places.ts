// Swedish län with their region and municipalities: where a synthetic förbund's members come from.
// Real names, so that the pages read like a real report (and exercise å, ä, ö); the förbund made
// from them are not real ones.

export interface Lan {
  /** "Dalarna": the short name. */
  short: string;
  /** "Dalarnas län". */
  lan: string;
  /** "Region Dalarna". */
  region: string;
  /** The municipalities, without "kommun". */
  municipalities: readonly string[];
  /** The förvaltningsrätt that hears appeals from the län. */
  court: string;
}

export const lans: readonly Lan[] = [
  {
    short: "Jämtland",
    lan: "Jämtlands län",
    region: "Region Jämtland Härjedalen",
    municipalities: ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"],
    court: "Förvaltningsrätten i Härnösand",
  },
  {
    short: "Västernorrland",
    lan: "Västernorrlands län",
    region: "Region Västernorrland",
    municipalities: ["Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik"],
    court: "Förvaltningsrätten i Härnösand",
  },
  {
    short: "Dalarna",
    lan: "Dalarnas län",
    region: "Region Dalarna",
    municipalities: ["Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika", "Malung-Sälen", "Mora", "Orsa", "Rättvik", "Smedjebacken"],
    court: "Förvaltningsrätten i Falun",
  },
  {
    short: "Västerbotten",
    lan: "Västerbottens län",
    region: "Region Västerbotten",
    municipalities: ["Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå", "Sorsele", "Storuman", "Umeå", "Vännäs"],
    court: "Förvaltningsrätten i Umeå",
  },
  {
    short: "Norrbotten",
    lan: "Norrbottens län",
    region: "Region Norrbotten",
    municipalities: ["Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn"],
    court: "Förvaltningsrätten i Luleå",
  },
  {
    short: "Gävleborg",
    lan: "Gävleborgs län",
    region: "Region Gävleborg",
    municipalities: ["Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker", "Sandviken", "Söderhamn"],
    court: "Förvaltningsrätten i Falun",
  },
  {
    short: "Värmland",
    lan: "Värmlands län",
    region: "Region Värmland",
    municipalities: ["Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil", "Kristinehamn", "Sunne", "Torsby"],
    court: "Förvaltningsrätten i Karlstad",
  },
  {
    short: "Örebro",
    lan: "Örebro län",
    region: "Region Örebro län",
    municipalities: ["Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg", "Lindesberg", "Nora", "Örebro"],
    court: "Förvaltningsrätten i Karlstad",
  },
  {
    short: "Kalmar",
    lan: "Kalmar län",
    region: "Region Kalmar län",
    municipalities: [
      "Borgholm",
      "Emmaboda",
      "Hultsfred",
      "Högsby",
      "Kalmar",
      "Mönsterås",
      "Mörbylånga",
      "Nybro",
      "Oskarshamn",
      "Torsås",
      "Vimmerby",
      "Västervik",
    ],
    court: "Förvaltningsrätten i Växjö",
  },
  {
    short: "Kronoberg",
    lan: "Kronobergs län",
    region: "Region Kronoberg",
    municipalities: ["Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult"],
    court: "Förvaltningsrätten i Växjö",
  },
  {
    short: "Östergötland",
    lan: "Östergötlands län",
    region: "Region Östergötland",
    municipalities: [
      "Boxholm",
      "Finspång",
      "Kinda",
      "Linköping",
      "Mjölby",
      "Motala",
      "Norrköping",
      "Söderköping",
      "Vadstena",
      "Valdemarsvik",
      "Ydre",
      "Ödeshög",
    ],
    court: "Förvaltningsrätten i Linköping",
  },
  {
    short: "Halland",
    lan: "Hallands län",
    region: "Region Halland",
    municipalities: ["Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg"],
    court: "Förvaltningsrätten i Göteborg",
  },
  {
    short: "Blekinge",
    lan: "Blekinge län",
    region: "Region Blekinge",
    municipalities: ["Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg"],
    court: "Förvaltningsrätten i Växjö",
  },
  {
    short: "Sörmland",
    lan: "Södermanlands län",
    region: "Region Sörmland",
    municipalities: ["Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa", "Vingåker"],
    court: "Förvaltningsrätten i Linköping",
  },
  {
    short: "Västmanland",
    lan: "Västmanlands län",
    region: "Region Västmanland",
    municipalities: ["Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg", "Sala", "Skinnskatteberg", "Surahammar", "Västerås"],
    court: "Förvaltningsrätten i Uppsala",
  },
  {
    short: "Uppsala",
    lan: "Uppsala län",
    region: "Region Uppsala",
    municipalities: ["Enköping", "Heby", "Håbo", "Knivsta", "Tierp", "Uppsala", "Älvkarleby", "Östhammar"],
    court: "Förvaltningsrätten i Uppsala",
  },
];

/** "Bergs kommun", "Åre kommun", "Kramfors kommun": the genitive s, left out after a vowel or s. */
export function municipalityName(place: string): string {
  return /[aeiouyåäös]$/i.test(place) ? `${place} kommun` : `${place}s kommun`;
}
