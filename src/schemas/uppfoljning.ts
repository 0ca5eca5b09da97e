// Tertialuppföljning: the board's follow-up of the year so far (T1 January–April, T2 January–August)
// with a full-year prognosis. Its rows are the driftsredovisning's (the same ids); the årsbudget is
// read from the year's verksamhetsplan (plan_line), the utfall written by the SIE import, and only
// the prognosis is the director's own figure. File: data/<förbund>/<år>/uppfoljning-t1.yaml, -t2.yaml.
import { z } from "zod";
import { amount, id, isoDate, label, share, unit } from "./common.ts";
import { internkontrollStatusSchema } from "./internkontrollplan.ts";

const row = z.strictObject({
  id: id.describe("Radens id, samma som driftsredovisningens: ankaret, och det som importen och årsredovisningens jämförelse använder."),
  label,
  plan_line: id.optional().describe("Id för budgetraden i årets verksamhetsplan: årsbudgeten läses därifrån."),
  budget: amount
    .optional()
    .describe("Årsbudget. Läses från årets verksamhetsplan (plan_line) när den finns i data/; skrivs den ändå här jämförs den med planen."),
  utfall: amount.optional().describe("Utfall för perioden (januari till periodens slut). Skrivs av `npm run import -- sie`."),
  periodiserad_budget: amount
    .optional()
    .describe("Periodiserad budget för perioden, från SIE-filens #PBUDGET (skrivs av importen). Utan den: tolftedelar av årsbudgeten."),
  prognos: amount
    .optional()
    .describe("Helårsprognos: förbundschefens bedömning av årets utfall. Utan den skrivs det som prognos_default anger, och dokumentet säger det."),
  kommentar: label.optional().describe("Kort kommentar till raden (varför prognosen avviker), tryckt under tabellen."),
  grows: z
    .boolean()
    .optional()
    .describe("Radens utfall växer bara under året (intäkter och kostnader: ja; finansiella poster: nej): ett tertial kan då inte ha mer än helåret."),
});

/** Totals as a follow-up made elsewhere prints them: kept to be checked against the computed ones. */
const stated = z
  .strictObject({ budget: amount.optional(), utfall: amount.optional(), prognos: amount.optional() })
  .describe("En summa så som dokumentet anger den. Visas aldrig; jämförs med summan av raderna.");

const group = z.strictObject({
  label: label.optional().describe("Rubrikrad ovanför gruppen, t.ex. Verksamhetens intäkter."),
  sum_label: label.optional().describe("Text på summaraden, t.ex. Summa intäkter; utan den visas ingen summarad."),
  rows: z.array(row).min(1, { error: "väntade minst en rad" }),
  stated_sum: stated.optional(),
});

const count = z.number({ error: "väntade ett antal" }).int({ error: "väntade ett heltal" }).min(0, { error: "väntade ett antal från 0" });
const split = z.strictObject({ total: count, women: count, men: count }).describe("Alla (också de med annat eller okänt kön), kvinnor, män.");
const periodCounts = z.strictObject({
  enrolled: split.describe("Inskrivna någon gång under perioden."),
  new: split.describe("Nya under perioden."),
  ended: split.describe("Avslutade under perioden."),
});

/** The participant register counted to the period's end (written by `npm run import -- deltagare … --tertial`): counts only. */
const deltagare = periodCounts
  .extend({
    insatser: z.record(id, periodCounts).default({}).describe("Per insats (id som i verksamhetsplanen): samma antal för insatsens deltagare."),
  })
  .describe("Deltagare hittills i år, från deltagarregistret räknat till periodens slut. Skrivs av importen, bara antal.");

/** A goal of the year's plan followed up to date. */
const goalFollowUp = z.strictObject({
  goal: id.describe("Målets id i årets verksamhetsplan (resultatmal)."),
  value: z.number().optional().describe("Utfallet hittills, i målets enhet (procent eller antal)."),
  from: z
    .enum(["deltagare.enrolled.total", "deltagare.new.total", "deltagare.ended.total"])
    .optional()
    .describe("Läs utfallet ur periodens deltagarantal i stället för att skriva det (t.ex. målet om antal deltagare)."),
  comment: label.optional().describe("Kort bedömning hittills."),
});

