// The goal follow-up: ambitions, each with goals (read from the verksamhetsplan of the year by id,
// or written here), the results each goal is measured by, and the status the report declares.
import { z } from "zod";
import { label } from "../common.ts";

const comparator = z.enum(["at_least", "at_most", "between"], { error: "väntade at_least, at_most eller between" });

const goalResult = z
  .strictObject({
    label: label.optional().describe("Vem eller vad: 'medarbetare', 'chefer'; om inget anges enkätfrågans grupp."),
    survey: z.string().optional().describe("Id för en enkätfråga: dess andel för rapportåret (och föregående år)."),
    path: z.string().optional().describe("En sökväg bland de beräknade värdena, t.ex. exit.work_study.total.share."),
    value: z.number().optional().describe("Ett resultat som skrivs här (source: reports)."),
    previous: z.number().optional(),
  })
  .refine((r) => [r.survey, r.path, r.value].filter((x) => x !== undefined).length === 1, { error: "väntade exakt ett av survey, path och value" });

export const goalSchema = z
  .strictObject({
    plan_goal: z.string().optional().describe("Id för målet i samma års verksamhetsplan (resultatmal): målets text och målvärde läses därifrån."),
    text: label.optional().describe("Målet; {target} ersätts med målvärdet ('Minst 85 %'). Bara där inget mål i planen anges (eller som reserv)."),
    target: z
      .strictObject({
        comparator,
        value: z.number(),
        max: z.number().optional().describe("Övre gräns för between."),
        unit: z.enum(["percent", "count", "share_of"]).default("percent"),
      })
      .optional(),
    source: z.enum(["survey", "reports", "accounts"], { error: "väntade survey, reports eller accounts" }),
    results: z.array(goalResult).default([]).describe("Vad målet mäts med; tom tills årets resultat finns (en punkt i checklistan)."),
  })
  .refine((g) => g.plan_goal !== undefined || (g.text !== undefined && g.target !== undefined), {
    error: "väntade plan_goal (ett mål-id i verksamhetsplanen) eller text och target",
  });

const declaredStatus = z.strictObject({
  text: label.describe("Som dokumentet skriver det: 'Målet är delvis uppnått'."),
  status: z.enum(["uppnatt", "delvis", "ej"], { error: "väntade uppnatt, delvis eller ej" }),
});

export const ambitionSchema = z.strictObject({
  ambition: label,
  follow_up: label.describe("Hur den följs upp: 'Mål uppföljda genom NNS indikatorenkät'."),
  declared: declaredStatus.optional(),
  prose: z.string().optional().describe("Textavsnittet med resultattext och kommentar: content/prose/…/NN-<prose>.md."),
  goals: z.array(goalSchema).min(1),
});
