// Goals (resultatmål) as a verksamhetsplan sets them, in a shape the next year's årsredovisning can
// follow up one by one: each goal has a stable id, its text as printed, how it is measured (source)
// and, where the text names one, a target {comparator, value, unit}.
//
//   resultatmal:
//     year: 2026
//     levels:
//       - label: Individnivå                    # ambition level
//         intro: Med individens behov i centrum bidrar förbundets verksamhet till
//         ambitions:
//           - text: Ökade förutsättningar för individen att …
//             goals:
//               - id: deltagare-inflytande
//                 text: Minst 85% av deltagarna upplever …
//                 source: indikatorenkat
//                 target: { comparator: at_least, value: 85, unit: percent }
import { z } from "zod";
import { label, perYear } from "./common.ts";

export const goalComparator = z.enum(["at_least", "at_most", "exactly"], {
  error: "väntade at_least (minst), at_most (högst, överstiger inte) eller exactly",
});

export const goalUnit = z.enum(["percent", "persons", "count"], {
  error: "väntade percent, persons (personer, deltagare) eller count (aktiviteter, tillfällen …)",
});

/** How a goal is followed up; the årsredovisning groups its follow-up by this. */
export const goalSource = z.enum(["indikatorenkat", "insatsrapporter", "ekonomisk_uppfoljning", "egen_uppfoljning"], {
  error: "väntade indikatorenkat (NNS indikatorenkät), insatsrapporter (rapporter från finansierade insatser), ekonomisk_uppfoljning eller egen_uppfoljning",
});

/** Swedish headings for the sources, as the documents write them. */
export const goalSourceLabels: Record<z.output<typeof goalSource>, string> = {
  indikatorenkat: "NNS indikatorenkät",
  insatsrapporter: "Rapporter från finansierade insatser",
  ekonomisk_uppfoljning: "Ekonomisk uppföljning",
  egen_uppfoljning: "Förbundets egen uppföljning",
};

/** Measures the build can compute itself from the accounts (so an årsredovisning need not type them). */
export const goalMeasure = z.enum(["eget_kapital_andel_av_medlemsbidrag"], {
  error: "väntade eget_kapital_andel_av_medlemsbidrag",
});

export const goalTarget = z.strictObject({
  comparator: goalComparator,
  value: z.number({ error: "väntade målvärdet som ett tal, t.ex. 85 för 85 %" }),
  unit: goalUnit,
  measure: goalMeasure.optional().describe("Anges när värdet kan beräknas ur räkenskaperna."),
  per_year: perYear(z.number()).optional().describe("Målvärdet fördelat per år, så som texten anger det: { 2026: 5, 2027: 10 }."),
});

const goalId = z
  .string({ error: "väntade ett id, t.ex. deltagare-inflytande" })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "väntade ett id av gemena bokstäver a–z, siffror och bindestreck, t.ex. deltagare-inflytande" });

/** One goal. An insats' goals may leave out the id; the plan's resultatmål need one. */
export const goal = z.strictObject({
  id: goalId.optional(),
  text: label.describe("Målet så som det står i dokumentet."),
  source: goalSource.optional(),
  target: goalTarget.optional().describe("Utelämnas när målet saknar mätbart målvärde."),
});

/** An ambition (Ökade förutsättningar för individen …) and the goals that measure it. */
export const ambition = z.strictObject({
  text: label.optional(),
  goals: z.array(goal).min(1, { error: "väntade minst ett mål" }),
});

/** An ambition level (Individnivå, Samhällsnivå; Styrelsens mål, Finansiella mål). */
export const ambitionLevel = z.strictObject({
  label,
  intro: label.optional(),
  ambitions: z.array(ambition).min(1, { error: "väntade minst en ambition" }),
});

export const resultatmalSchema = z
  .strictObject({
    year: z.number({ error: "väntade året målen gäller" }).int(),
    heading: label.optional().describe("Kolumnrubrikerna så som dokumentet skriver dem, t.ex. Ambitionsnivåer / Resultatmål."),
    levels: z.array(ambitionLevel).min(1),
  })
  .superRefine((resultatmal, context) => {
    const seen = new Set<string>();
    for (const [l, level] of resultatmal.levels.entries()) {
      for (const [a, ambitionEntry] of level.ambitions.entries()) {
        for (const [i, g] of ambitionEntry.goals.entries()) {
          const path = ["levels", l, "ambitions", a, "goals", i, "id"];
          if (!g.id) context.addIssue({ code: "custom", path, message: "väntade ett id (årsredovisningen följer upp målet med det), fann inget" });
          else if (seen.has(g.id)) context.addIssue({ code: "custom", path, message: `väntade ett unikt id, fann ${g.id} två gånger` });
          else seen.add(g.id);
        }
      }
    }
  });

/** A group of an insats' goals ("Mål IPS", "Mål BIP"), with an optional intro. */
export const goalGroup = z.strictObject({
  label: label.optional(),
  intro: label.optional(),
  numbered: z.boolean().default(false).describe("Skrivs som en numrerad lista."),
  goals: z.array(goal).min(1, { error: "väntade minst ett mål" }),
});

export type Goal = z.output<typeof goal>;
export type GoalTarget = z.output<typeof goalTarget>;
export type GoalSource = z.output<typeof goalSource>;
export type Ambition = z.output<typeof ambition>;
export type AmbitionLevel = z.output<typeof ambitionLevel>;
/** The resultatmål of a plan year: what the årsredovisning of that year follows up. */
export type Resultatmal = z.output<typeof resultatmalSchema>;
export type GoalGroup = z.output<typeof goalGroup>;
