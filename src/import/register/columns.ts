// The deltagarregister's columns: their Swedish headings (with the aliases a förbund's own
// spreadsheet may use), what each holds, and how one cell is read. The one place the columns are
// documented: the template's instruction sheet and the README table are written from COLUMNS.
// Headings are matched without regard to case, spaces, "-"/"_" and å/ä/ö (Kön = kon = KÖN).
// Cell parsers return a value or undefined (not readable); they never echo the cell's text.
import type { RegisterProblem } from "./problem.ts";

export type ColumnId = "participant" | "insats" | "gender" | "birthYear" | "ageGroup" | "start" | "end" | "status" | "psychiatry" | "anonymous";

export interface ColumnSpec {
  id: ColumnId;
  /** The heading the template writes. */
  heading: string;
  /** Other headings read as this column. */
  aliases: readonly string[];
  /** The file must have the column (its cells may still be empty where the column allows). Födelseår/Åldersgrupp: at most one of them. */
  required: boolean;
  /** What the column holds, in Swedish (the template's instruction sheet). */
  description: string;
  /** The values allowed, in Swedish; for Status vid avslut they come from the categories. */
  values: string;
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    id: "participant",
    heading: "Deltagar-id",
    aliases: ["deltagarid", "deltagarnummer", "deltagarnr", "deltagarkod", "löpnummer", "pseudonym"],
    required: false,
    description:
      "En pseudonym nyckel för deltagaren (t.ex. ett löpnummer), samma på alla rader för samma person. Med kolumnen räknas varje " +
      "person en gång per år i förbundets totaler; utan den räknas varje rad som en deltagare. Aldrig personnummer eller namn.",
    values: "valfri text eller siffror; krävs på varje rad som inte är anonym när kolumnen finns",
  },
  {
    id: "insats",
    heading: "Insats",
    aliases: ["insats-id", "insatsnamn", "insatsens namn", "insatskod"],
    required: true,
    description: "Insatsen deltagandet gäller: insatsens id eller namn. En rad per deltagare och insats.",
    values: "insatsens id eller namn",
  },
  {
    id: "gender",
    heading: "Kön",
    aliases: ["kön (k/m)"],
    required: true,
    description: "Deltagarens kön. Tomt räknas som ej angivet.",
    values: "kvinna, man, annat, ej angivet (även K, M; tomt = ej angivet)",
  },
  {
    id: "birthYear",
    heading: "Födelseår",
    aliases: ["födelseår (åååå)", "född år"],
    required: false,
    description: "Födelseår med fyra siffror. Använd Födelseår eller Åldersgrupp, inte båda.",
    values: "ÅÅÅÅ, t.ex. 1987",
  },
  {
    id: "ageGroup",
    heading: "Åldersgrupp",
    aliases: ["ålder", "åldersintervall"],
    required: false,
    description: "Åldersgrupp vid inskrivning. Använd Födelseår eller Åldersgrupp, inte båda.",
    values: "t.ex. 16-29, 30-49, 50-64, 65+",
  },
  {
    id: "start",
    heading: "Startdatum",
    aliases: ["start", "inskrivningsdatum", "inskriven", "datum för inskrivning"],
    required: true,
    description: "Dagen deltagaren skrevs in i insatsen.",
    values: "ÅÅÅÅ-MM-DD (eller en datumcell i Excel)",
  },
  {
    id: "end",
    heading: "Slutdatum",
    aliases: ["slut", "avslutsdatum", "utskrivningsdatum", "avslutad", "datum för avslut"],
    required: true,
    description: "Dagen deltagaren avslutades. Tomt så länge deltagaren är inskriven.",
    values: "ÅÅÅÅ-MM-DD (eller en datumcell i Excel); tomt = fortfarande inskriven",
  },
  {
    id: "status",
    heading: "Status vid avslut",
    aliases: ["status", "avslutsstatus", "status efter avslut", "avslutsorsak"],
    required: true,
    description: "Vad deltagaren gick vidare till. Fylls i när Slutdatum fylls i, och bara då.",
    values: "", // from the categories the förbund uses
  },
  {
    id: "psychiatry",
    heading: "Psykiatrikontakt",
    aliases: ["psykiatri", "kontakt med psykiatri", "kontakt med psykiatrin"],
    required: false,
    description: "Om deltagaren har kontakt med psykiatrin.",
    values: "ja, nej (tomt = nej)",
  },
  {
    id: "anonymous",
    heading: "Anonym",
    aliases: ["anonymt", "anonymt ärende", "anonym konsultation"],
    required: false,
    description: "Anonyma ärenden/konsultationer räknas för sig och inte som inskrivna deltagare; de behöver ingen Deltagar-id eller status vid avslut.",
    values: "ja, nej (tomt = nej)",
  },
];

