// Internkontrollplan: the board's plan of risks and controls for a year, adopted with the
// verksamhetsplan in the autumn before it. Each risk is assessed as sannolikhet and konsekvens on
// the plan's scale (riskvärde and level are computed: src/compute/internkontroll.ts), and its
// control is followed up when follow_up says — at T1, at T2 (the tertialuppföljning's
// `internkontroll`, whose statuses are checked against this plan) or in the årsredovisning.
// File: data/<förbund>/<år>/internkontrollplan.yaml, in the folder of the year the plan is for.
import { z } from "zod";
import { id, isoDate, label } from "./common.ts";

/** When a control is followed up: the tertialuppföljningar T1 and T2, and the year's årsredovisning. */
export const followUpOccasions = ["t1", "t2", "arsredovisning"] as const;
export type FollowUpOccasion = (typeof followUpOccasions)[number];

/** As the documents write them: the column Uppföljning, and the findings. */
export const followUpOccasionLabels: Record<FollowUpOccasion, string> = { t1: "T1", t2: "T2", arsredovisning: "Årsredovisning" };

const occasion = z
  .enum(followUpOccasions, { error: "väntade t1, t2 eller arsredovisning" })
  .describe("t1: tertialuppföljningen januari–april, t2: januari–augusti, arsredovisning: helåret.");

const grade = z
  .number({ error: "väntade en siffra på planens skala, t.ex. 3" })
  .int({ error: "väntade en hel siffra på planens skala, t.ex. 3" })
  .min(1, { error: "väntade minst 1" });

const risk = z.strictObject({
  id: id.describe("Riskens id: ankaret, och det som tertialuppföljningens internkontroll hänvisar till (aldrig texten)."),
  area: label.describe("Processen eller området som risken hör till, t.ex. Ekonomi, Insatser eller Dataskydd."),
  risk: label.describe("Risken: vad som kan gå fel."),
  sannolikhet: grade.describe("Hur troligt det är att risken inträffar: 1 (osannolikt) till skalans högsta (scale, förvalt 4: mycket sannolikt)."),
  konsekvens: grade.describe("Hur allvarligt det blir om den inträffar: 1 (lindrigt) till skalans högsta (scale, förvalt 4: allvarligt)."),
  control: label.optional().describe("Kontrollmomentet: vad som kontrolleras. Saknas det i ett utkast står det i checklistan."),
  method: label.optional().describe("Hur kontrollen görs (stickprov, avstämning, genomgång …), när det behöver sägas."),
  responsible: label.describe("Vem som ansvarar för kontrollen, som en roll: förbundschef, ekonom, styrelsen — inte en persons namn."),
  follow_up: z
    .array(occasion)
    .default([])
    .describe("När kontrollen följs upp: t1, t2 och/eller arsredovisning. Saknas det i ett utkast står det i checklistan."),
});

export const internkontrollplanSchema = z
  .strictObject({
    title: label.optional().describe("Om inget anges: Internkontrollplan <år>."),
    decided: isoDate.optional().describe("Datum då styrelsen fastställde planen (PDF-filens skapandedatum); utan datum är planen ett utkast."),
    decided_note: label.optional().describe("Om beslutsdatumet eller planens innehåll, bara för granskningen (skrivs aldrig ut i dokumentet)."),
    scale: z
      .number({ error: "väntade skalans högsta värde, t.ex. 4" })
      .int({ error: "väntade skalans högsta värde som ett heltal, t.ex. 4" })
      .min(2, { error: "väntade en skala på minst 2" })
      .max(10, { error: "väntade en skala på högst 10" })
      .default(4)
      .describe("Skalan för sannolikhet och konsekvens: 1 till detta värde (förvalt 4). Riskvärdet = sannolikhet × konsekvens."),
    risks: z.array(risk).min(1, { error: "väntade minst en risk" }).describe("Riskerna i den ordning planen tar upp dem."),
  })
  .superRefine((plan, context) => {
    const seen = new Set<string>();
    plan.risks.forEach((r, index) => {
      if (seen.has(r.id)) context.addIssue({ code: "custom", path: ["risks", index, "id"], message: `väntade ett unikt id, fann ${r.id} två gånger` });
      seen.add(r.id);
      for (const key of ["sannolikhet", "konsekvens"] as const) {
        if (r[key] > plan.scale) {
          context.addIssue({ code: "custom", path: ["risks", index, key], message: `väntade högst ${plan.scale} (planens skala), fann ${r[key]}` });
        }
      }
      r.follow_up.forEach((when, at) => {
        if (r.follow_up.indexOf(when) !== at) {
          context.addIssue({ code: "custom", path: ["risks", index, "follow_up", at], message: `väntade varje uppföljning en gång, fann ${when} två gånger` });
        }
      });
    });
  });

export type Internkontrollplan = z.output<typeof internkontrollplanSchema>;
export type InternkontrollRisk = z.output<typeof risk>;

/** A control's outcome as the tertialuppföljning reports it. */
export const internkontrollStatuses = ["utan_anmarkning", "avvikelse", "ej_genomford"] as const;
export type InternkontrollStatus = (typeof internkontrollStatuses)[number];

/** As the follow-up's table writes them; a control without a status is NOT_REPORTED. */
export const internkontrollStatusLabels: Record<InternkontrollStatus, string> = {
  utan_anmarkning: "Utan anmärkning",
  avvikelse: "Avvikelse",
  ej_genomford: "Ej genomförd",
};
export const NOT_REPORTED = "Ej rapporterad";

const statusEntry = z.strictObject({
  risk: id.describe("Riskens id i årets internkontrollplan (data/<förbund>/<år>/internkontrollplan.yaml)."),
  status: z
    .enum(internkontrollStatuses, { error: "väntade utan_anmarkning, avvikelse eller ej_genomford" })
    .describe("Kontrollens utfall: utan_anmarkning, avvikelse (kontrollen visade en brist) eller ej_genomford."),
  comment: label.optional().describe("Kort kommentar: vad kontrollen visade, och vad som görs åt en avvikelse."),
});

/**
 * The follow-up of the year's internkontrollplan in a tertialuppföljning (its `internkontroll`): one
 * status per risk, for the controls the plan schedules for the tertial (and any other it reports).
 */
export const internkontrollStatusSchema = z
  .array(statusEntry)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.risk))
        context.addIssue({ code: "custom", path: [index, "risk"], message: `väntade en status per risk, fann ${entry.risk} två gånger` });
      seen.add(entry.risk);
    });
  })
  .describe(
    "Uppföljningen av internkontrollplanens kontrollmoment: en status per risk som planen följer upp i tertialet (follow_up), med risken som id. " +
      "En kontroll utan status är ej rapporterad.",
  );

export type InternkontrollStatusEntry = z.output<typeof statusEntry>;
