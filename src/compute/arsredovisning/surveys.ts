// Survey results: each question's share for the report year and the year before (from last year's
// report where there is one), and the respondents as a share of the ended participants.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import type { ComputedParticipants } from "./participants.ts";

export interface SurveyComputed {
  id: string;
  survey: string;
  question: string;
  group: string;
  current: { share: number | null; women: number | null; men: number | null; n: number | null } | null;
  previous: { share: number | null; women: number | null; men: number | null } | null;
}

export interface Respondents {
  n: number | null;
  shareOfEnded: number | null;
}

export function computeSurveys(data: Arsredovisning, year: number, previousReport: Arsredovisning | undefined): Record<string, SurveyComputed> {
  const y = String(year);
  const py = String(year - 1);
  const surveys: Record<string, SurveyComputed> = {};
  for (const question of data.surveys?.questions ?? []) {
    const now = question.results[y];
    const before = previousReport?.surveys?.questions.find((q) => q.id === question.id)?.results[py] ?? question.results[py];
    surveys[question.id] = {
      id: question.id,
      survey: question.survey,
      question: question.question,
      group: question.group,
      current: now ? { share: now.share, women: now.women ?? null, men: now.men ?? null, n: now.n ?? null } : null,
      previous: before ? { share: before.share, women: before.women ?? null, men: before.men ?? null } : null,
    };
  }
  return surveys;
}

export function computeRespondents(
  data: Arsredovisning,
  year: number,
  participants: ComputedParticipants | undefined,
): { current: Respondents; previous: Respondents } {
  const of = (key: string): Respondents => {
    const r = data.surveys?.respondents?.[key];
    const ended = participants?.years[key]?.ended?.total ?? null;
    const n = r?.n ?? null;
    return { n, shareOfEnded: r?.share_of_ended ?? (n !== null && ended ? n / ended : null) };
  };
  return { current: of(String(year)), previous: of(String(year - 1)) };
}
