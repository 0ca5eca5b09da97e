// Resultaträkning, balansräkning, kassaflödesanalys and the notes.
import { z } from "zod";
import { amount, id, label, perYear, yearList, yearsOutside } from "../common.ts";

const noteRow = z.strictObject({
  id: id.optional().describe("Radens id: med det hämtar nästa års årsredovisning radens värden för detta år."),
  label,
  driftsredovisning: id.optional().describe("Id för den rad i driftsredovisningen som notraden motsvarar: utfallet läses därifrån och skrivs inte här."),
  opening: z.boolean().optional().describe("Ingående värde i en not över förändringar: notens summa ett år tidigare (läses, skrivs inte)."),
  values: perYear(amount).default({}),
  part: z.string().optional().describe("Vilken rad i resultat- eller balansräkningen raden hör till, när noten förklarar flera rader."),
  strong: z.boolean().optional(),
  marks: perYear(z.string()).optional().describe("Ett fotnotstecken per år (“*”)."),
});

export const noteSchema = z.strictObject({
  number: z.number().int().min(1),
  title: label,
  sum_label: label
    .default("Summa")
    .describe("Hur notens rader läses: som en summa (om inget anges), eller som en förändring från ingående till utgående värde."),
  costs_positive: z
    .boolean()
    .default(false)
    .describe("Noten skriver kostnader som positiva belopp (utfallet från en rad i driftsredovisningen får då omvänt tecken)."),
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
  note_part: z.string().optional().describe("Notraderna med denna `part` utgör raden."),
  values: perYear(amount).optional(),
  driftsredovisning: z
    .enum(["intakter", "kostnader", "finansiella_poster"])
    .optional()
    .describe("Hämta raden från den här gruppens utfall i samma års driftsredovisning."),
  from: statementRef(false).optional(),
  opening_of: id.optional().describe("Ingående värde: förra årets värde på den här raden (t.ex. utgående eget kapital)."),
  stated: perYear(amount).optional().describe("Värdet så som dokumentet anger det, där värdet beräknas."),
  strong: z.boolean().optional(),
  change_of: statementRef(true)
    .optional()
    .describe("En förändringsrad (kassaflöde): jämförs med den angivna radens förändring sedan förra året (utgående − ingående; '-' framför: omvänt tecken)."),
});

const statementSum = z.strictObject({
  sum: label.describe("Text för en summarad: summan av de angivna id:na, eller av alla rader ovanför."),
  of: z.array(id).optional(),
  id: id.optional(),
  strong: z.boolean().default(true),
  stated: perYear(amount).optional(),
});

const statementHeading = z.strictObject({ heading: label, strong: z.boolean().default(true) });

export const statementSchema = z
  .strictObject({
    years: yearList.describe("Kolumnerna, nyaste året först."),
    column_labels: perYear(z.string()).optional().describe("Kolumnrubriker när de inte bara är året: “2025-01-01 – 2025-12-31”."),
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
