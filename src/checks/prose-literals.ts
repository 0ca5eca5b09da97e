// Rule "siffra-i-text": a figure typed into prose (or a protokoll's text) instead of bound to the
// data with a shortcode is invisible to every other rule. This module finds such numbers in a
// text: Nunjucks, code, link targets and footnote labels are masked first (positions kept, so the
// lines stay right), then the patterns that are not figures — dates, years, section and paragraph
// numbers, law references, times, phone numbers, postal codes, diarienummer, ordinals — and what
// is left is a literal figure. `{% ordagrant "16–29" %}` marks one as written on purpose.
import type { ProseSection } from "../data/prose.ts";
import type { DocumentRef, Finding, Severity } from "./finding.ts";

/** A number typed into a text. */
export interface LiteralNumber {
  /** 1-based line in the text. */
  line: number;
  /** 0-based column (UTF-16 units) in that line. */
  column: number;
  /** Length of the number in the source (a following "%" not included). */
  length: number;
  /** The number as written: "6", "0,5", "16–29", "20%". */
  text: string;
  /** The sentence around it, shortened, with shortcodes and values shown as "…". */
  excerpt: string;
}

/**
 * The mark of a number written as it is on purpose: `{% ordagrant "16–29" %}` prints "16–29", with
 * the space around it kept unless `{%-` or `-%}` trims it, as Nunjucks does.
 */
const LITERAL_TAG = /(\s*)\{%(-?)\s*ordagrant\s+"([^"]*)"\s*(-?)%\}(\s*)/g;

/** A text with every `{% ordagrant "…" %}` replaced by what it marks (for text that is not a Nunjucks template: a protokoll's). */
export function literalAsWritten(text: string): string {
  return text.replace(LITERAL_TAG, (_, before: string, trimBefore: string, written: string, trimAfter: string, after: string) =>
    [trimBefore ? "" : before, written, trimAfter ? "" : after].join(""),
  );
}

// What masking leaves in place of a construct: no letter, digit or space, so nothing next to it is
// read as glued to a word.
const FILL = "\uE000";

const MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec";
const WEEKDAYS = "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors|tor|fre|lör|sön";
// Words after which a number names a place in a document or a step, not a quantity.
const LABELS =
  "tabell|tabellerna|figur|figurerna|fig\\.|bilaga|bilagan|bilagorna|not|noten|noterna|noter|sidan|sida|sidorna|sid\\.|s\\.|avsnitt|avsnitten|" +
  "box|kapitel|kapitlen|kap\\.|punkt|punkten|punkterna|paragraf|paragraferna|bild|diagram|steg|fas|etapp|version|nr|nummer|rad|raden|raderna|fråga|frågorna";
// Lookbehinds, kept as strings: not after a letter, digit or underscore; not after a digit; not
// after a digit or a decimal comma; not after a backtick.
const NOT_LETTER = "(?<![\\p{L}\\p{N}_])";
const NOT_DIGIT = "(?<!\\d)";
const NOT_NUMBER = "(?<![\\d,])";
const NOT_BACKTICK = "(?<!`)";
const RANGE_TAIL = "(?:\\s?(?:[-–,]|och|eller|samt|resp\\.|respektive)\\s?\\d+[a-z]?)*";

/**
 * Patterns in the (masked) text that hold digits but are not figures, each masked before numbers
 * are read. Order matters where one could take part of another: a full date before its year, a
 * postal code before a reference ("Box 1, 831 90 Östersund").
 */