/** What the SIE import read, kept so that the granskning can check the utfall against it. */
const bokforing = z
  .strictObject({
    file: label.describe("SIE-filens namn."),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "väntade en SHA-256 i hex" }),
    source: z.enum(["#PSALDO", "#VER"]).describe("Var periodens belopp lästes: periodsaldon eller verifikationernas datum."),
    to: isoDate.describe("Sista dagen som summerades (periodens slut)."),
    sums: z.record(id, z.number()).describe("Per rad-id: summan av radens konton för perioden, i kronor med dokumentets tecken."),
    pbudget: z.record(id, z.number()).optional().describe("Per rad-id: filens #PBUDGET för perioden, i kronor."),
  })
  .describe("Kontrollsummor som importen skrev: granskningen jämför periodens utfall med dem. Skrivs inte för hand.");

export const uppfoljningSchema = z
  .strictObject({
    title: label.optional().describe("Om inget anges: Tertialuppföljning januari–april/augusti <år>."),
    tertial: z.union([z.literal(1), z.literal(2)], { error: "väntade tertial 1 (januari–april) eller 2 (januari–augusti)" }),
    unit: unit.optional().describe("Om inget anges: förbundets enhet."),
    period: z
      .strictObject({ from: isoDate, to: isoDate })
      .optional()
      .describe("Periodens första och sista dag, som importen skrev dem; granskningen prövar dem mot tertialet."),
    decided: isoDate.optional().describe("Datum då styrelsen tog uppföljningen; utan datum är den ett utkast."),
    decided_note: label.optional().describe("Om beslutsdatumet, bara för granskningen."),
    prognos_default: z
      .enum(["budget", "utfall"])
      .default("budget")
      .describe("Prognos för en rad utan egen: budget (årsbudgeten) eller utfall (periodens utfall uppräknat till helår). Dokumentet anger vilket."),
    intakter: group,
    kostnader: group,
    finansiella_poster: group,
    verksamhetsresultat_label: label.default("Verksamhetsresultat"),
    resultat_label: label.default("Årets resultat"),
    verksamhetsresultat_stated: stated.optional(),
    resultat_stated: stated.optional(),
    eget_kapital: z
      .strictObject({
        ingaende: amount
          .optional()
          .describe("Eget kapital vid årets början. Läses från förra årets bokslut (årsredovisningens balansräkning) när det finns i data/."),
        recommended_share: share.optional().describe("Rekommenderad nivå som andel av medlemsbidraget; om inget anges: årets verksamhetsplans."),
      })
      .default({}),
    bokforing: bokforing.optional(),
    deltagare: deltagare.optional(),
    internkontroll: internkontrollStatusSchema
      .optional()
      .describe("Status för internkontrollplanens kontrollmoment som följs upp i tertialet (planen i data/<förbund>/<år>/internkontrollplan.yaml)."),
    resultatmal: z
      .array(goalFollowUp)
      .default([])
      .describe("Resultatmålen i årets verksamhetsplan som följs upp hittills. Mål som mäts med indikatorenkäten följs upp årligen och behöver inget."),
  })
  .superRefine((report, context) => {
    const seen = new Set<string>();
    for (const name of ["intakter", "kostnader", "finansiella_poster"] as const) {
      report[name].rows.forEach((r, index) => {
        if (seen.has(r.id)) context.addIssue({ code: "custom", path: [name, "rows", index, "id"], message: `väntade ett unikt id, fann ${r.id} två gånger` });
        seen.add(r.id);
      });
    }
  });

export type Uppfoljning = z.output<typeof uppfoljningSchema>;
export type UppfoljningRow = z.output<typeof row>;
export type UppfoljningStated = z.output<typeof stated>;
export type PeriodCounts = z.output<typeof periodCounts>;
export type GoalFollowUp = z.output<typeof goalFollowUp>;
