import { z } from "zod";
import { amount, id, isoDate, label, perYear, unit, yearList, yearsOutside } from "./common.ts";

/**
 * Sign convention: every amount is written as the document prints it — income positive, costs
 * negative (−4 447), financial items with their own sign. A group's sum is the plain sum of its
 * rows, a result the plain sum of the groups above it, and a difference is utfall − budget, so a
 * positive difference is always better than budget.
 */
const signConvention =
  "Belopp så som dokumentet skriver dem: intäkter positiva, kostnader negativa; summor och resultat är vanliga summor; differens = utfall − budget.";

const values = perYear(amount);

const row = z.strictObject({
  id: id.describe("Radens id: ankaret, och det som texter, noter och årsredovisningen använder för att hänvisa till raden (aldrig label)."),
  label,
  plan_line: id.optional().describe("Id för den budgetrad i varje års verksamhetsplan som är radens budget: budgetkolumnen läses därifrån."),
  utfall: values.default({}).describe("Utfall per år; ett år som har en egen driftsredovisning läses därifrån och skrivs inte här."),
  budget: values.default({}).describe("Budget per år; ett år vars verksamhetsplan finns i data/ läses från den (plan_line) och skrivs inte här."),
});

/** Totals as the source document prints them: kept to be checked against the computed ones. */
const stated = z
  .strictObject({ utfall: values.optional(), budget: values.optional(), differens: values.optional() })
  .describe("En summa så som dokumentet anger den. Visas aldrig; jämförs med den beräknade summan.");

const group = z.strictObject({
  label: label.optional().describe("Rubrikrad ovanför gruppen, t.ex. Verksamhetens intäkter."),
  sum_label: label.optional().describe("Text på summaraden, t.ex. Summa intäkter; utan den visas ingen summarad."),
  rows: z.array(row).min(1, { error: "väntade minst en rad" }),
  stated_sum: stated.optional(),
});

const result = z.strictObject({ label, stated: stated.optional() });

export const driftsredovisningSchema = z
  .strictObject({
    title: label.default("Driftsredovisning"),
    unit: unit.optional().describe("Om inget anges: förbundets enhet."),
    years: yearList.describe("Åren som visas, i kolumnordning (rapportåret först)."),
    decided: isoDate.optional().describe("Datum då styrelsen antog dokumentet (PDF-filens skapandedatum); utan datum är dokumentet ett utkast."),
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