const NOT_FIGURES: { name: string; pattern: RegExp }[] = [
  // 2025-11-28; an organisation number 222000-1234.
  { name: "datum", pattern: new RegExp(`${NOT_DIGIT}\\d{4}-\\d{2}-\\d{2}(?!\\d)`, "g") },
  { name: "organisationsnummer", pattern: new RegExp(`${NOT_DIGIT}\\d{6}-\\d{4}(?!\\d)`, "g") },
  // "831 90 Östersund": a postal code before a place name.
  { name: "postnummer", pattern: new RegExp(`${NOT_NUMBER}(?:SE-?)?\\d{3}\\s\\d{2}(?=\\s+\\p{Lu})`, "gu") },
  // "28 november 2025", "6 okt", "12-13 nov", "den 1 juli".
  { name: "datum", pattern: new RegExp(`${NOT_LETTER}\\d{1,2}(?:\\s?[-–]\\s?\\d{1,2})?\\.?\\s+(?:${MONTHS})\\.?(?![\\p{L}])`, "giu") },
  // "fre 13/3", "den 27/11": a day and month after a weekday or "den" (2/3 alone is a fraction).
  { name: "datum", pattern: new RegExp(`${NOT_LETTER}(?:(?:${WEEKDAYS})(?:en)?\\.?|den)\\s+\\d{1,2}\\/\\d{1,2}(?!\\d)`, "giu") },
  // "v. 12", "vecka 12–14".
  { name: "vecka", pattern: new RegExp(`${NOT_LETTER}(?:v\\.|vecka|veckorna)\\s?\\d{1,2}(?:\\s?[-–]\\s?\\d{1,2})?(?!\\d)`, "giu") },
  // "kl. 9", "kl 9–12", "kl. 13.00".
  { name: "klockslag", pattern: new RegExp(`${NOT_LETTER}kl\\.?\\s?\\d{1,2}(?:[.:]\\d{2})?(?:\\s?[-–]\\s?\\d{1,2}(?:[.:]\\d{2})?)?(?!\\d)`, "giu") },
  // SFS 2003:1210, lagen (2017:725), "SFS 2003: 1210" (a colon joins no figure's digits anyway).
  { name: "lag", pattern: new RegExp(`${NOT_DIGIT}(?:19|20)\\d{2}:\\s?\\d+(?!\\d)`, "g") },
  // RKR:s rekommendation R 9.
  { name: "hänvisning", pattern: new RegExp(`${NOT_LETTER}(?:rekommendation(?:en|erna)?\\s+(?:R\\s?)?|R\\s?)\\d+(?![\\p{N}])`, "gu") },
  // "§ 26", "§§ 25–32", "26 §", "8 kap.", "kap. 3".
  { name: "paragraf", pattern: /§§?\s?\d+(?:\s?[-–]\s?\d+)?/g },
  { name: "paragraf", pattern: new RegExp(`${NOT_LETTER}\\d+\\s?(?:§|kap\\.|kapitlet)`, "gu") },
  // "Tabell 1 och 2", "Not 5", "bilaga 3", "(fig. 1)".
  { name: "hänvisning", pattern: new RegExp(`${NOT_LETTER}(?:${LABELS})\\s?\\d+[a-z]?${RANGE_TAIL}(?![\\p{N}])`, "giu") },
  // "Dnr P25-3", "(dnr (25:01)", "dnr 25.07": the diarienummer, whatever it looks like.
  { name: "diarienummer", pattern: new RegExp(`${NOT_LETTER}(?:dnr|diarienr|diarienummer)\\.?:?\\s*\\(?\\s*[^\\s,;)]+`, "giu") },
  // "063-14 16 00", "070 123 45 67", "+46 63 14 16 00", and whatever follows "tel." or "telefon".
  {
    name: "telefonnummer",
    pattern: new RegExp(`${NOT_NUMBER}(?:\\+46\\s?(?:\\(0\\)\\s?)?\\d{1,3}|0\\d{1,3})(?:\\s?[-–]\\s?|\\s)\\d{2,3}(?:[\\s-]\\d{2,3}){1,3}(?!\\d|,\\d)`, "g"),
  },
  { name: "telefonnummer", pattern: new RegExp(`${NOT_LETTER}(?:tel\\.?|telefon|telefonnummer|tfn|mobil)\\.?:?\\s*[+\\d][\\d\\s()-]*\\d`, "giu") },
  // "1:a", "3:e".
  { name: "ordningstal", pattern: new RegExp(`${NOT_NUMBER}\\d+:[ae](?![\\p{L}])`, "gu") },
];

