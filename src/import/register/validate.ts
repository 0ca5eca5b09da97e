// Checks a register table before anything is counted and turns its rows into participations.
// Every problem is collected (not just the first), with the row number and the column's heading.
// A file with a column of direct identifiers (Namn, Personnummer, ...) or a cell that looks like a
// personnummer is refused as a whole, and nothing else in it is read.
import type { Categories, StatusValue } from "./categories.ts";
import {
  COLUMNS,
  type ColumnId,
  cellText,
  columnOf,
  columnSpec,
  type Gender,
  isEmpty,
  isIdentifierHeading,
  looksLikePersonnummer,
  normalize,
  parseAgeGroup,
  parseBirthYear,
  parseDate,
  parseGender,
  parseYesNo,
  type RawCell,
  type RawTable,
} from "./columns.ts";
import type { RegisterProblem } from "./problem.ts";

/** An insats the förbund knows: the register may name it by its id or its name. */
export interface KnownInsats {
  id: string;
  name?: string;
}

export interface ValidateOptions {
  file: string;
  /** "YYYY-MM-DD": dates after it are problems. */
  today: string;
  categories: Categories;
  /** When given, every row's Insats must be one of these (by id or name), and counts are keyed by id. */
  insatser?: readonly KnownInsats[];
}

/** One row: a participant's participation in an insats. Stays inside the module. */
export interface Participation {
  row: number;
  /** The insats id (the known insats's id, or the register's text). */
  insats: string;
  /** The Deltagar-id, when the register has the column (not for anonymous rows). */
  person?: string;
  /** The person's gender (the one stated on any of their rows). */
  gender: Gender;
  start: string;
  end?: string;
  status?: StatusValue;
  psychiatry: boolean;
  anonymous: boolean;
}

export interface ValidRegister {
  participations: Participation[];
  /** The columns the file has. */
  columns: ReadonlySet<ColumnId>;
  /** Headings the module does not know; their cells are not read (only checked for personnummer). */
  ignoredColumns: string[];
}

export type ValidateResult = { ok: true; register: ValidRegister } | { ok: false; problems: RegisterProblem[] };

const IDENTIFIERS = "registret får inte innehålla direkta identifierare (namn, personnummer, adress, telefon, e-post)";
const GENDERS_ALLOWED = "tillåtna värden: kvinna, man, annat, ej angivet (även K och M; tomt = ej angivet)";
const YES_NO = "värdet ska vara ja eller nej (tomt = nej)";

