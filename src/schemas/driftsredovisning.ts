import { z } from "zod";
import { amount, id, isoDate, label, perYear, unit, yearList, yearsOutside } from "./common.ts";

/**
 * Sign convention: every amount is written as the document prints it — income positive, costs
 * negative (−4 447), financial items with their own sign. A group's sum is the plain sum of its
 * rows, a result the plain sum of the groups above it, and a difference is utfall − budget, so a
 * positive difference is always better than budget.
 */
const signConvention = "Amounts as printed: income positive, costs negative; sums and results are plain sums; differens = utfall − budget.";

const values = perYear(amount);

const row = z.strictObject({
  id: id.describe("The row's id: its anchor, and how prose, notes and the årsredovisning refer to it (never by label)."),
  label,
  plan_line: id
    .optional()
    .describe("The id of the budget line of each year's verksamhetsplan that is this row's budget: the budget column is read from there."),
  utfall: values.default({}).describe("Outcome per year; a year the driftsredovisning of that year has is read from there, not written here."),
  budget: values.default({}).describe("Budget per year; a year whose verksamhetsplan is in data/ is read from it (plan_line), not written here."),
});

/** Totals as the source document prints them: kept to be checked against the computed ones. */
const stated = z
  .strictObject({ utfall: values.optional(), budget: values.optional(), differens: values.optional() })
  .describe("A total as the document states it. Never used for display; compared with the computed total.");

const group = z.strictObject({
  label: label.optional().describe("Heading row above the group, e.g. Verksamhetens intäkter."),
  sum_label: label.optional().describe("Label of the sum row, e.g. Summa intäkter; without it no sum row is shown."),
  rows: z.array(row).min(1, { error: "väntade minst en rad" }),
  stated_sum: stated.optional(),
});

const result = z.strictObject({ label, stated: stated.optional() });

export const driftsredovisningSchema = z
  .strictObject({
    title: label.default("Driftsredovisning"),
    unit: unit.optional().describe("Defaults to the förbund's unit."),
    years: yearList.describe("The years shown, in column order (the report year first)."),
    decided: isoDate.optional().describe("The date the board adopted the document (the PDF's creation date); without it the document is an utkast."),
    intakter: group,
    kostnader: group,
    verksamhetsresultat: result,
    finansiella_poster: group,
    resultat: result,
  })
  .describe(signConvention)
  .superRefine((report, context) => {
    const groups = ["intakter", "kostnader", "finansiella_poster"] as const;
    const totals = [...groups.map((name) => [name, "stated_sum"] as const), ["verksamhetsresultat", "stated"] as const, ["resultat", "stated"] as const];
    for (const [name, key] of totals) {
      const stated = (report[name] as { [k: string]: { utfall?: object; budget?: object; differens?: object } | undefined })[key];
      for (const column of ["utfall", "budget", "differens"] as const) {
        for (const issue of yearsOutside(stated?.[column] as Record<string, unknown> | undefined, report.years, [name, key, column])) {
          context.addIssue({ code: "custom", ...issue });
        }
      }
    }
    const seen = new Set<string>();
    for (const name of groups) {
      report[name].rows.forEach((r, index) => {
        if (seen.has(r.id)) context.addIssue({ code: "custom", path: [name, "rows", index, "id"], message: `väntade ett unikt id, fann ${r.id} två gånger` });
        seen.add(r.id);
      });
    }
    for (const name of groups) {
      for (const [index, r] of report[name].rows.entries()) {
        for (const column of ["utfall", "budget"] as const) {
          for (const issue of yearsOutside(r[column], report.years, [name, "rows", index, column])) context.addIssue({ code: "custom", ...issue });
        }
      }
    }
  });

export type Driftsredovisning = z.output<typeof driftsredovisningSchema>;
export type DriftsredovisningGroup = z.output<typeof group>;
export type StatedValues = z.output<typeof stated>;