// Markdown that holds digits no reader takes as a figure: code, link targets, footnote labels,
// entities, list markers, a heading's own number ("## 3 Budget").
const MARKDOWN: RegExp[] = [
  // Inline code: a run of backticks, anything, the same run.
  new RegExp(`(\`+)(?!\`)[\\s\\S]*?${NOT_BACKTICK}\\1(?!\`)`, "g"),
  /(?<=\]\()[^)\s]*(?:\s+"[^"]*")?(?=\))/g,
  /(?<=\])\[[^\]\n]*\]/g,
  /^ {0,3}\[[^\]\n]+\]:.*$/gm,
  /\[\^[^\]\n]*\]/g,
  /<(?:[a-z][a-z0-9+.-]*:|[^\s@<>]+@)[^\s<>]*>/gi,
  /\b(?:https?:\/\/|www\.)[^\s<>)\]]+/gi,
  /[\w.+-]+@[\w-]+\.[\w.-]+/g,
  /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi,
  /^(?:\s*>)*\s*(?:[-*+]\s+)*\d{1,9}[.)](?=\s|$)/gm,
  /^ {0,3}#{1,6}\s+\d+(?:\.\d+)*\.?(?=\s+\p{Lu})/gmu,
];

const NUNJUCKS = /\{#[\s\S]*?#\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;

/** The text with every match of `pattern` replaced by FILL, newlines kept. */
function mask(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, FILL));
}

/** Fenced code blocks (``` or ~~~), whole lines, fences included. */
function maskFences(text: string): string {
  let fence: string | undefined;
  return text
    .split("\n")
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && !marker) return line;
      if (fence === undefined) fence = marker;
      else if (marker && marker[0] === fence[0] && marker.length >= fence.length && !/\S/.test(line.slice(line.indexOf(marker) + marker.length)))
        fence = undefined;
      return FILL.repeat(line.length);
    })
    .join("\n");
}

/** What a reader cannot see as a figure, masked: Nunjucks (shortcodes, values, the ordagrant mark), Markdown code and targets, then NOT_FIGURES. */
export function maskedText(text: string): string {
  let masked = maskFences(mask(text, NUNJUCKS));
  for (const pattern of MARKDOWN) masked = mask(masked, pattern);
  for (const { pattern } of NOT_FIGURES) masked = mask(masked, pattern);
  return masked;
}

