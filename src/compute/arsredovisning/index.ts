// The årsredovisning with everything computed: participants and their shares, survey results,
// goal statuses, the statements and notes, the economy figures the text quotes, and every figure
// the data states compared with the computed one. Pure: siblings are passed in as data.
import type { Arsredovisning } from "../../schemas/arsredovisning.ts";
import type { Driftsredovisning } from "../../schemas/driftsredovisning.ts";
import { type Cell, countParts, sumCells } from "../cell.ts";
import { computeDriftsredovisning, type ComputedDriftsredovisning } from "../driftsredovisning.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import { computeGoals, type ComputedAmbition, type PlanGoal } from "./goals.ts";

export type { PlanGoal } from "./goals.ts";
import { computeParticipants, type ComputedParticipants, genderCount, type Problem, shareOf, type YearParticipants } from "./participants.ts";
import { type ComputedNote, type ComputedStatement, computeNotes, computeStatements, type DriftsGroups, noteStated, type StatementName } from "./statements.ts";

export { statusLabels, type GoalStatus } from "./goals.ts";

/** A figure the prose prints, compared with the computed value it quotes. */
export interface StatedFigure {
  path: (string | number)[];
  /** The computed path it quotes ("current.enrolled.total"). */
  quotes: string;
  stated: number;
  computed: number | null;
  kind: "count" | "share";
  approximate: boolean;
  where: string;
}

export interface SurveyComputed {
  id: string;
  survey: string;
  question: string;
  group: string;
  current: { share: number | null; women: number | null; men: number | null; n: number | null } | null;
  previous: { share: number | null; women: number | null; men: number | null } | null;
}

export interface ComputedArsredovisning {
  year: number;
  previousYear: number;
  overview?: { years: number[]; rows: { id: string; label: string; decimals: number; values: Record<string, Cell> }[] };
  participants?: ComputedParticipants;
  current?: YearParticipants;
  previous?: YearParticipants;
  change?: ComputedParticipants["change"];
  exit?: ComputedParticipants["exit"];
  /** Insatser that ended during the year, by id, with their share to work or studies. */
  insatser: Record<string, { name: string; participants: ReturnType<typeof genderCount>; ended: number; toWorkStudy: number | null; toWorkStudyShare: number | null; toWorkProgramme: number | null }>;
  surveys: Record<string, SurveyComputed>;
  respondents: { current: { n: number | null; shareOfEnded: number | null }; previous: { n: number | null; shareOfEnded: number | null } };
  forums: { total: number | null; events: { name: string; kind?: string; participants?: number }[] };
  goals: ComputedAmbition[];
  economy: Record<string, number | null>;
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
  /** Last year's årsredovisning, if there is one: last year's figures are taken from it. */
  previousReport?: Arsredovisning;
  /** The resultatmål of the verksamhetsplan of the same year, by goal id, if there is one. */
  planGoals?: Map<string, PlanGoal>;
}

