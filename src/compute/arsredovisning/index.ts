// The årsredovisning with everything computed, from the parts in this folder: participants and
// their shares, survey results, forums, the statements and notes, the economy figures the text
// quotes, the overview, goal statuses, and every figure the data states compared with the
// computed one. Pure: the documents it reads (driftsredovisning, last year's report, the plan's
// goals) are passed in as data.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../../schemas/driftsredovisning.ts";
import type { Cell } from "../cell.ts";
import type { PlanBudget } from "../chain/driftsredovisning.ts";
import { type ComputedDriftsredovisning, computeDriftsredovisning } from "../driftsredovisning.ts";
import { lookUpPath } from "../path.ts";
import type { StatedComparison } from "../stated.ts";
import type { EarlierReport } from "./earlier.ts";
import { type ComputedEconomy, computeEconomy } from "./economy.ts";
import { computeEndedInsatser, type EndedInsats } from "./ended-insatser.ts";
import { type ComputedForums, computeForums } from "./forums.ts";
import { type ComputedAmbition, computeGoals, type PlanGoal } from "./goals.ts";
import { type ComputedNote, computeNotes, noteStated, resolveNotes } from "./notes.ts";
import { type ComputedOverview, computeOverview } from "./overview.ts";
import { type ComputedParticipants, computeParticipants, type Problem, type YearParticipants } from "./participants.ts";
import { participantYears } from "./participants-years.ts";
import { type StatedFigure, statedFigures } from "./stated-figures.ts";
import { type ComputedStatement, computeStatements, driftsGroups, type StatementName } from "./statements.ts";
import { computeRespondents, computeSurveys, type Respondents, type SurveyComputed, surveyYearComparisons } from "./surveys.ts";

export { type GoalStatus, type PlanGoal, statusLabels } from "./goals.ts";
export type { StatedFigure } from "./stated-figures.ts";
export type { SurveyComputed } from "./surveys.ts";

export interface ComputedArsredovisning {
  year: number;
  previousYear: number;
  overview?: ComputedOverview;
  participants?: ComputedParticipants;
  current?: YearParticipants;
  previous?: YearParticipants;
  change?: ComputedParticipants["change"];
  exit?: ComputedParticipants["exit"];
  /** Insatser that ended during the year, by id, with their share to work or studies. */
  insatser: Record<string, EndedInsats>;
  surveys: Record<string, SurveyComputed>;
  respondents: { current: Respondents; previous: Respondents };
  forums: ComputedForums;
  goals: ComputedAmbition[];
  economy: ComputedEconomy;
  statements: Partial<Record<StatementName, ComputedStatement>>;
  noter: ComputedNote[];
  driftsredovisning?: ComputedDriftsredovisning;
  stated: StatedComparison[];
  /** Kassaflöde change lines against the change of the balansräkning line they explain. */
  changes: StatedComparison[];
  /** The printed innehåll's entries whose page number is lower than the entry before. */
  contentsOutOfOrder: { index: number; title: string; page: number; previousPage: number }[];
  statedFigures: StatedFigure[];
  problems: Problem[];
}

export interface ArsredovisningInputs {
  year: number;
  /** The document's unit, for labels that name it ("Årets resultat (tkr)"). */
  unit?: "kr" | "tkr";
  /** The driftsredovisning of the same year, if there is one. */
  driftsredovisning?: Driftsredovisning;
  /** The earlier years' reports in data/, computed: their figures for their years are read from them. */
  earlier?: EarlierReport<ComputedArsredovisning>[];
  /** The resultatmål of the verksamhetsplan of the same year, by goal id, if there is one. */
  planGoals?: Map<string, PlanGoal>;
  /** The budget of the verksamhetsplan for the year `economy.next_year` names, when data/ has it. */
  nextPlan?: PlanBudget;
}

/** The value at a dotted path of an object (a computed path a goal or a stated figure quotes). */
const lookUp = (root: unknown, path: string): unknown => lookUpPath(root, path).value;

/** Where last year's value of the same figure is: current.* → previous.*, exit.* → participants.exitPrevious.*. */
function previousPathOf(path: string): string | undefined {
  if (path.startsWith("current.")) return `previous.${path.slice(8)}`;
  return path.startsWith("exit.") ? `participants.exitPrevious.${path.slice(5)}` : undefined;
}