// A number: thousands in groups of three ("1 271", with a space or no-break space), a decimal comma;
// then an optional range or pair ("16–29", "2025/26"). Digits glued to letters (P25, COVID-19, 3D)
// or joined by a point or colon (3.1, 2.0, 13.00, 2003:1210, 25:01) are never read as one.
const INTEGER = String.raw`(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)`;
const NUMBER = String.raw`${INTEGER}(?:,\d+)?`;
const TOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_,.:/\\])(?<!\p{L}[-‐])(?<sign>[-−+]?)(?<first>${NUMBER})` +
    String.raw`(?:(?<sep>\s?[-–—]\s?|/)(?<second>${NUMBER}))?(?![\p{L}\p{N}_]|[.,:/]\d)(?<percent>\s?%)?`,
  "gu",
);

/** After these a four-digit number is a quantity, not a year ("2000 kr", "1950 deltagare"). */
const QUANTITY_WORDS = "procent|kr|kronor|tkr|mkr|m\\.?kr|sek|miljon|miljoner|tusen|st|stycken|personer|deltagare|individer|ärenden|timmar|dagar|tjänster";
const QUANTITY_AFTER = new RegExp(`^\\s?(?:%|(?:${QUANTITY_WORDS})(?![\\p{L}]))`, "iu");

const isYear = (digits: string) => /^\d{4}$/.test(digits) && Number(digits) >= 1900 && Number(digits) <= 2100;

/** A six- or eight-digit run that is a date as YYMMDD or YYYYMMDD ("inkom 251008"). */
function isCompactDate(digits: string): boolean {
  const match = /^(?:\d{2}|(?:19|20)\d{2})(\d{2})(\d{2})$/.exec(digits);
  if (!match || (digits.length !== 6 && digits.length !== 8)) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Whether a number read by TOKEN is something other than a figure: a year, a pair of years, a year and month, a compact date. */
function notAFigure(groups: Record<string, string | undefined>, after: string): boolean {
  const first = groups.first!;
  const second = groups.second;
  if (groups.sign || groups.percent || /[,\s\u00a0\u202f]/.test(first)) return false;
  if (!second && isCompactDate(first)) return true;
  if (!isYear(first) || QUANTITY_AFTER.test(after)) return false;
  if (!second) return true;
  // "2025–2027", "2025/2026"; "2025/26", "2026–28"; "2025-11" (a month).
  return isYear(second) || /^\d{2}$/.test(second);
}

/** The sentence of `line` around [start, end): up to the sentence's ends, cut to about 45 characters on each side. */
function excerptOf(line: string, start: number, end: number): string {
  const clean = (text: string) =>
    text
      .replace(NUNJUCKS, "…")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(new RegExp(`\\*\\*|__|${NOT_LETTER}[*_]|[*_](?![\\p{L}\\p{N}])`, "gu"), "")
      .replace(/\s+/g, " ");
  const sentenceStart = Math.max(0, ...[...line.slice(0, start).matchAll(/[.!?]\s+(?=[\p{Lu}\d"”*_])/gu)].map((m) => m.index + m[0].length));
  const tail = line.slice(end);
  const stop = /[.!?](?=\s+[\p{Lu}"”*_]|\s*$)/u.exec(tail);
  let before = clean(line.slice(sentenceStart, start).replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)?/, "")).trimStart();
  let after = clean(stop ? tail.slice(0, stop.index + 1) : tail).trimEnd();
  if (before.length > 45) before = `…${before.slice(before.indexOf(" ", before.length - 45) + 1)}`;
  if (after.length > 45) after = `${after.slice(0, after.lastIndexOf(" ", 45))}…`;
  return `${before}${line.slice(start, end)}${after}`.trim();
}

/** Every literal figure of a text (a prose file's source, or a protokoll's Markdown text), in order. */
export function literalNumbers(text: string): LiteralNumber[] {
  // No digit outside Nunjucks, no figure: most texts, whose figures are all shortcodes, skip the
  // two dozen masking passes (they were a tenth of building a national site's model).
  if (!/\d/.test(text.replace(NUNJUCKS, ""))) return [];
  const masked = maskedText(text).split("\n");
  const lines = text.split("\n");
  return masked.flatMap((line, index) =>
    [...line.matchAll(TOKEN)].flatMap((match) => {
      const groups = match.groups!;
      const end = match.index + match[0].length;
      if (notAFigure(groups, line.slice(end))) return [];
      const source = lines[index]!;
      const length = match[0].length - (groups.percent?.length ?? 0);
      return [{ line: index + 1, column: match.index, length, text: source.slice(match.index, end), excerpt: excerptOf(source, match.index, end) }];
    }),
  );
}

/**
 * The severity of a literal figure: where the document has data to bind it to (its prose), a
 * varning — bound or marked {% ordagrant %}, it prints the same, so an adopted text is not changed
 * by either; a protokoll's text has no data to bind to, so its figures are only listed (notering).
 */
export const literalSeverity = (bindable: boolean): Severity => (bindable ? "varning" : "notering");

/** The finding of one literal figure at `file:line`. */
export function literalFinding(
  literal: LiteralNumber,
  where: { document: DocumentRef; file: string; line: number; path?: string; url?: string; decided: boolean; bindable: boolean },
): Finding {
  const mark = `{% ordagrant "${literal.text.replace(/\s?%$/, "")}" %}`;
  const how = where.bindable ? `hämta det ur data eller märk det ${mark}` : `märk det ${mark} om det ska stå så`;
  return {
    rule: "siffra-i-text",
    severity: literalSeverity(where.bindable),
    document: where.document.label,
    file: where.file,
    line: where.line,
    path: where.path ?? "",
    stated: null,
    computed: null,
    message: `talet ”${literal.text}” står i texten: ”${literal.excerpt}” — ${how}`,
    url: where.url ?? where.document.url,
  };
}

/** The literal figures of prose files, one finding each; `url` gives the anchor of a literal's line, if the page has one. */
export function proseLiteralFindings(
  prose: readonly ProseSection[],
  where: { document: DocumentRef; decided: boolean; url?: (section: ProseSection, line: number) => string | undefined },
): Finding[] {
  return prose.flatMap((section) =>
    literalNumbers(section.source).map((literal) =>
      literalFinding(literal, {
        document: where.document,
        file: section.file,
        line: literal.line,
        url: where.url?.(section, literal.line),
        decided: where.decided,
        bindable: true,
      }),
    ),
  );
}
