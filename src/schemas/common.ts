import { z } from "zod";

export const unit = z.enum(["kr", "tkr"]).describe("Enheten som beloppen skrivs i: kr eller tkr (tusental kronor).");

/**
 * An amount as the document prints it, in the document's unit. "-" is an explicitly empty cell
 * (printed as a dash), which is not the same as 0; it becomes null.
 */
export const amount = z
  .union([z.number(), z.literal("-")], { error: 'väntade ett belopp (ett tal) eller "-" för en tom cell' })
  .transform((value) => (value === "-" ? null : value))
  .describe('Ett belopp i dokumentets enhet, eller "-" för en uttryckligen tom cell.');

export type Amount = z.output<typeof amount>;

export const year = z
  .number({ error: "väntade ett årtal, t.ex. 2025" })
  .int({ error: "väntade ett årtal, t.ex. 2025" })
  .min(1990, { error: "väntade ett årtal från 1990" })
  .max(2200, { error: "väntade ett årtal före 2200" });

/** The years of a document's columns, each once. */
export const yearList = z
  .array(year)
  .min(1, { error: "väntade minst ett år" })
  .refine((years) => new Set(years).size === years.length, { error: "väntade varje år en gång (två kolumner med samma år)" });

/**
 * Issues for values written for a year that is not one of the document's years (they would be
 * ignored), one per key, at the key.
 */
export function yearsOutside(
  values: Record<string, unknown> | undefined,
  years: readonly number[],
  path: (string | number)[],
): { path: (string | number)[]; message: string }[] {
  return Object.keys(values ?? {})
    .filter((key) => !years.map(String).includes(key))
    .map((key) => ({ path: [...path, key], message: `väntade bara årtalen ${years.join(", ")} (dokumentets år), fann ${key}` }));
}

const yearKey = z.string().regex(/^\d{4}$/, { error: "väntade ett årtal som nyckel, t.ex. 2025" });

/** A value for each year, written with the year as key: `{ 2025: 8227, 2024: 8062 }`. */
export function perYear<T extends z.ZodType>(value: T) {
  return z.record(yearKey, value);
}

export const isoDate = z
  .string({ error: "väntade ett datum skrivet ÅÅÅÅ-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "väntade ett datum skrivet ÅÅÅÅ-MM-DD", abort: true })
  .refine((text) => !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime()) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
    error: "väntade ett datum som finns i kalendern",
  });

/** A share written as a fraction ("1/4") or a decimal (0.25), between 0 and 1. */
export const share = z
  .union([z.number(), z.string().regex(/^\d+\s*\/\s*\d+$/, { error: 'väntade en andel, t.ex. "1/4" eller 0.25' })], {
    error: 'väntade en andel, t.ex. "1/4" eller 0.25',
  })
  .transform((value) => {
    if (typeof value === "number") return value;
    const [numerator, denominator] = value.split("/").map(Number) as [number, number];
    return numerator / denominator;
  })
  .pipe(z.number().min(0, { error: "väntade en andel mellan 0 och 1" }).max(1, { error: "väntade en andel mellan 0 och 1" }));

export const label = z.string({ error: "väntade en text" }).min(1, { error: "väntade en text som inte är tom" });

/**
 * The id of a row, line, goal or section: what anchors, prose paths and cross-references use, so
 * that renaming a label changes nothing else. Lower-case letters, digits, "_" and "-".
 */
export const id = z
  .string({ error: "väntade ett id, t.ex. personalkostnader" })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: "väntade ett id av gemena bokstäver a–z, siffror, _ och -, t.ex. personalkostnader" });
