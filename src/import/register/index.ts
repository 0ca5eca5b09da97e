// The deltagarregister import: reads a förbund's participant register (.xlsx or CSV, one row per
// participant and insats), checks it, and gives the year's participant counts the årsredovisning
// prints (Tabell 1–3), for the förbund and per insats. Personal data stays inside: the rows are
// read, checked and counted here, and only counts and problem messages (which quote no cell text
// but dates and category values) come out. See columns.ts for the columns, count.ts for who counts.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { compileCategories, DEFAULT_EXIT_CATEGORIES, type ExitCategory } from "./categories.ts";
import { normalize, type ReadResult } from "./columns.ts";
import { countParticipations, type ExitSplit, type GenderSplit, type RegisterCounts } from "./count.ts";
import { RegisterError, type RegisterProblem } from "./problem.ts";
import { readCsv } from "./read-csv.ts";
import { readXlsx } from "./read-xlsx.ts";
import { type KnownInsats, validateRegister } from "./validate.ts";

export { DEFAULT_EXIT_CATEGORIES, type ExitCategory } from "./categories.ts";
export { COLUMNS, type ColumnId, type ColumnSpec } from "./columns.ts";
export type { ExitSplit, GenderSplit, RegisterCounts, YearCounts } from "./count.ts";
export { formatRegisterProblem, RegisterError, type RegisterProblem } from "./problem.ts";
export { type TemplateOptions, writeRegisterTemplate } from "./template.ts";
export type { KnownInsats } from "./validate.ts";

export interface RegisterOptions {
  /** "YYYY-MM-DD": a start or end date after it is a problem. Passed in; the module reads no clock. */
  today: string;
  /** The years to count, e.g. [2025, 2024] for Tabell 2's report year and comparison year. */
  years: readonly number[];
  /** The exit categories and the Status vid avslut values of each; default DEFAULT_EXIT_CATEGORIES. */
  categories?: readonly ExitCategory[];
  /** The förbund's insatser: when given, an Insats not among them (by id or name) is a problem, and counts are keyed by id. */
  insatser?: readonly KnownInsats[];
  /** Count the years only to this day (a tertial's end): ./count.ts CountOptions.to. */
  to?: string;
}

export interface RegisterInput {
  /** The file's name, for the messages ("deltagare.xlsx"). */
  file: string;
  data: Uint8Array;
  /** Default: from the name (.xlsx, .csv), else from the contents. */
  format?: "xlsx" | "csv";
}

export type RegisterResult =
  | { ok: true; counts: RegisterCounts /** Headings the module does not know (their cells are not read). */; ignoredColumns: string[] }
  | { ok: false; problems: RegisterProblem[] };

/** Reads, checks and counts a register. Problems (all of them) instead of counts when anything is wrong. */
export async function countRegister(input: RegisterInput, options: RegisterOptions): Promise<RegisterResult> {
  const categories = compileCategories(options.categories ?? DEFAULT_EXIT_CATEGORIES, normalize);
  const read = await readTable(input);
  if (!read.ok) return read;
  const checked = validateRegister(read.table, { file: input.file, today: options.today, categories, insatser: options.insatser });
  if (!checked.ok) return checked;
  const { participations, columns, ignoredColumns } = checked.register;
  const counts = countParticipations(participations, {
    years: options.years,
    categories,
    columns,
    insatser: options.insatser?.map((insats) => insats.id),
    ...(options.to ? { to: options.to } : {}),
  });
  return { ok: true, counts, ignoredColumns };
}

/** countRegister on a file on disk; the messages name it by its base name. */
export async function countRegisterFile(path: string, options: RegisterOptions): Promise<RegisterResult> {
  return countRegister({ file: basename(path), data: await readFile(path) }, options);
}

/** The counts, or a RegisterError carrying every problem. */
export function countsOrThrow(result: RegisterResult): RegisterCounts {
  if (!result.ok) throw new RegisterError(result.problems);
  return result.counts;
}

function readTable(input: RegisterInput): Promise<ReadResult> | ReadResult {
  const { file, data } = input;
  const name = file.toLowerCase();
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    return { ok: false, problems: [{ file, message: "filen är en äldre Excel-fil (.xls); spara den som Excel-arbetsbok (.xlsx) eller CSV UTF-8" }] };
  }
  const zip = data[0] === 0x50 && data[1] === 0x4b; // "PK": an .xlsx is a zip file
  const format = input.format ?? (name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") ? "csv" : zip ? "xlsx" : "csv");
  return format === "xlsx" ? readXlsx(file, data) : readCsv(file, data);
}

/** One year's counts in the shape of the årsredovisning's participants.years.<year>. */
export interface ParticipantYearData {
  enrolled: GenderSplit;
  new: GenderSplit;
  ended: GenderSplit;
  with_psychiatry?: GenderSplit;
  anonymous?: GenderSplit;
}

/** The counts as the årsredovisning data writes them: participants.years and participants.exit_status. */
export interface ParticipantsData {
  years: Record<string, ParticipantYearData>;
  exit_status: { id: string; label: string; prefix?: string; of?: string; values: Record<string, ExitSplit> }[];
}

/** The förbund's counts as årsredovisning data (to paste into arsredovisning.yaml's participants). */
export function toParticipantsData(counts: RegisterCounts, categories: readonly ExitCategory[] = DEFAULT_EXIT_CATEGORIES): ParticipantsData {
  const years: ParticipantsData["years"] = {};
  for (const [year, { exit_status: _, ...rest }] of Object.entries(counts.years)) years[year] = rest;
  const exit_status = categories.map((category) => ({
    id: category.id,
    label: category.label,
    ...(category.prefix !== undefined ? { prefix: category.prefix } : {}),
    ...(category.of !== undefined ? { of: category.of } : {}),
    values: Object.fromEntries(Object.entries(counts.years).map(([year, c]) => [year, c.exit_status[category.id] ?? { women: 0, men: 0, not_stated: 0 }])),
  }));
  return { years, exit_status };
}
