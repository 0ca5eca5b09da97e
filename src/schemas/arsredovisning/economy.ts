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
  years: yearList.describe("Kolumnerna i 'Översikt över verksamhetens utveckling', nyaste året först."),
  values: perYear(overviewYear).describe("Per år; rapportårets intäkter, kostnader och resultat hämtas från resultaträkningen."),
});

const forumEvent = z.strictObject({ name: label, kind: z.string().optional(), participants: count.optional() });

export const forumsSchema = z.strictObject({ approx_total: count.optional(), events: z.array(forumEvent) });

export const economySchema = z.strictObject({
  funded_positions: z.number().optional().describe("Tjänster finansierade hos medlemmarna (årsarbetare)."),
  cost_details: z
    .array(z.strictObject({ id, label, utfall: z.number(), budget: z.number().optional() }))
    .optional()
    .describe("Delar av en rad i driftsredovisningen som texten nämner (aktiviteter, drift); texten citerar dem som economy.details.<id>."),
  cost_details_of: id.optional().describe("Id för den rad i driftsredovisningen som cost_details är delar av (deras summa jämförs med raden)."),
  individual_cost_rows: z.array(id).optional().describe("Id för de rader i driftsredovisningen som räknas som individinriktade insatser."),
  member_contribution_row: id.default("medlemsbidrag").describe("Id för den rad i driftsredovisningen som är medlemsbidraget."),
  equity_recommended_share: share.optional().describe("Nationella rådets rekommendation: eget kapital som andel av medlemsbidraget."),
  next_year: z
    .strictObject({
      year,
      intakter: z
        .number()
        .optional()
        .describe("Budgeterade intäkter det året; läses från årets verksamhetsplan när den finns i data/ (ett värde som skrivs här jämförs då med den)."),
      kostnader: z.number().optional().describe("Budgeterade kostnader det året (positivt tal); läses från årets verksamhetsplan när den finns i data/."),
    })
    .optional()
    .describe("Nästa års budget som texten citerar (economy.nextYearIntakter, economy.nextYearKostnader)."),
  stated: z.record(z.string(), statedFigure).optional(),
});