export function validateRegister(table: RawTable, options: ValidateOptions): ValidateResult {
  const { file } = options;
  if (parseDate(options.today) === undefined) throw new Error(`today: expected a date YYYY-MM-DD, got ${options.today}`);
  const headingOf = (index: number) => table.headings[index] || `nr ${index + 1} (utan rubrik)`;

  // 1. Direct identifiers: refuse the file before reading anything else.
  const refused: RegisterProblem[] = [];
  for (const heading of table.headings) {
    if (heading && isIdentifierHeading(heading))
      refused.push({ file, column: heading, message: `${IDENTIFIERS}; ta bort kolumnen (en pseudonym Deltagar-id räcker för att känna igen en person)` });
  }
  if (refused.length > 0) return { ok: false, problems: refused };
  for (const { row, cells } of table.rows) {
    cells.forEach((cell, index) => {
      if ((typeof cell === "string" || typeof cell === "number") && looksLikePersonnummer(String(cell))) {
        refused.push({ file, row, column: headingOf(index), message: `värdet ser ut som ett personnummer; ${IDENTIFIERS} — använd en pseudonym Deltagar-id` });
      }
    });
  }
  if (refused.length > 0) return { ok: false, problems: refused };

  // 2. Columns.
  const problems: RegisterProblem[] = [];
  const index = new Map<ColumnId, number>();
  const ignoredColumns: string[] = [];
  table.headings.forEach((heading, i) => {
    if (!heading) return;
    const id = columnOf(heading);
    if (!id) {
      ignoredColumns.push(heading);
      return;
    }
    const first = index.get(id);
    if (first !== undefined)
      problems.push({
        file,
        column: heading,
        message: `kolumnen ${columnSpec(id).heading} finns två gånger (också som ${table.headings[first]}); ta bort den ena`,
      });
    else index.set(id, i);
  });
  const found = table.headings.filter(Boolean);
  for (const spec of COLUMNS) {
    if (spec.required && !index.has(spec.id)) {
      problems.push({
        file,
        column: spec.heading,
        message: `kolumnen ${spec.heading} saknas; kolumner i filen: ${found.length > 0 ? found.join(", ") : "inga (rad 1 ska ha kolumnrubrikerna)"}`,
      });
    }
  }
  if (index.has("birthYear") && index.has("ageGroup")) {
    problems.push({ file, column: table.headings[index.get("ageGroup")!]!, message: "använd en av kolumnerna Födelseår och Åldersgrupp, inte båda" });
  }

  // 3. Rows.
  const insatsOf = insatsResolver(options.insatser);
  const todayYear = Number(options.today.slice(0, 4));
  const participations: (Participation & { birthYear?: number })[] = [];
  for (const raw of table.rows) {
    const at = (id: ColumnId): RawCell | undefined => {
      const i = index.get(id);
      return i === undefined ? undefined : (raw.cells[i] ?? null);
    };
    const problem = (id: ColumnId, message: string) => problems.push({ file, row: raw.row, column: table.headings[index.get(id)!]!, message });
    const before = problems.length;

    const anonymous = yesNo(at("anonymous"), () => problem("anonymous", YES_NO));
    const psychiatry = yesNo(at("psychiatry"), () => problem("psychiatry", YES_NO));

    let person: string | undefined;
    const key = at("participant");
    if (key !== undefined && !anonymous) {
      person = cellText(key);
      if (person === "") problem("participant", "Deltagar-id saknas; när kolumnen finns behöver varje rad som inte är anonym en Deltagar-id");
    }

    let insats = "";
    const insatsCell = at("insats");
    if (insatsCell !== undefined) {
      if (isEmpty(insatsCell)) problem("insats", "insats saknas");
      else {
        const resolved = insatsOf(cellText(insatsCell));
        if (resolved === undefined)
          problem("insats", `okänd insats; kända insatser: ${options.insatser!.map((k) => (k.name ? `${k.id} (${k.name})` : k.id)).join(", ")}`);
        else insats = resolved;
      }
    }

    let gender: Gender = "not_stated";
    const genderCell = at("gender");
    if (genderCell !== undefined) {
      const parsed = parseGender(genderCell);
      if (parsed === undefined) problem("gender", `okänt värde för kön; ${GENDERS_ALLOWED}`);
      else gender = parsed;
    }

    let birthYear: number | undefined;
    const birthCell = at("birthYear");
    if (birthCell !== undefined && !isEmpty(birthCell)) {
      birthYear = parseBirthYear(birthCell, todayYear);
      if (birthYear === undefined) problem("birthYear", `födelseår ska vara ett årtal med fyra siffror, 1900–${todayYear}`);
    }
    const ageCell = at("ageGroup");
    if (ageCell !== undefined && !isEmpty(ageCell) && parseAgeGroup(typeof ageCell === "number" ? String(ageCell) : ageCell) === undefined) {
      problem("ageGroup", "åldersgrupp ska skrivas som ett intervall, t.ex. 16-29, eller 65+");
    }

    const start = date(at("start"), "startdatum", true, (message) => problem("start", message), options.today);
    const end = date(at("end"), "slutdatum", false, (message) => problem("end", message), options.today);
    if (start && end && end < start) problem("end", `slutdatum ${end} är före startdatum ${start}`);

    let status: StatusValue | undefined;
    const statusCell = at("status");
    if (statusCell !== undefined) {
      const endCell = at("end");
      const endGiven = endCell !== undefined && !isEmpty(endCell);
      if (!isEmpty(statusCell)) {
        status = options.categories.lookup(cellText(statusCell));
        if (status === undefined) problem("status", `okänt värde för status vid avslut; tillåtna värden: ${options.categories.allowed.join(", ")}`);
        else if (endCell !== undefined && !endGiven) problem("status", `status vid avslut (${status.value}) är angiven men slutdatum saknas`);
      } else if (endGiven && !anonymous) {
        problem("status", `status vid avslut saknas${end ? ` (slutdatum ${end})` : ""}`);
      }
    }

    if (problems.length === before && start) {
      participations.push({ row: raw.row, insats, person, gender, start, end, status, psychiatry, anonymous, birthYear });
    }
  }

  // 4. Rows of one person (with a Deltagar-id): one gender, one year of birth, no overlapping participations in one insats.
  if (index.has("participant")) problems.push(...samePerson(participations, table, index, file));

  // Problems of the file and its columns first, then by row, and within a row from left to right.
  if (problems.length > 0) {
    const place = (p: RegisterProblem) => (p.column === undefined ? -1 : table.headings.indexOf(p.column));
    return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.row === undefined ? 0 : place(a) - place(b))) };
  }
  return {
    ok: true,
    register: {
      participations: participations.map(({ birthYear: _, ...participation }) => participation),
      columns: new Set(index.keys()),
      ignoredColumns,
    },
  };
}

