// What the förvaltningsberättelse says about the economy and the years: the overview of several
// years, the forums, and the figures the text quotes that no table holds.
import { z } from "zod";
import { amount, id, label, perYear, share, year, yearList } from "../common.ts";
import { count } from "./participants.ts";
import { statedFigure } from "./stated-figure.ts";

const overviewYear = z.strictObject({
  intakter: amount.optional(),
  kostnader: amount.optional(),
  arets_resultat: amount.optional(),
  anstallda: z.number().optional().describe("Antal anställda på kansliet (årsarbetare)."),
});

export const overviewSchema = z.strictObject({
  years: yearList.describe("Columns of the 'Översikt över verksamhetens utveckling', newest first."),
  values: perYear(overviewYear).describe("Per year; the report year's intäkter, kostnader and resultat come from the statements."),
});

const forumEvent = z.strictObject({ name: label, kind: z.string().optional(), participants: count.optional() });

export const forumsSchema = z.strictObject({ approx_total: count.optional(), events: z.array(forumEvent) });

export const economySchema = z.strictObject({
  funded_positions: z.number().optional().describe("Tjänster finansierade hos medlemmarna (årsarbetare)."),
  cost_details: z
    .array(z.strictObject({ id, label, utfall: z.number(), budget: z.number().optional() }))
    .optional()
    .describe("Parts of a driftsredovisning row the text names (aktiviteter, drift); prose quotes them as economy.details.<id>."),
  cost_details_of: id.optional().describe("Id of the driftsredovisning row the cost_details are parts of (their sum is compared with it)."),
  individual_cost_rows: z.array(id).optional().describe("Ids of the driftsredovisning rows counted as individinriktade insatser."),
  member_contribution_row: id.default("medlemsbidrag").describe("Id of the driftsredovisning row that is the members' contribution."),
  equity_recommended_share: share.optional().describe("Nationella rådets rekommendation: eget kapital as share of medlemsbidraget."),
  next_year: z
    .strictObject({
      year,
      intakter: z
        .number()
        .optional()
        .describe("Budgeted income of that year; read from its verksamhetsplan when data/ has it (a value written here is then compared)."),
      kostnader: z.number().optional().describe("Budgeted costs of that year (positive); read from its verksamhetsplan when data/ has it."),
    })
    .optional()
    .describe("The next year's budget the text quotes (economy.nextYearIntakter, economy.nextYearKostnader)."),
  stated: z.record(z.string(), statedFigure).optional(),
});
