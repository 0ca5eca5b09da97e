// The year's resultatmål followed up to date in a tertialuppföljning: each goal of the plan with its
// target, the value so far (typed, or read from the period's participant counts), and what can be
// said of it yet — a goal measured by the yearly NNS indikatorenkät is followed up once a year, a
// count (250 deltagare) is on its way through the year, a share is at or under its target now.
// Pure: the plan's resultatmål and the follow-up's entries in.
import type { GoalFollowUp, PeriodCounts } from "../schemas/uppfoljning.ts";
import type { Resultatmal } from "../schemas/verksamhetsplan-mal.ts";
import { meetsTarget } from "./arsredovisning/goals.ts";

export type GoalAssessment =
  | { kind: "yearly" }
  | { kind: "missing" }
  | { kind: "no-target" }
  | { kind: "progress"; share: number }
  | { kind: "meets"; meets: boolean };

export interface FollowedGoal {
  id: string;
  text: string;
  target?: { comparator: "at_least" | "at_most" | "exactly"; value: number; unit: "percent" | "persons" | "count" };
  value: number | null;
  valueFrom?: GoalFollowUp["from"];
  comment?: string;
  assessment: GoalAssessment;
}

export interface FollowedGoals {
  goals: FollowedGoal[];
  /** Entries naming a goal the plan does not have: [index, id]. */
  unknown: { index: number; goal: string }[];
}

type Deltagare = PeriodCounts | undefined;

const fromCounts = (deltagare: Deltagare, from: NonNullable<GoalFollowUp["from"]>): number | null => {
  if (!deltagare) return null;
  const key = from.split(".")[1] as "enrolled" | "new" | "ended";
  return deltagare[key].total;
};

/** What a goal with a `measure` is computed from: eget kapital at year end by the prognosis, as a percentage of the member contribution. */
export interface GoalMeasures {
  eget_kapital_andel_av_medlemsbidrag: number | null;
}

export function followUpGoals(
  resultatmal: Resultatmal | undefined,
  entries: readonly GoalFollowUp[],
  deltagare: Deltagare,
  measures: GoalMeasures = { eget_kapital_andel_av_medlemsbidrag: null },
): FollowedGoals {
  const planGoals = (resultatmal?.levels ?? []).flatMap((level) => level.ambitions.flatMap((ambition) => ambition.goals)).filter((goal) => goal.id);
  const byId = new Map(entries.map((entry) => [entry.goal, entry]));
  const known = new Set(planGoals.map((goal) => goal.id!));
  const unknown = entries.flatMap((entry, index) => (known.has(entry.goal) ? [] : [{ index, goal: entry.goal }]));
  const goals = planGoals.map((goal): FollowedGoal => {
    const entry = byId.get(goal.id!);
    const measured = goal.target?.measure ? measures[goal.target.measure] : null;
    const value = entry?.value ?? (entry?.from ? fromCounts(deltagare, entry.from) : measured);
    const base = {
      id: goal.id!,
      text: goal.text,
      ...(goal.target ? { target: { comparator: goal.target.comparator, value: goal.target.value, unit: goal.target.unit } } : {}),
      value,
      ...(entry?.from ? { valueFrom: entry.from } : {}),
      ...(entry?.comment ? { comment: entry.comment } : {}),
    };
    if (goal.source === "indikatorenkat" && value === null) return { ...base, assessment: { kind: "yearly" } };
    if (value === null) return { ...base, assessment: { kind: "missing" } };
    if (!goal.target) return { ...base, assessment: { kind: "no-target" } };
    // A count grows through the year: how far it has come; a share can be judged as it stands.
    if (goal.target.unit !== "percent" && goal.target.comparator === "at_least" && goal.target.value > 0) {
      return { ...base, assessment: { kind: "progress", share: value / goal.target.value } };
    }
    const exactly = goal.target.comparator === "exactly";
    const meets = meetsTarget(
      value,
      exactly ? "between" : (goal.target.comparator as "at_least" | "at_most"),
      goal.target.value,
      exactly ? goal.target.value : undefined,
    );
    return { ...base, assessment: { kind: "meets", meets: meets === true } };
  });
  return { goals, unknown };
}
