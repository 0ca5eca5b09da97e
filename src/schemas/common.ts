import { z } from "zod";

export const unit = z.enum(["kr", "tkr"]).describe("The unit amounts are written in: kr or tkr (thousands of kronor).");

/**
 * An amount as the document prints it, in the document's unit. "-" is an explicitly empty cell
 * (printed as a dash), which is not the same as 0; it becomes null.
 */
export const amount = z
  .union([z.number(), z.literal("-")], { error: 'expected an amount (a number) or "-" for an empty cell' })
  .transform((value) => (value === "-" ? null : value))
  .describe('An amount in the document\'s unit, or "-" for an explicitly empty cell.');

export type Amount = z.output<typeof amount>;

export const year = z.number({ error: "expected a year such as 2025" }).int().min(1990).max(2200);

const yearKey = z.string().regex(/^\d{4}$/, { error: "expected a year such as 2025 as the key" });

/** A value for each year, written with the year as key: `{ 2025: 8227, 2024: 8062 }`. */
export function perYear<T extends z.ZodType>(value: T) {
  return z.record(yearKey, value);
}

export const isoDate = z
  .string({ error: "expected a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date written as YYYY-MM-DD", abort: true })
  .refine((text) => !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime()) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
    error: "expected a real calendar date",
  });

/** A share written as a fraction ("1/4") or a decimal (0.25), between 0 and 1. */
export const share = z
  .union([z.number(), z.string().regex(/^\d+\s*\/\s*\d+$/)], { error: 'expected a share such as "1/4" or 0.25' })
  .transform((value) => {
    if (typeof value === "number") return value;
    const [numerator, denominator] = value.split("/").map(Number) as [number, number];
    return numerator / denominator;
  })
  .pipe(z.number().min(0, { error: "expected a share between 0 and 1" }).max(1, { error: "expected a share between 0 and 1" }));

export const label = z.string({ error: "expected a text" }).min(1, { error: "expected a non-empty text" });

/**
 * The id of a row, line, goal or section: what anchors, prose paths and cross-references use, so
 * that renaming a label changes nothing else. Lower-case letters, digits, "_" and "-".
 */
export const id = z
  .string({ error: "expected an id such as personalkostnader" })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: "expected an id of lower-case letters, digits, _ and -, e.g. personalkostnader" });
