// Synthetic deltagarregister for the tests: a seeded pseudo-random generator, a model of persons
// and their participations, the model written as .xlsx (exceljs) or CSV (csv-stringify), and the
// year's counts made straight from the model, independently of src/import/register/.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Sex = "woman" | "man" | "other" | "none";

export interface ModelRow {
  insats: string;
  /** Day number (days since 1970-01-01). */
  start: number;
  end: number | null;
  /** Canonical status value ("arbete"), or null. */
  status: string | null;
  psychiatry: boolean;
}

export interface ModelPerson {
  key: string;
  sex: Sex;
  birthYear: number;
  rows: ModelRow[];
}

export interface ModelCase {
  insats: string;
  sex: Sex;
  start: number;
  end: number | null;
}

export interface Model {
  persons: ModelPerson[];
  anonymous: ModelCase[];
}

export const INSATSER = [
  { id: "jobbspar", name: "Jobbspåret" },
  { id: "steget", name: "Steget vidare" },
  { id: "kompass", name: "Kompassen" },
  { id: "unga-vuxna", name: "Unga vuxna" },
];

/** The default categories' values in their order (the lower index wins a same-day tie). */
export const STATUS_ORDER = ["studier", "arbete", "arbetsinriktad insats", "ej arbetsinriktad insats", "sjukersättning", "annat", "okänd"];

/** Which exit categories each status value counts in, written out by hand. */
export const STATUS_COUNTS_IN: Record<string, string[]> = {
  studier: ["work_study"],
  arbete: ["work_study", "work"],
  "arbetsinriktad insats": ["work_programme"],
  "ej arbetsinriktad insats": ["other_programme"],
  sjukersättning: ["sickness_compensation"],
  annat: ["other"],
  okänd: ["unknown"],
};
export const CATEGORY_IDS = ["work_study", "work", "work_programme", "other_programme", "sickness_compensation", "other", "unknown"];
export const TOP_LEVEL = ["work_study", "work_programme", "other_programme", "sickness_compensation", "other", "unknown"];

export const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
export const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** A register of persons with one to three participations each (parallel, back to back, or with a gap) and some anonymous cases. */
export function generateModel(seed: number, persons = 170, cases = 30, today = "2026-01-15"): Model {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const last = day(today);
  const first = day("2022-01-01");
  const sexes: Sex[] = ["woman", "woman", "woman", "man", "man", "man", "other", "none"];

  const model: Model = { persons: [], anonymous: [] };
  for (let i = 0; i < persons; i++) {
    const insatser = [...INSATSER].sort(() => random() - 0.5);
    const count = pick([1, 1, 1, 2, 2, 3]);
    const rows: ModelRow[] = [];
    let start = between(first, last - 20);
    // Some dates on the edges of a year (1 January, 31 December), where off-by-one mistakes show.
    const edge = (d: number) => {
      const year = iso(d).slice(0, 4);
      return pick([day(`${year}-01-01`), day(`${year}-12-31`)]);
    };
    for (let j = 0; j < count && start <= last; j++) {
      const edgeStart = edge(start);
      if (random() < 0.1 && edgeStart <= last && (j === 0 || edgeStart >= start)) start = edgeStart;
      const open = random() < 0.2;
      let end = open ? null : Math.min(last, start + between(0, 500));
      const edgeEnd = end === null ? null : edge(end);
      if (edgeEnd !== null && random() < 0.15 && edgeEnd >= start && edgeEnd <= last) end = edgeEnd;
      rows.push({ insats: insatser[j]!.id, start, end, status: end === null ? null : pick(STATUS_ORDER), psychiatry: random() < 0.3 });
      if (end === null) break;
      const next = pick(["parallel", "same end", "back to back", "gap", "gap"] as const);
      if (next === "parallel") start = between(start, end);
      else if (next === "same end" && j + 1 < count) {
        // A parallel participation ending the same day with another status: the tie the rules decide.
        const s = between(start, end);
        rows.push({ insats: insatser[j + 1]!.id, start: s, end, status: pick(STATUS_ORDER), psychiatry: random() < 0.3 });
        j++;
        start = end + between(1, 200);
      } else if (next === "back to back") start = end + 1;
      else start = end + between(2, 300);
    }
    model.persons.push({ key: `D${String(1000 + i)}`, sex: pick(sexes), birthYear: between(1960, 2008), rows });
  }
  for (let i = 0; i < cases; i++) {
    const start = between(first, last);
    model.anonymous.push({ insats: pick(INSATSER).id, sex: pick(sexes), start, end: random() < 0.5 ? null : Math.min(last, start + between(0, 30)) });
  }
  return model;
}

