// The goal follow-up: ambitions, each with goals (read from the verksamhetsplan of the year by id,
// or written here), the results each goal is measured by, and the status the report declares.
import { z } from "zod";
import { label } from "../common.ts";

const comparator = z.enum(["at_least", "at_most", "between"], { error: "väntade at_least, at_most eller between" });

const goalResult = z
  .strictObject({
    label: label.optional().describe("Who or what: 'medarbetare', 'chefer'; defaults to the survey's group."),
    survey: z.string().optional().describe("Id of a survey question: its share for the report year (and the previous year)."),
    path: z.string().optional().describe("A path in the computed values, e.g. exit.work_study.total.share."),
    value: z.number().optional().describe("A result written here (source: reports)."),
    previous: z.number().optional(),
  })
  .refine((r) => [r.survey, r.path, r.value].filter((x) => x !== undefined).length === 1, { error: "väntade exakt ett av survey, path och value" });

export const goalSchema = z
  .strictObject({
    plan_goal: z.string().optional().describe("Id of the goal in the verksamhetsplan of the same year (resultatmal): its text and target are read from there."),
    text: label.optional().describe("The goal; {target} is replaced by the target ('Minst 85 %'). Only where no plan goal is named (or as fallback)."),
    target: z
      .strictObject({
        comparator,
        value: z.number(),
        max: z.number().optional().describe("Upper bound for between."),
        unit: z.enum(["percent", "count", "share_of"]).default("percent"),
      })
      .optional(),
    source: z.enum(["survey", "reports", "accounts"], { error: "väntade survey, reports eller accounts" }),
    results: z.array(goalResult).default([]).describe("What the goal is measured by; empty until the year's results are in (a checklist item)."),
  })
  .refine((g) => g.plan_goal !== undefined || (g.text !== undefined && g.target !== undefined), {
    error: "väntade plan_goal (ett mål-id i verksamhetsplanen) eller text och target",
  });

const declaredStatus = z.strictObject({
  text: label.describe("As printed: 'Målet är delvis uppnått'."),
  status: z.enum(["uppnatt", "delvis", "ej"], { error: "väntade uppnatt, delvis eller ej" }),
});

export const ambitionSchema = z.strictObject({
  ambition: label,
  follow_up: label.describe("How it is followed up: 'Mål uppföljda genom NNS indikatorenkät'."),
  declared: declaredStatus.optional(),
  prose: z.string().optional().describe("The prose section with the result text and comment: content/prose/…/NN-<prose>.md."),
  goals: z.array(goalSchema).min(1),
});
