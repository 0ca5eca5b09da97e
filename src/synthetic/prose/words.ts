// Small helpers for the synthetic prose. The prose never types a figure: amounts, counts and
// shares are shortcodes bound to the data ({% belopp %}, {% tal %}, {% procent %}), and numbers
// in words are words, so the rule siffra-i-text has nothing to list.
import type { Random } from "../random.ts";

export interface ProseFile {
  /** "11-om-forbundet.md". */
  file: string;
  text: string;
}

const fractions: Record<string, string> = {
  "1/2": "hälften",
  "1/3": "en tredjedel",
  "1/4": "en fjärdedel",
  "1/5": "en femtedel",
  "1/6": "en sjättedel",
  "1/8": "en åttondel",
  "3/8": "tre åttondelar",
  "3/10": "tre tiondelar",
};

export const fractionWords = (fraction: string) => fractions[fraction] ?? "en andel";

const numbers = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton"];

/** A small number as a word ("åtta"); larger ones would be typed figures, so they are not used. */
export const numberWord = (n: number) => numbers[n] ?? "flera";

/** "A, B och C". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;
}

/** One of several ways to say the same thing. */
export const variant = (random: Random, ...texts: string[]) => random.pick(texts);

/** Paragraphs joined as Markdown. */
export const paragraphs = (...texts: (string | false | undefined)[]) => `${texts.filter(Boolean).join("\n\n")}\n`;