export interface WriteOptions {
  /** Write the Deltagar-id column (default true). */
  key?: boolean;
  /** Headings: the template's, or other accepted spellings. */
  headings?: "template" | "aliases";
  /** Seed for the row order and the spellings. */
  seed?: number;
}

type Cell = string | number | Date | null;

/** The register as a header and rows of cells, in a shuffled row order, with varied spellings. */
export function registerRows(model: Model, options: WriteOptions = {}): { header: string[]; rows: Cell[][] } {
  const random = prng(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const key = options.key ?? true;
  const aliases = options.headings === "aliases";
  const header = [
    ...(key ? [aliases ? "Deltagarnummer" : "Deltagar-id"] : []),
    aliases ? "insats" : "Insats",
    aliases ? "KÖN" : "Kön",
    aliases ? "Födelseår" : "Åldersgrupp",
    aliases ? "Inskrivningsdatum" : "Startdatum",
    aliases ? "Avslutsdatum" : "Slutdatum",
    aliases ? "Status" : "Status vid avslut",
    aliases ? "Kontakt med psykiatrin" : "Psykiatrikontakt",
    "Anonym",
    "Kommentar",
  ];
  const sexText: Record<Sex, string[]> = {
    woman: ["kvinna", "Kvinna", "K", "k"],
    man: ["man", "Man", "M", "MAN"],
    other: ["annat", "Annat"],
    none: ["", "ej angivet", "Ej angivet"],
  };
  const ageGroup = (born: number) => (2025 - born < 30 ? "16-29" : 2025 - born < 50 ? "30-49" : "50-64");
  const statusText = (status: string) => pick([status, status, status[0]!.toUpperCase() + status.slice(1), status.toUpperCase()]);
  const yes = () => pick(["ja", "Ja", "JA", "j"]);
  const no = () => pick(["nej", "Nej", "", ""]);
  const name = (id: string) => (random() < 0.5 ? id : INSATSER.find((i) => i.id === id)!.name);

  const rows: Cell[][] = [];
  for (const person of model.persons) {
    person.rows.forEach((row, index) => {
      // With a Deltagar-id the person's gender is on at least one row; on the others it may be left empty.
      const sex = key && index > 0 && random() < 0.2 ? "" : pick(sexText[person.sex]);
      rows.push([
        ...(key ? [person.key] : []),
        name(row.insats),
        sex,
        aliases ? person.birthYear : ageGroup(person.birthYear),
        row.start,
        row.end,
        row.status === null ? "" : statusText(row.status),
        row.psychiatry ? yes() : no(),
        no(),
        pick(["", "uppföljning", ""]),
      ] as Cell[]);
    });
  }
  for (const c of model.anonymous) {
    rows.push([
      ...(key ? [""] : []),
      name(c.insats),
      pick(sexText[c.sex]),
      "",
      c.start,
      c.end,
      c.end === null ? "" : pick(["", "annat"]),
      no(),
      yes(),
      "",
    ] as Cell[]);
  }
  // Shuffle (Fisher–Yates).
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return { header, rows };
}

const DATE_COLUMNS = (header: string[]) => header.map((h, i) => (/datum/i.test(h) ? i : -1)).filter((i) => i >= 0);

/** As .xlsx: dates as Excel date cells, a few as ISO text; people who already had data in Excel do both. */
export async function toXlsx(table: { header: string[]; rows: Cell[][] }, seed = 11): Promise<Buffer> {
  const random = prng(seed);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Blad1");
  sheet.addRow(table.header);
  const dates = DATE_COLUMNS(table.header);
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell, i) => {
        if (!dates.includes(i) || cell === null || cell === "") return cell === "" ? null : cell;
        const text = typeof cell === "number" ? iso(cell) : String(cell);
        return random() < 0.8 ? new Date(`${text}T00:00:00Z`) : text;
      }),
    );
  }
  for (const i of dates) sheet.getColumn(i + 1).numFmt = "yyyy-mm-dd";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** As CSV the way Swedish Excel writes it (";" and a byte order mark), or with "," and no BOM. */