/** Last year's statements, by line id, as last year's report computed them (with its own driftsredovisning). */
function lastYearsStatements(previous: ComputedArsredovisning | undefined): Partial<Record<StatementName, Record<string, Record<string, Cell>>>> {
  if (!previous) return {};
  return Object.fromEntries(Object.entries(previous.statements).map(([name, statement]) => [name, statement.byId]));
}

export function computeArsredovisning(data: Arsredovisning, inputs: ArsredovisningInputs): ComputedArsredovisning {
  const { year } = inputs;
  const problems: Problem[] = [];

  const earlier = inputs.earlier ?? [];
  const previous = earlier.find((r) => r.year === year - 1);
  const years = data.participants ? participantYears(data.participants, year, earlier) : undefined;
  const participants = data.participants && years ? computeParticipants({ ...data.participants, exit_status: years.exitStatus }, year, years.years) : undefined;
  problems.push(...(participants?.problems ?? []));

  const surveys = computeSurveys(data, year, previous?.data);
  const forums = computeForums(data);

  // The driftsredovisning of the same year: shown as it is, and the source of the resultaträkning's lines.
  const drifts = inputs.driftsredovisning;
  const groups = drifts ? driftsGroups(drifts) : undefined;
  const noteYears = data.resultatrakning?.years ?? data.balansrakning?.years ?? [year, year - 1];
  const resolvedNotes = resolveNotes(data.noter ?? [], noteYears, { year, drifts, previous: previous?.computed.noter });
  const notes = resolvedNotes.notes;
  const noter = computeNotes(notes, noteYears);
  const computedStatements = computeStatements(
    { resultatrakning: data.resultatrakning, balansrakning: data.balansrakning, kassaflodesanalys: data.kassaflodesanalys },
    notes,
    groups,
    lastYearsStatements(previous?.computed),
  );
  problems.push(...computedStatements.problems);
  const statements = computedStatements.statements;

  const economy = computeEconomy(data, year, statements, drifts, groups, { unit: inputs.unit ?? "tkr", plan: inputs.nextPlan });
  const overview = computeOverview(data, year, inputs.unit ?? "tkr", statements.resultatrakning, earlier);

  const values = {
    year,
    previousYear: year - 1,
    overview: overview.overview,
    participants,
    current: participants?.years[String(year)],
    previous: participants?.years[String(year - 1)],
    change: participants?.change,
    exit: participants?.exit,
    insatser: computeEndedInsatser(data, problems),
    surveys,
    respondents: computeRespondents(data, year, participants),
    forums: forums.forums,
    economy: economy.economy,
    statements,
    noter,
    driftsredovisning: drifts ? computeDriftsredovisning(drifts) : undefined,
    stated: [
      ...(years?.stated ?? []),
      ...surveyYearComparisons(data, year, earlier),
      ...forums.stated,
      ...resolvedNotes.stated,
      ...noteStated(notes, noter),
      ...computedStatements.stated,
      ...economy.stated,
      ...overview.stated,
    ],
    changes: computedStatements.changes,
    contentsOutOfOrder: (data.contents_as_printed ?? []).flatMap((entry, index, all) =>
      index > 0 && entry.page < all[index - 1]!.page ? [{ index, title: entry.title, page: entry.page, previousPage: all[index - 1]!.page }] : [],
    ),
    problems,
  };

  // Goals read their results from the values above: a survey's share or a computed path.
  const goals = computeGoals(
    data.goals ?? [],
    {
      survey: (id) => {
        const s = surveys[id];
        return s ? { label: s.group, value: s.current?.share ?? null, previous: s.previous?.share ?? null } : undefined;
      },
      path: (path) => {
        const value = lookUp(values, path);
        return typeof value === "number" || value === null ? (value as number | null) : undefined;
      },
      previousPath: (path) => {
        const previous = previousPathOf(path);
        const value = previous ? lookUp(values, previous) : undefined;
        return typeof value === "number" ? value : null;
      },
      previousPathOf,
    },
    problems,
    inputs.planGoals,
  );
  return { ...values, goals, statedFigures: statedFigures(data, year, surveys, (path) => lookUp(values, path), problems) };
}
