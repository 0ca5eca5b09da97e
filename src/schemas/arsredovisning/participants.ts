// Participants of the funded insatser: counts per year by gender, status at exit, the parties that
// referred them, and insatser that ended during the year.
import { z } from "zod";
import { id, label, perYear, share } from "../common.ts";
import { statedFigure } from "./stated-figure.ts";

const count = z.number({ error: "väntade ett antal (ett heltal)" }).int({ error: "väntade ett heltal" }).min(0, { error: "väntade ett antal, 0 eller fler" });
/** A count or "-" (printed as a dash: not known / not split). */
const countCell = z
  .union([count, z.literal("-")], { error: 'väntade ett antal eller "-" för en tom cell' })
  .transform((value) => (value === "-" ? null : value));

/**
 * A count split by gender. `total` is everyone (also those whose gender is not stated); give
 * either `total` or `not_stated` (default 0) — the other is computed. Both given: they are checked.
 */
export const genderCount = z
  .strictObject({
    total: count.optional().describe("Alla, även de vars kön inte är angivet."),
    women: countCell.describe("Kvinnor."),
    men: countCell.describe("Män."),
    not_stated: count.optional().describe("Ej angivet kön."),
  })
  .describe("Ett antal per kön: { total, women, men } eller { women, men, not_stated }.");

const participantYear = z.strictObject({
  enrolled: genderCount.describe("Inskrivna deltagare under året."),
  new: genderCount.optional().describe("Nya deltagare."),
  ended: genderCount.optional().describe("Avslutade deltagare."),
  with_psychiatry: genderCount.optional().describe("Deltagare med kontakt hos psykiatri."),
  with_psychiatry_share: share.optional().describe("Bara där antalet inte är känt: andelen så som dokumentet anger den."),
  anonymous: genderCount.optional().describe("Anonyma ärenden/konsultationer."),
});

/** Status at exit: categories, each a count of the year's ended participants. */
const exitCategory = z.strictObject({
  id,
  label,
  prefix: z.string().optional().describe("Skrivs i fetstil före benämningen (“Till”)."),
  of: id.optional().describe("En underkategori (“varav arbete”) till kategorin med detta id."),
  register_values: z
    .array(label)
    .optional()
    .describe(
      "Värdena i deltagarregistrets kolumn Status vid avslut som hör till kategorin (npm run import -- deltagare); utan: standardvärdena för kategorins id.",
    ),
  values: perYear(genderCount),
});

const referralParty = z.strictObject({ party: label, share });

const endedInsats = z.strictObject({
  id,
  name: label,
  period: z.string().optional(),
  participants: genderCount.describe("Deltagare under hela insatstiden."),
  ended: count.describe("Avslutade under insatstiden."),
  to_work_study: count.optional(),
  to_work_programme: count.optional(),
  approximate: z.boolean().optional().describe("Årsredovisningen anger antalen med 'ca'."),
});

export const participantsSchema = z.strictObject({
  years: perYear(participantYear),
  history_years: z.number().int().min(1).default(5).describe("Hur många år Tabell 1 visar."),
  exit_status: z.array(exitCategory).optional(),
  referrals: z.strictObject({ approx_total: count.optional(), enrolled_share: share.optional(), by_party: z.array(referralParty).min(1) }).optional(),
  stated: z.record(z.string(), statedFigure).optional().describe("Siffror som texten skriver ut, med den beräknade sökväg de citerar som nyckel."),
  insatser: z.array(endedInsats).optional().describe("Insatser som avslutades under året, med resultat för hela perioden."),
  text_figures: z
    .record(z.string(), z.number())
    .optional()
    .describe("Siffror som bara texten anger (ingen tabell har dem), t.ex. en andel av de avslutade deltagarna."),
});

export { count };
