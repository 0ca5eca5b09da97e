// Resultaträkning, balansräkning, kassaflödesanalys and the notes.
import { z } from "zod";
import { amount, id, label, perYear, yearList, yearsOutside } from "../common.ts";

const noteRow = z.strictObject({
  id: id.optional().describe("The row's id: next year's report reads its values for this year by it."),
  label,
  driftsredovisning: id.optional().describe("The id of a driftsredovisning row this note row is: its utfall is read from there, not written here."),
  opening: z.boolean().optional().describe("The opening balance of a movement note: the note's sum a year earlier (read, not written)."),
  values: perYear(amount).default({}),
  part: z.string().optional().describe("Which statement line the row belongs to, when a note explains several lines."),
  strong: z.boolean().optional(),
  marks: perYear(z.string()).optional().describe("A footnote mark per year (“*”)."),
});

export const noteSchema = z.strictObject({
  number: z.number().int().min(1),
  title: label,
  sum_label: label.default("Summa").describe("How the note's rows are read: a sum (default), or a movement from opening to closing."),
  costs_positive: z.boolean().default(false).describe("The note prints costs as positive amounts (a driftsredovisning row's utfall is then negated)."),
  rows: z.array(noteRow).min(1),
  stated_sum: perYear(amount).optional(),
  footnote: z.string().optional(),
});

const statementRef = (sign: boolean) =>
  z.string().regex(new RegExp(`^${sign ? "-?" : ""}(resultatrakning|balansrakning|kassaflodesanalys)\\.[a-z0-9][a-z0-9_-]*$`), {
    error: sign ? "väntade rapport.rad_id, med - före för motsatt tecken" : "väntade rapport.rad_id, t.ex. resultatrakning.arets_resultat",
  });

/**
 * A line of a statement. Its value per year is, in this order: the driftsredovisning group's utfall
 * (`driftsredovisning:`), another statement's line (`from: resultatrakning.arets_resultat`), last
 * year's value of a line in this statement (`opening_of:`, for years that have one), or `values`
 * as printed. A line with a note is compared with the note's sum. No value at all: an empty line.
 */
const statementLine = z.strictObject({
  id: id.optional(),
  label,
  note: z.number().int().optional(),
  note_part: z.string().optional().describe("The note rows with this `part` make up the line."),
  values: perYear(amount).optional(),
  driftsredovisning: z
    .enum(["intakter", "kostnader", "finansiella_poster"])
    .optional()
    .describe("Take the line from this group's utfall in the driftsredovisning of the same year."),
  from: statementRef(false).optional(),
  opening_of: id.optional().describe("Opening balance: last year's value of this line (e.g. the closing equity)."),
  stated: perYear(amount).optional().describe("As printed, where the value is computed."),
  strong: z.boolean().optional(),
  change_of: statementRef(true)
    .optional()
    .describe("A change line (kassaflöde): compared with this line's change from last year (closing − opening; '-' in front: the opposite)."),
});

const statementSum = z.strictObject({
  sum: label.describe("Label of a sum: of the listed ids, or of every line above."),
  of: z.array(id).optional(),
  id: id.optional(),
  strong: z.boolean().default(true),
  stated: perYear(amount).optional(),
});

const statementHeading = z.strictObject({ heading: label, strong: z.boolean().default(true) });

export const statementSchema = z
  .strictObject({
    years: yearList.describe("Columns, newest first."),
    column_labels: perYear(z.string()).optional().describe("Column headings when not just the year: “2025-01-01 – 2025-12-31”."),
    entries: z.array(z.union([statementSum, statementHeading, statementLine])),
  })
  .superRefine((statement, context) => {
    for (const [index, entry] of statement.entries.entries()) {
      for (const key of ["values", "stated"] as const) {
        const values = (entry as { values?: Record<string, unknown>; stated?: Record<string, unknown> })[key];
        // An opening balance may give the year before the first column (it is read from there).
        const years =
          key === "values" && "opening_of" in entry && entry.opening_of ? [...statement.years, ...statement.years.map((y) => y - 1)] : statement.years;
        for (const issue of yearsOutside(values, [...new Set(years)], ["entries", index, key])) context.addIssue({ code: "custom", ...issue });
      }
    }
  });