export function columnSpec(id: ColumnId): ColumnSpec {
  const spec = COLUMNS.find((c) => c.id === id);
  if (!spec) throw new Error(`no column ${id}`);
  return spec;
}

/** "Status  vid_Avslut" → "status vid avslut"; "Kön" → "kon". For comparing headings and values. */
export function normalize(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("sv-SE")
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/[-_\u2010-\u2013]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const byHeading = new Map<string, ColumnId>();
for (const spec of COLUMNS) for (const name of [spec.heading, ...spec.aliases]) byHeading.set(normalize(name), spec.id);

/** The column a heading names, or undefined. */
export function columnOf(heading: string): ColumnId | undefined {
  return byHeading.get(normalize(heading));
}

// Headings of direct identifiers. A register with such a column is refused as a whole.
const IDENTIFIER_WORDS = [
  "namn",
  "fornamn",
  "efternamn",
  "tilltalsnamn",
  "mellannamn",
  "personnummer",
  "personnr",
  "pnr",
  "samordningsnummer",
  "adress",
  "gatuadress",
  "postadress",
  "telefon",
  "telefonnummer",
  "mobil",
  "mobilnummer",
  "e post",
  "epost",
  "mejl",
  "mail",
  "email",
];

/** True when the heading names a direct identifier (Namn, Personnummer, Adress, Telefon, E-post, ...). */
export function isIdentifierHeading(heading: string): boolean {
  const text = normalize(heading);
  if (byHeading.has(text)) return false; // "Insatsnamn" is an alias of Insats
  if (/personnummer|personnr|samordningsnummer|telefon|adress|e ?post|e ?mail/.test(text)) return true;
  const words = text.split(/[^a-z0-9]+/);
  return IDENTIFIER_WORDS.some((word) => (word.includes(" ") ? text.includes(word) : words.includes(word)));
}

/**
 * True when a cell looks like a personnummer or samordningsnummer: ÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN and
 * the like, with a plausible month and day (samordningsnummer: day + 60).
 */
export function looksLikePersonnummer(text: string): boolean {
  const match = /^(?:19|20)?(\d{2})(\d{2})(\d{2})[-+ ]?\d{4}$/.exec(text.trim());
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/* ---------- cells ---------- */

/** A cell as the readers give it: text, a number, a boolean, an Excel date, or empty. */
export type RawCell = string | number | boolean | Date | null;

/** One row of the sheet below the heading; `row` is its number as the spreadsheet shows it. */
export interface RawRow {
  row: number;
  cells: RawCell[];
}

/** What a reader gives: the headings (by column, left to right) and the rows that are not empty. */
export interface RawTable {
  headings: string[];
  rows: RawRow[];
}

export type ReadResult = { ok: true; table: RawTable } | { ok: false; problems: RegisterProblem[] };

export function isEmpty(cell: RawCell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as text (numbers as written, dates as ISO), trimmed. */
export function cellText(cell: RawCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export type Gender = "woman" | "man" | "other" | "not_stated";

const GENDERS: Record<string, Gender> = { kvinna: "woman", k: "woman", man: "man", m: "man", annat: "other", "ej angivet": "not_stated" };

export function parseGender(cell: RawCell): Gender | undefined {
  if (isEmpty(cell)) return "not_stated";
  return typeof cell === "string" ? GENDERS[normalize(cell)] : undefined;
}

const YES = new Set(["ja", "j", "x", "1", "sant", "true"]);
const NO = new Set(["nej", "n", "0", "falskt", "false"]);

/** ja/nej (also j/n, x, 1/0, SANT/FALSKT and Excel's TRUE/FALSE cells); empty = nej. */
export function parseYesNo(cell: RawCell): boolean | undefined {
  if (isEmpty(cell)) return false;
  if (typeof cell === "boolean") return cell;
  if (cell instanceof Date) return undefined;
  const text = normalize(String(cell));
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

/** A calendar date as "YYYY-MM-DD", or undefined. Text must be YYYY-MM-DD; Excel date cells are taken as they are. */
export function parseDate(cell: RawCell): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    // exceljs gives a date cell as UTC midnight of the day the sheet shows.
    return cell.toISOString().slice(0, 10);
  }
  if (typeof cell !== "string") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return cell.trim();
}

/** A year of birth, 1900 up to `latest`, from a number cell or four digits of text. */
export function parseBirthYear(cell: RawCell, latest: number): number | undefined {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 1900 && year <= latest ? year : undefined;
}

/** "16-29" (also "16–29", "16 - 29") or "65+", as "16-29" / "65+". */
export function parseAgeGroup(cell: RawCell): string | undefined {
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  const range = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$/.exec(text);
  if (range) return Number(range[1]) <= Number(range[2]) ? `${Number(range[1])}-${Number(range[2])}` : undefined;
  const open = /^(\d{1,3})\s*\+$/.exec(text);
  return open ? `${Number(open[1])}+` : undefined;
}
