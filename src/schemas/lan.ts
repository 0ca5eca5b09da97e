// Sweden's 21 län by their official names, for forbund.yaml `lan`: the start page lists the förbund
// by län. A name written without "län", or misspelt, gets the official one suggested.
import { distance } from "fastest-levenshtein";
import { z } from "zod";

export const LAN_NAMES = [
  "Blekinge län",
  "Dalarnas län",
  "Gotlands län",
  "Gävleborgs län",
  "Hallands län",
  "Jämtlands län",
  "Jönköpings län",
  "Kalmar län",
  "Kronobergs län",
  "Norrbottens län",
  "Skåne län",
  "Stockholms län",
  "Södermanlands län",
  "Uppsala län",
  "Värmlands län",
  "Västerbottens län",
  "Västernorrlands län",
  "Västmanlands län",
  "Västra Götalands län",
  "Örebro län",
  "Östergötlands län",
] as const;

export type Lan = (typeof LAN_NAMES)[number];

/** Lower case without diacritics, so that "jamtland" is compared with "Jämtlands län" letter by letter. */
const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** The län the writer most likely meant: the one name that starts as written ("Jämtland"), else one a few letters away. */
export function suggestLan(written: string): Lan | undefined {
  const text = plain(written);
  if (text.length < 3) return undefined;
  const starting = LAN_NAMES.filter((name) => plain(name).startsWith(text));
  if (starting.length === 1) return starting[0];
  const near = LAN_NAMES.map((name) => ({ name, d: distance(text, plain(name)) })).sort((a, b) => a.d - b.d);
  return near[0] && near[0].d <= 3 && near[0].d < (near[1]?.d ?? Infinity) ? near[0].name : undefined;
}

const expected = 'väntade ett av Sveriges 21 län med sitt officiella namn, t.ex. "Jämtlands län"';

export const lan = z.enum(LAN_NAMES, {
  error: (issue) => {
    if (typeof issue.input !== "string") return expected;
    const suggestion = suggestLan(issue.input);
    return `${expected}, fann ${JSON.stringify(issue.input)}${suggestion ? ` (menade du "${suggestion}"?)` : ""}`;
  },
});
