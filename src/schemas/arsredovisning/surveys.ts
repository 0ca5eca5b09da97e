// Survey results (NNS indikatorenkät and the förbund's own): each question's share per year.
import { z } from "zod";
import { id, label, perYear, share, year } from "../common.ts";
import { count } from "./participants.ts";
import { statedFigure } from "./stated-figure.ts";

const surveyResult = z.strictObject({
  share: share.describe("Andel som svarat positivt, 0–1."),
  women: share.optional(),
  men: share.optional(),
  n: count.optional().describe("Antal svarande."),
});

const surveyQuestion = z.strictObject({
  id,
  survey: label.default("NNS indikatorenkät"),
  question: label,
  group: z.enum(["deltagare", "medarbetare", "chefer", "forumdeltagare"], { error: "väntade deltagare, medarbetare, chefer eller forumdeltagare" }),
  results: perYear(surveyResult),
  stated: z.array(statedFigure.extend({ year })).optional(),
});

export const surveysSchema = z.strictObject({
  respondents: perYear(z.strictObject({ n: count.optional(), share_of_ended: share.optional() })).optional(),
  questions: z.array(surveyQuestion),
});