function lookUp(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !(key in value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function driftsGroups(report: Driftsredovisning): DriftsGroups {
  const groups: DriftsGroups = {};
  for (const name of ["intakter", "kostnader", "finansiella_poster"] as const) {
    groups[name] = Object.fromEntries(report.years.map((y) => [String(y), sumCells(report[name].rows.map((row) => row.utfall[String(y)] ?? null))]));
  }
  return groups;
}

export function computeArsredovisning(data: Arsredovisning, inputs: ArsredovisningInputs): ComputedArsredovisning {
  const year = inputs.year;
  const y = String(year);
  const py = String(year - 1);
  const problems: Problem[] = [];
  const stated: StatedComparison[] = [];
  const statedFigures: StatedFigure[] = [];

  // Participants: last year's figures from last year's report when there is one (the figures this
  // report prints for last year are then compared with them).
  let participants: ComputedParticipants | undefined;
  if (data.participants) {
    const yearData = { ...data.participants.years };
    const earlier = inputs.previousReport?.participants?.years[py];
    if (earlier) {
      const printed = yearData[py];
      if (printed) {
        for (const category of ["enrolled", "new", "ended", "with_psychiatry", "anonymous"] as const) {
          for (const key of ["total", "women", "men"] as const) {
            const a = printed[category]?.[key];
            const b = earlier[category]?.[key];
            if (typeof a === "number" && typeof b === "number" && a !== b) {
              stated.push(compareStated(["participants", "years", py, category, key], a, b, 0, { description: `${category} ${py} enligt förra årets årsredovisning` }));
            }
          }
        }
      }
      yearData[py] = earlier;
    }
    participants = computeParticipants(data.participants, year, yearData);
    problems.push(...participants.problems);
  }

  // Surveys: the report year's and the previous year's share per question.
  const surveys: Record<string, SurveyComputed> = {};
  for (const question of data.surveys?.questions ?? []) {
    const now = question.results[y];
    const before = inputs.previousReport?.surveys?.questions.find((q) => q.id === question.id)?.results[py] ?? question.results[py];
    surveys[question.id] = {
      id: question.id,
      survey: question.survey,
      question: question.question,
      group: question.group,
      current: now ? { share: now.share, women: now.women ?? null, men: now.men ?? null, n: now.n ?? null } : null,
      previous: before ? { share: before.share, women: before.women ?? null, men: before.men ?? null } : null,
    };
  }
  const respondentsOf = (year: string) => {
    const r = data.surveys?.respondents?.[year];
    const ended = participants?.years[year]?.ended?.total ?? null;
    const n = r?.n ?? null;
    return { n, shareOfEnded: r?.share_of_ended ?? (n !== null && ended ? n / ended : null) };
  };
  const respondents = { current: respondentsOf(y), previous: respondentsOf(py) };

  const events = data.forums?.events ?? [];
  const counted = events.every((e) => e.participants !== undefined) && events.length > 0 ? events.reduce((s, e) => s + (e.participants ?? 0), 0) : null;
  const forums = { total: counted ?? data.forums?.approx_total ?? null, events };
  if (counted !== null && data.forums?.approx_total !== undefined) {
    stated.push(compareStated(["forums", "approx_total"], data.forums.approx_total, counted, events.length, { description: "deltagare i forum: summa av evenemangen" }));
  }

  // Driftsredovisning of the same year: shown as it is, and the source of the resultaträkning's lines.
  const drifts = inputs.driftsredovisning;
  const driftsComputed = drifts ? computeDriftsredovisning(drifts) : undefined;
  const groups = drifts ? driftsGroups(drifts) : undefined;

  // Statements and notes.
  const noteYears = data.resultatrakning?.years ?? data.balansrakning?.years ?? [year, year - 1];
  const notes = data.noter ?? [];
  const noter = computeNotes(notes, noteYears);
  stated.push(...noteStated(notes, noter));
  const previousStatements: Partial<Record<StatementName, Record<string, Record<string, Cell>>>> = {};
  if (inputs.previousReport) {
    const last = computeArsredovisning({ ...inputs.previousReport, goals: undefined }, { year: year - 1, unit: inputs.unit });
    for (const [name, statement] of Object.entries(last.statements)) previousStatements[name as StatementName] = statement.byId;
  }
  const computedStatements = computeStatements(
    { resultatrakning: data.resultatrakning, balansrakning: data.balansrakning, kassaflodesanalys: data.kassaflodesanalys },
    notes,
    groups,
    previousStatements,
  );
  stated.push(...computedStatements.stated);
  problems.push(...computedStatements.problems);
  const statements = computedStatements.statements;

  // Economy figures the text quotes.
  const driftsRow = (label: string, column: "utfall" | "budget", yr = y): Cell => {
    const row = drifts ? [...drifts.intakter.rows, ...drifts.kostnader.rows, ...drifts.finansiella_poster.rows].find((r) => r.label === label) : undefined;
    return row?.[column][yr] ?? null;
  };
  const neg = (value: Cell | undefined) => (value === null || value === undefined ? null : -value);
  const intakter = statements.resultatrakning?.byId.intakter?.[y] ?? groups?.intakter?.[y] ?? null;
  const verksamhetskostnader = neg(statements.resultatrakning?.byId.kostnader?.[y] ?? groups?.kostnader?.[y]);
  const individual = sumCells((data.economy?.individual_cost_rows ?? []).map((label) => neg(driftsRow(label, "utfall"))));
  const equityClosing = statements.balansrakning?.byId.eget_kapital?.[y] ?? null;
  const medlemsbidrag = notes.length ? sumCells((data.noter?.find((n) => n.number === 1)?.rows ?? []).filter((r) => r.label.startsWith("Bidrag")).map((r) => r.values[y] ?? null)) : intakter;
  const economy: Record<string, number | null> = {
    intakter,
    verksamhetskostnader,
    individualCosts: individual,
    individualShare: individual !== null && verksamhetskostnader ? individual / verksamhetskostnader : null,
    arets_resultat: statements.resultatrakning?.byId.arets_resultat?.[y] ?? null,
    equityOpening: statements.balansrakning?.byId.ek_ingaende?.[y] ?? null,
    equityClosing,
    medlemsbidrag,
    equityShareOfContribution: equityClosing !== null && medlemsbidrag ? equityClosing / medlemsbidrag : null,
    equityRecommended: data.economy?.equity_recommended_share !== undefined && medlemsbidrag !== null ? data.economy.equity_recommended_share * medlemsbidrag : null,
    pensionObligation: statements.balansrakning?.byId.avsattningar?.[y] ?? null,
    financialCost: neg(statements.resultatrakning?.byId.finansiella?.[y]),
    fundedPositions: data.economy?.funded_positions ?? null,
    nextYearIntakter: data.economy?.next_year?.intakter ?? null,
    nextYearKostnader: data.economy?.next_year?.kostnader ?? null,
  };
  if (drifts) {
    for (const row of [...drifts.kostnader.rows, ...drifts.intakter.rows]) {
      const key = row.label.replace(/[^A-Za-zÅÄÖåäö]/g, "").toLowerCase().replace(/å|ä/g, "a").replace(/ö/g, "o");
      const utfall = row.utfall[y] ?? null;
      const budget = row.budget[y] ?? null;
      economy[`${key}Utfall`] = neg(utfall) !== null && utfall !== null && utfall < 0 ? -utfall : utfall;
      economy[`${key}Budget`] = budget !== null && budget < 0 ? -budget : budget;
      // Under budget (positive = less spent, or more earned, than budgeted).
      economy[`${key}UnderBudget`] = utfall !== null && budget !== null ? utfall - budget : null;
    }
  }
  for (const detail of data.economy?.cost_details ?? []) {
    economy[`${detail.id}Utfall`] = detail.utfall;
    economy[`${detail.id}Budget`] = detail.budget ?? null;
    economy[`${detail.id}UnderBudget`] = detail.budget !== undefined ? detail.budget - detail.utfall : null;
  }
  const details = data.economy?.cost_details ?? [];
  const combined = drifts?.kostnader.rows.find((r) => r.label.startsWith("Driftskostnader"));
  if (details.length > 1 && combined) {
    const value = combined.utfall[y];
    if (typeof value === "number") {
      stated.push(compareStated(["economy", "cost_details"], sumCells(details.map((d) => d.utfall)), -value, details.length, { description: `${details.map((d) => d.label).join(" + ")} mot driftsredovisningens ${combined.label}` }));
    }
  }

  // Översikt över verksamhetens utveckling: the report year's figures from the statements.
  let overview: ComputedArsredovisning["overview"];
  if (data.overview) {
    const fromStatements = (yr: string) => {
      const rr = statements.resultatrakning;
      if (!rr || !rr.years.map(String).includes(yr) || yr !== y) return undefined;
      const costs = sumCells([rr.byId.kostnader?.[yr] ?? null, rr.byId.finansiella?.[yr] ?? null]);
      return { intakter: rr.byId.intakter?.[yr] ?? null, kostnader: costs === null ? null : -costs, arets_resultat: rr.byId.arets_resultat?.[yr] ?? null };
    };
    const rows = [
      { id: "intakter", label: "Verksamhetens intäkter", decimals: 0 },
      { id: "kostnader", label: "Verksamhetens kostnader", decimals: 0 },
      { id: "arets_resultat", label: `Årets resultat (${inputs.unit ?? "tkr"})`, decimals: 0 },
      { id: "anstallda", label: "Antal anställda, kansli", decimals: 1 },
    ] as const;
    overview = {
      years: data.overview.years,
      rows: rows.map((row) => ({
        ...row,
        values: Object.fromEntries(
          data.overview!.years.map((yr) => {
            const key = String(yr);
            const computedYear = fromStatements(key);
            const written = data.overview!.values[key]?.[row.id];
            if (computedYear && row.id !== "anstallda") {
              if (typeof written === "number") stated.push(compareStated(["overview", "values", key, row.id], written, computedYear[row.id], 1, { row: ["overview", row.id], description: `${row.label} ${key} mot resultaträkningen` }));
              return [key, computedYear[row.id]];
            }
            return [key, written ?? null];
          }),
        ),
      })),
    };
    // Each year's result should be its income minus its costs.
    for (const yr of data.overview.years) {
      const key = String(yr);
      const written = data.overview.values[key];
      if (!written || typeof written.arets_resultat !== "number" || typeof written.intakter !== "number" || typeof written.kostnader !== "number") continue;
      stated.push(compareStated(["overview", "values", key, "arets_resultat"], written.arets_resultat, written.intakter - written.kostnader, 2, { row: ["overview", "arets_resultat"], description: `Årets resultat ${key} mot intäkter − kostnader` }));
    }
  }

  const insatser: ComputedArsredovisning["insatser"] = {};
  for (const [index, insats] of (data.participants?.insatser ?? []).entries()) {
    insatser[insats.id] = {
      name: insats.name,
      participants: genderCount(insats.participants, ["participants", "insatser", index, "participants"], problems),
      ended: insats.ended,
      toWorkStudy: insats.to_work_study ?? null,
      toWorkStudyShare: shareOf(insats.to_work_study ?? null, insats.ended),
      toWorkProgramme: insats.to_work_programme ?? null,
    };
  }

  const computed: ComputedArsredovisning = {
    insatser,
    year,
    previousYear: year - 1,
    overview,
    participants,
    current: participants?.years[y],
    previous: participants?.years[py],
    change: participants?.change,
    exit: participants?.exit,
    surveys,
    respondents,
    forums,
    goals: [],
    economy,
    statements,
    noter,
    driftsredovisning: driftsComputed,
    stated,
    changes: computedStatements.changes,
    contentsOutOfOrder: (data.contents_as_printed ?? []).flatMap((entry, index, all) =>
      index > 0 && entry.page < all[index - 1]!.page ? [{ index, title: entry.title, page: entry.page, previousPage: all[index - 1]!.page }] : [],
    ),
    statedFigures,
    problems,
  };

  computed.goals = computeGoals(
    data.goals ?? [],
    {
      survey: (id) => {
        const s = surveys[id];
        return s ? { label: s.group, value: s.current?.share ?? null, previous: s.previous?.share ?? null } : undefined;
      },
      path: (path) => {
        const value = lookUp(computed, path);
        return typeof value === "number" || value === null ? (value as number | null) : undefined;
      },
      // Last year's value of the same figure: current.* → previous.*, exit.* → participants.exitPrevious.*.
      previousPath: (path) => {
        const previous = path.startsWith("current.") ? `previous.${path.slice(8)}` : path.startsWith("exit.") ? `participants.exitPrevious.${path.slice(5)}` : undefined;
        const value = previous ? lookUp(computed, previous) : undefined;
        return typeof value === "number" ? value : null;
      },
    },
    problems,
    inputs.planGoals,
  );

  // Figures the prose prints that the data gives otherwise.
  for (const [quotes, figure] of Object.entries(data.participants?.stated ?? {})) {
    const value = lookUp(computed, quotes);
    const isShare = figure.value < 1 && !Number.isInteger(figure.value);
    statedFigures.push({ path: ["participants", "stated", quotes, "value"], quotes, stated: figure.value, computed: typeof value === "number" ? value : null, kind: isShare ? "share" : "count", approximate: figure.approximate ?? false, where: figure.where });
    if (typeof value !== "number") problems.push({ path: ["participants", "stated", quotes], message: `inget beräknat värde på "${quotes}"` });
  }
  for (const [index, question] of (data.surveys?.questions ?? []).entries()) {
    for (const [k, figure] of (question.stated ?? []).entries()) {
      const value = surveys[question.id]?.[String(figure.year) === y ? "current" : "previous"]?.share ?? null;
      statedFigures.push({ path: ["surveys", "questions", index, "stated", k, "value"], quotes: `surveys.${question.id}.${String(figure.year) === y ? "current" : "previous"}.share`, stated: figure.value, computed: value, kind: "share", approximate: figure.approximate ?? false, where: figure.where });
    }
  }
  for (const [quotes, figure] of Object.entries(data.economy?.stated ?? {})) {
    const value = lookUp(computed, quotes);
    statedFigures.push({ path: ["economy", "stated", quotes, "value"], quotes, stated: figure.value, computed: typeof value === "number" ? value : null, kind: figure.value < 1 ? "share" : "count", approximate: figure.approximate ?? false, where: figure.where });
  }
  void countParts;
  return computed;
}