function yesNo(cell: RawCell | undefined, bad: () => void): boolean {
  if (cell === undefined) return false;
  const value = parseYesNo(cell);
  if (value === undefined) bad();
  return value ?? false;
}

function date(cell: RawCell | undefined, what: string, required: boolean, problem: (message: string) => void, today: string): string | undefined {
  if (cell === undefined) return undefined;
  if (isEmpty(cell)) {
    if (required) problem(`${what} saknas`);
    return undefined;
  }
  const value = parseDate(cell);
  if (value === undefined) {
    problem(`${what} kan inte läsas; skriv datumet som ÅÅÅÅ-MM-DD`);
    return undefined;
  }
  if (value > today) problem(`${what} ${value} är efter dagens datum ${today}`);
  return value;
}

/** The insats id a cell names: a known insats by id or name, or (without a list) the cell's text, one spelling per normalised form. */
function insatsResolver(known: readonly KnownInsats[] | undefined): (text: string) => string | undefined {
  const ids = new Map<string, string>();
  if (known) {
    for (const insats of known) {
      ids.set(normalize(insats.id), insats.id);
      if (insats.name) ids.set(normalize(insats.name), insats.id);
    }
    return (text) => ids.get(normalize(text));
  }
  return (text) => {
    const key = normalize(text);
    if (!ids.has(key)) ids.set(key, text.replace(/\s+/g, " "));
    return ids.get(key);
  };
}

const GENDER_WORDS: Record<Gender, string> = { woman: "kvinna", man: "man", other: "annat", not_stated: "ej angivet" };

function samePerson(
  participations: (Participation & { birthYear?: number })[],
  table: RawTable,
  index: Map<ColumnId, number>,
  file: string,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const heading = (id: ColumnId) => table.headings[index.get(id)!]!;
  const byPerson = new Map<string, (Participation & { birthYear?: number })[]>();
  for (const p of participations) {
    if (p.anonymous || !p.person) continue;
    const rows = byPerson.get(p.person) ?? [];
    rows.push(p);
    byPerson.set(p.person, rows);
  }
  for (const rows of byPerson.values()) {
    const stated = rows.find((p) => p.gender !== "not_stated");
    const born = rows.find((p) => p.birthYear !== undefined);
    for (const p of rows) {
      if (stated && p.gender !== "not_stated" && p.gender !== stated.gender) {
        problems.push({
          file,
          row: p.row,
          column: heading("gender"),
          message: `kön ${GENDER_WORDS[p.gender]} skiljer sig från kön ${GENDER_WORDS[stated.gender]} på rad ${stated.row} med samma Deltagar-id`,
        });
      }
      if (born && p.birthYear !== undefined && p.birthYear !== born.birthYear) {
        problems.push({ file, row: p.row, column: heading("birthYear"), message: `födelseåret skiljer sig från rad ${born.row} med samma Deltagar-id` });
      }
    }
    // The person's gender is the one stated on any of their rows.
    if (stated) for (const p of rows) p.gender = stated.gender;
    const sorted = [...rows].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.row - b.row));
    sorted.forEach((p, i) => {
      const earlier = sorted.slice(0, i).find((q) => q.insats === p.insats && (q.end === undefined || q.end >= p.start));
      if (earlier) {
        problems.push({
          file,
          row: p.row,
          column: heading("start"),
          message: `deltagandet från ${p.start} överlappar rad ${earlier.row} med samma Deltagar-id och insats (${earlier.start}–${earlier.end ?? ""})`,
        });
      }
    });
  }
  return problems;
}
