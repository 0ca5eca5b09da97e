// A synthetic årsredovisning for year Y, written as a director writes one with the chain of years:
// only the year's own figures (participants, exits, survey answers, staff, balances), the goals
// of the year's verksamhetsplan by id, and the statements (./statements.ts). The first year's
// report also writes the years before it that its tables show (overview, Tabell 1–3, surveys).
import type { ForbundModel } from "../model.ts";
import { forumEvents } from "../names.ts";
import type { GenderCount, ParticipantYear } from "../participants.ts";
import { surveyQuestions } from "../participants.ts";
import { reportDecided } from "./driftsredovisning.ts";
import { statements } from "./statements.ts";

const count = (c: GenderCount) => ({ total: c.total, women: c.women, men: c.men });

function participantYear(p: ParticipantYear): object {
  return {
    enrolled: count(p.enrolled),
    new: count(p.new),
    ended: count(p.ended),
    with_psychiatry: count(p.withPsychiatry),
    ...(p.anonymous !== null ? { anonymous: { total: p.anonymous, women: "-", men: "-" } } : {}),
  };
}

const surveySource = { indikatorenkat: "survey", insatsrapporter: "reports", ekonomisk_uppfoljning: "accounts", egen_uppfoljning: "reports" } as const;

function participants(model: ForbundModel, year: number, first: boolean): object {
  const own = first ? [year, year - 1] : [year];
  const at = (y: number) => model.participants.get(y)!;
  const exit = (id: "work_study" | "work" | "work_programme" | "other_programme") =>
    Object.fromEntries(own.map((y) => [y, { women: at(y).exit.women[id], men: at(y).exit.men[id] }]));
  const current = at(year);
  const ended = model.insatser.filter((i) => i.individual && i.to === year);
  const r = model.random.fork(`ended-insatser-${year}`);
  return {
    years: Object.fromEntries([
      ...own.map((y) => [y, participantYear(at(y))]),
      ...(first ? [year - 2, year - 3, year - 4].map((y) => [y, { enrolled: count(at(y).enrolled) }]) : []),
    ]),
    history_years: 5,
    exit_status: [
      { id: "work_study", prefix: "Till", label: "Arbete/studier", values: exit("work_study") },
      { id: "work", of: "work_study", label: "varav arbete", values: exit("work") },
      { id: "work_programme", label: "Arbetsinriktad insats", values: exit("work_programme") },
      { id: "other_programme", label: "Ej arbetsinriktad insats", values: exit("other_programme") },
    ],
    referrals: {
      approx_total: current.referrals.approxTotal,
      enrolled_share: current.referrals.enrolledShare,
      by_party: ["Kommunerna", "Regionen", "Försäkringskassan", "Arbetsförmedlingen"].map((party, i) => ({ party, share: current.referrals.byParty[i] })),
    },
    ...(ended.length
      ? {
          insatser: ended.map((i) => {
            const women = r.int(10, 60);
            const men = r.int(10, 60);
            const endedCount = Math.round((women + men) * r.between(0.5, 0.9));
            return {
              id: i.id.replaceAll("-", "_"),
              name: i.name,
              period: `${i.from}–${i.to}`,
              participants: { women, men },
              ended: endedCount,
              to_work_study: Math.round(endedCount * r.between(0.1, 0.35)),
              to_work_programme: Math.round(endedCount * r.between(0.05, 0.2)),
            };
          }),
        }
      : {}),
  };
}

function surveys(model: ForbundModel, year: number, first: boolean): object {
  const own = first ? [year, year - 1] : [year];
  return {
    respondents: Object.fromEntries(own.map((y) => [y, { n: model.participants.get(y)!.respondents }])),
    questions: model.surveyIds.map((id) => {
      const question = surveyQuestions.find((q) => q.id === id)!;
      return {
        id,
        question: question.question,
        group: question.group,
        results: Object.fromEntries(own.map((y) => [y, model.surveys.get(y)!.get(id)!])),
      };
    }),
  };
}

function goals(model: ForbundModel): object[] {
  return model.ambitions.map((ambition) => ({
    ambition: ambition.text,
    follow_up: ambition.followUp,
    prose: ambition.prose,
    goals: ambition.goals.map((goal) => ({
      plan_goal: goal.id,
      source: surveySource[goal.source],
      results: goal.surveys ? goal.surveys.map((survey) => ({ survey })) : [{ label: goal.path!.label, path: goal.path!.path }],
    })),
  }));
}

export function arsredovisningData(model: ForbundModel, year: number): object {
  const first = year === model.years[0];
  const actual = model.economy.actuals.find((a) => a.year === year)!;
  const plan = model.economy.plans.find((p) => p.year === year)!;
  const fte = plan.insatser.filter((i) => i.from <= year && year <= i.to).reduce((sum, i) => sum + i.functions.reduce((s, f) => s + f.percent, 0), 0);
  const history = model.economy.history;
  const overviewYears = [0, 1, 2, 3, 4, 5].map((i) => year - i);
  const events = model.random.fork(`forums-${year}`).sample(forumEvents, 4);
  const hasNextPlan = model.years.includes(year + 1);
  return {
    title: `Årsredovisning ${year}`,
    decided: reportDecided(model, year),
    overview: {
      years: overviewYears,
      values: Object.fromEntries([
        [year, { anstallda: actual.anstallda }],
        ...(first
          ? history.map((h) => [h.year, { intakter: h.intakter, kostnader: h.kostnader, arets_resultat: h.intakter - h.kostnader, anstallda: h.anstallda }])
          : []),
      ]),
    },
    participants: participants(model, year, first),
    surveys: surveys(model, year, first),
    forums: { approx_total: model.participants.get(year)!.forums, events: events.map((e) => ({ name: e.name, kind: e.kind })) },
    goals: goals(model),
    economy: {
      funded_positions: Math.round(fte / 10) / 10,
      cost_details_of: "drift_aktiviteter",
      cost_details: [
        { id: "aktiviteter", label: "Samverkansstöd och aktiviteter", utfall: actual.aktiviteter },
        { id: "drift", label: "Driftskostnader", utfall: actual.drift - actual.aktiviteter },
      ],
      individual_cost_rows: ["insatsfinansiering"],
      equity_recommended_share: 0.2,
      ...(hasNextPlan ? { next_year: { year: year + 1 } } : {}),
    },
    ...statements(model, actual),
  };
}