export function toCsv(table: { header: string[]; rows: Cell[][] }, style: "excel" | "comma" = "excel"): Buffer {
  const dates = DATE_COLUMNS(table.header);
  const text = stringify(
    [
      table.header,
      ...table.rows.map((row) =>
        row.map((cell, i) =>
          cell === null
            ? ""
            : dates.includes(i) && typeof cell === "number"
              ? iso(cell)
              : cell instanceof Date
                ? cell.toISOString().slice(0, 10)
                : String(cell),
        ),
      ),
    ],
    { delimiter: style === "excel" ? ";" : ",", record_delimiter: style === "excel" ? "windows" : "unix" },
  );
  return Buffer.from(style === "excel" ? `\ufeff${text}` : text, "utf8");
}

/* ---------- counting straight from the model ---------- */

export interface Split {
  total: number;
  women: number;
  men: number;
}
export interface Expected {
  enrolled: Split;
  new: Split;
  ended: Split;
  with_psychiatry: Split;
  anonymous: Split;
  exit_status: Record<string, { women: number; men: number; not_stated: number }>;
}

function empty(): Expected {
  const z = () => ({ total: 0, women: 0, men: 0 });
  return {
    enrolled: z(),
    new: z(),
    ended: z(),
    with_psychiatry: z(),
    anonymous: z(),
    exit_status: Object.fromEntries(CATEGORY_IDS.map((id) => [id, { women: 0, men: 0, not_stated: 0 }])),
  };
}

function tally(split: Split, sex: Sex): void {
  split.total += 1;
  if (sex === "woman") split.women += 1;
  if (sex === "man") split.men += 1;
}

function tallyExit(expected: Expected, status: string, sex: Sex): void {
  for (const id of STATUS_COUNTS_IN[status]!) {
    const cell = expected.exit_status[id]!;
    if (sex === "woman") cell.women += 1;
    else if (sex === "man") cell.men += 1;
    else cell.not_stated += 1;
  }
}

/**
 * The year's counts for a group of rows belonging to one participant, day by day: enrolled if a
 * row runs in the year; new if a row starts in the year and no row covers the day before; ended if a
 * row ends in the year and no row covers the day after; the status of the
 * latest such row, a same-day tie going to the earliest in STATUS_ORDER.
 */
function countParticipant(expected: Expected, rows: ModelRow[], sex: Sex, year: number, to?: string): void {
  const jan1 = day(`${year}-01-01`);
  // A follow-up counts the year only to the period's end.
  const dec31 = day(to ?? `${year}-12-31`);
  const covers = (r: ModelRow, d: number) => r.start <= d && (r.end === null || d <= r.end);
  const runsInYear = (r: ModelRow) => r.start <= dec31 && (r.end === null || r.end >= jan1);
  if (!rows.some(runsInYear)) return;
  tally(expected.enrolled, sex);
  if (rows.some((r) => r.start >= jan1 && r.start <= dec31 && !rows.some((q) => covers(q, r.start - 1)))) tally(expected.new, sex);
  let exit: ModelRow | undefined;
  for (const r of rows) {
    if (r.end === null || r.end < jan1 || r.end > dec31) continue;
    if (rows.some((q) => covers(q, r.end! + 1))) continue;
    if (!exit || r.end > exit.end! || (r.end === exit.end && STATUS_ORDER.indexOf(r.status!) < STATUS_ORDER.indexOf(exit.status!))) exit = r;
  }
  if (exit) {
    tally(expected.ended, sex);
    tallyExit(expected, exit.status!, sex);
  }
  if (rows.some((r) => r.psychiatry && runsInYear(r))) tally(expected.with_psychiatry, sex);
}

/** The förbund's counts (per person with a key, per row without) and per insats (per row). */
export function expectedCounts(model: Model, year: number, byPerson: boolean, to?: string): { total: Expected; insatser: Record<string, Expected> } {
  const total = empty();
  const insatser: Record<string, Expected> = Object.fromEntries(INSATSER.map((i) => [i.id, empty()]));
  for (const person of model.persons) {
    if (byPerson) countParticipant(total, person.rows, person.sex, year, to);
    else for (const row of person.rows) countParticipant(total, [row], person.sex, year, to);
    for (const row of person.rows) countParticipant(insatser[row.insats]!, [row], person.sex, year, to);
  }
  const jan1 = day(`${year}-01-01`);
  const dec31 = day(to ?? `${year}-12-31`);
  for (const c of model.anonymous) {
    if (c.start > dec31 || (c.end !== null && c.end < jan1)) continue;
    tally(total.anonymous, c.sex);
    tally(insatser[c.insats]!.anonymous, c.sex);
  }
  return { total, insatser };
}
