// Survey results: each question's share for the report year and the year before (from last year's
// report where there is one), and the respondents as a share of the ended participants; what this
// report writes for an earlier year against the report of that year.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import { type EarlierReport, fromEarlier } from "./earlier.ts";
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

/** Whole percent, as the report prints a share: 0.555 and 0.56 read the same. */
const asPrinted = (share: number) => Math.round(share * 100);

/**
 * A question's results for an earlier year, against the report that holds that year (./earlier.ts:
 * the year's own report, else the nearest later one): last year's column is last year's result, not
 * retyped differently. Shares are compared as printed (whole percent); a question or year no
 * earlier report has is not compared.
 */
export function surveyYearComparisons(data: Arsredovisning, year: number, earlier: readonly EarlierReport[]): StatedComparison[] {
  const stated: StatedComparison[] = [];
  for (const [index, question] of (data.surveys?.questions ?? []).entries()) {
    for (const [x, printed] of Object.entries(question.results)) {
      if (Number(x) >= year) continue;
      const found = fromEarlier(earlier, Number(x), (report, y) => report.data.surveys?.questions.find((q) => q.id === question.id)?.results[String(y)]);
      if (!found) continue;
      for (const key of ["share", "women", "men"] as const) {
        const [a, b] = [printed[key], found.value[key]];
        const column = key === "share" ? "" : ` (${key === "women" ? "kvinnor" : "män"})`;
        if (a === undefined || b === undefined || asPrinted(a) === asPrinted(b)) continue;
        stated.push(
          compareStated(["surveys", "questions", index, "results", x, key], a, b, 0, {
            row: ["surveys", "questions", index],
            description: `enkätfrågan ”${question.question}” ${x}${column}: enligt årsredovisningen ${found.year}`,
            quantity: "share",
          }),
        );
      }
    }
  }
  return stated;
}
