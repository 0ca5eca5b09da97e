// One synthetic förbund as numbers and names, before any file is written: who it is, its insatser,
// each year's plan and outcome, participants, survey answers and goals. The documents
// (./documents/) and the prose (./prose/) are written from this, so that they agree with each other.

import { type Economy, makeEconomy } from "./economy.ts";
import { type AmbitionTemplate, chooseAmbitions, surveysOf, targetOf } from "./goals.ts";
import { type Identity, type IdentityOptions, makeIdentity } from "./identity.ts";
import { makeInsatser, type SyntheticInsats } from "./insatser.ts";
import { makeParticipantYear, type ParticipantYear, type SurveyId, surveyQuestions, surveyShare } from "./participants.ts";
import { type Random, seeded } from "./random.ts";

export interface SyntheticOptions extends IdentityOptions {
  /** How many years of documents (default 5). */
  years?: number;
  /** The latest year with an årsredovisning (default 2025). */
  lastYear?: number;
  /** A board protokoll each year (default false). */
  protokoll?: boolean;
  /** The tertialuppföljningar T1 and T2 each year (default false). */
  uppfoljning?: boolean;
}

export interface ForbundModel {
  seed: string;
  identity: Identity;
  years: number[];
  /** Medlemsbidrag of the first year, in kronor. */
  contribution: number;
  insatser: SyntheticInsats[];
  economy: Economy;
  /** Per year; the first year's report also holds the years before it. */
  participants: Map<number, ParticipantYear>;
  ambitions: AmbitionTemplate[];
  /** Targets per year and goal id. */
  targets: Map<number, Map<string, number>>;
  surveyIds: SurveyId[];
  /** Survey shares per year and question, with women/men for some deltagare questions. */
  surveys: Map<number, Map<SurveyId, { share: number; women?: number; men?: number }>>;
  protokoll: boolean;
  uppfoljning: boolean;
  random: Random;
}

/** The years a förbund has documents for: `years` of them, ending with `lastYear`. */
function yearsOf(options: SyntheticOptions): number[] {
  const count = Math.max(1, options.years ?? 5);
  const lastYear = options.lastYear ?? 2025;
  return Array.from({ length: count }, (_, i) => lastYear - count + 1 + i);
}

/** Who the förbund of `seed` is (name, slug, län …), as makeModel draws it, without drawing the rest. */
export function identityOf(seed: string | number, options: SyntheticOptions = {}): Identity {
  return makeIdentity(seeded(`finsam-synthetic/${seed}`).fork("identity"), yearsOf(options)[0]!, options);
}

export function makeModel(seed: string | number, options: SyntheticOptions = {}): ForbundModel {
  const random = seeded(`finsam-synthetic/${seed}`);
  const years = yearsOf(options);
  const lastYear = years.at(-1)!;
  const identity = identityOf(seed, options);
  // Size: from about 2 to about 34 million kronor a year, more with more municipalities.
  const contribution = Math.round((random.fork("size").between(1.6e6, 4e6) * (1 + identity.places.length * 0.6)) / 24000) * 24000;
  const insatser = makeInsatser(random.fork("insatser"), identity, years[0]!, lastYear, contribution);
  const economy = makeEconomy(random.fork("economy"), identity.unit, years, contribution, insatser);
  const level = contribution / 28000;
  const participants = new Map<number, ParticipantYear>();
  const people = random.fork("participants");
  for (let year = years[0]! - 4; year <= lastYear; year++) participants.set(year, makeParticipantYear(people.fork(String(year)), level));

  const ambitions = chooseAmbitions(random.fork("ambitions"));
  const targets = new Map<number, Map<string, number>>();
  for (const year of years) {
    const r = random.fork(`targets-${year}`);
    targets.set(year, new Map(ambitions.flatMap((a) => a.goals).map((g) => [g.id, targetOf(r, g, level)])));
  }
  const asked = surveysOf(ambitions);
  const extra = random.fork("extra-surveys").sample(
    surveyQuestions.filter((q) => !asked.has(q.id)),
    2,
  );
  const surveyIds = surveyQuestions.filter((q) => asked.has(q.id) || extra.some((e) => e.id === q.id)).map((q) => q.id);
  const surveys = new Map<number, Map<SurveyId, { share: number; women?: number; men?: number }>>();
  for (let year = years[0]! - 1; year <= lastYear; year++) {
    const r = random.fork(`surveys-${year}`);
    surveys.set(
      year,
      new Map(
        surveyIds.map((id) => {
          const group = surveyQuestions.find((q) => q.id === id)!.group;
          const byGender = group === "deltagare" && r.chance(0.4);
          return [id, { share: surveyShare(r), ...(byGender ? { women: surveyShare(r), men: surveyShare(r) } : {}) }];
        }),
      ),
    );
  }
  return {
    seed: String(seed),
    identity,
    years,
    contribution,
    insatser,
    economy,
    participants,
    ambitions,
    targets,
    surveyIds,
    surveys,
    protokoll: options.protokoll ?? false,
    uppfoljning: options.uppfoljning ?? false,
    random,
  };
}
