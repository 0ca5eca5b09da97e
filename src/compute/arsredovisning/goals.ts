// Goal follow-up: each goal's results against its target, a computed status per goal and per
// ambition level, next to the status the report declares. Pure.
import type { GoalTarget } from "../../format/index.ts";
import type { Ambition } from "../../schemas/arsredovisning/index.ts";

export type GoalStatus = "uppnatt" | "delvis" | "ej";

export const statusLabels: Record<GoalStatus, string> = { uppnatt: "Uppnått", delvis: "Delvis uppnått", ej: "Ej uppnått" };

export interface ComputedResult {
  label: string;
  value: number | null;
  previous: number | null;
  /** "percent" values are shares (0.71); "count" values are numbers. */
  unit: "percent" | "count" | "share_of";
  meets: boolean | null;
  /** The computed path the value was read from, and last year's (when read, not written): the site may hide a small count there. */
  path?: string;
  previousPath?: string;
}

/** A goal with its target (comparator, target, max, unit: the shape the format module words). */
export interface ComputedGoal extends GoalTarget {
  text: string;
  source: "survey" | "reports" | "accounts";
  results: ComputedResult[];
  status: GoalStatus | null;
  /** True when text and target come from the verksamhetsplan of the same year. */
  fromPlan: boolean;
}

export interface ComputedAmbition {
  ambition: string;
  followUp: string;
  prose?: string;
  declared?: { text: string; status: GoalStatus };
  status: GoalStatus | null;
  /** True when the declared status differs from the computed one. */
  differs: boolean;
  goals: ComputedGoal[];
  path: (string | number)[];
}

/** Looks a value up for a goal result: a survey question's share or a computed path. */
export interface ResultLookup {
  survey(id: string): { label: string; value: number | null; previous: number | null } | undefined;
  path(path: string): number | null | undefined;
  /** Last year's value of the figure at `path`, when the computed values have it. */
  previousPath?(path: string): number | null;
  /** Where last year's value of the figure at `path` is, when the computed values have one. */
  previousPathOf?(path: string): string | undefined;
}

export function meetsTarget(value: number | null, comparator: ComputedGoal["comparator"], target: number, max?: number): boolean | null {
  if (value === null) return null;
  // Shares are printed as whole percent; compare what the reader sees (0.845 reads as 85 %).
  const v = Math.round(value * 1e6) / 1e6;
  if (comparator === "at_least") return v >= target;
  if (comparator === "at_most") return v <= target;
  return v >= target && v <= (max ?? Number.POSITIVE_INFINITY);
}

export function combine(statuses: (GoalStatus | null)[]): GoalStatus | null {
  const known = statuses.filter((s): s is GoalStatus => s !== null);
  if (known.length === 0) return null;
  if (known.every((s) => s === "uppnatt")) return "uppnatt";
  if (known.every((s) => s === "ej")) return "ej";
  return "delvis";
}

/** A goal as the verksamhetsplan of the same year sets it (src/schemas/verksamhetsplan-mal.ts). */
export interface PlanGoal {
  text: string;
  target?: { comparator: "at_least" | "at_most" | "exactly"; value: number; unit: "percent" | "persons" | "count" };
}

type Target = { comparator: ComputedGoal["comparator"]; value: number; max?: number; unit: ComputedGoal["unit"] };

/** The plan writes 85 for 85 %; here shares are fractions (0.85). */
function fromPlan(goal: PlanGoal): { text: string; target?: Target } {
  const t = goal.target;
  if (!t) return { text: goal.text };
  const value = t.unit === "percent" ? t.value / 100 : t.value;
  const unit = t.unit === "percent" ? "percent" : "count";
  const target: Target = t.comparator === "exactly" ? { comparator: "between", value, max: value, unit } : { comparator: t.comparator, value, unit };
  return { text: goal.text, target };
}

export function computeGoals(
  ambitions: Ambition[],
  lookup: ResultLookup,
  problems: { path: (string | number)[]; message: string }[],
  planGoals?: Map<string, PlanGoal>,
): ComputedAmbition[] {
  return ambitions.map((ambition, a) => {
    const goals = ambition.goals.map((written, g): ComputedGoal => {
      // The plan of the same year, where there is one, gives the goal's text and target.
      const planned = written.plan_goal !== undefined ? planGoals?.get(written.plan_goal) : undefined;
      if (written.plan_goal !== undefined && planGoals && !planned)
        problems.push({ path: ["goals", a, "goals", g, "plan_goal"], message: `verksamhetsplanen har inget mål med id "${written.plan_goal}"` });
      const fromThePlan = planned ? fromPlan(planned) : undefined;
      const target: Target | undefined = fromThePlan?.target ?? (written.target ? { ...written.target } : undefined);
      const text = fromThePlan?.text ?? written.text ?? written.plan_goal ?? "";
      if (!target) problems.push({ path: ["goals", a, "goals", g], message: "målet saknar mätbart mål (target), varken i verksamhetsplanen eller här" });
      const goal = {
        text,
        target: target ?? { comparator: "at_least" as const, value: Number.NaN, unit: "percent" as const },
        source: written.source,
        results: written.results,
        fromPlan: planned !== undefined,
      };
      const results = goal.results.map((result, r): ComputedResult => {
        const path = ["goals", a, "goals", g, "results", r];
        let label = result.label ?? "";
        let value: number | null = null;
        let previous: number | null = result.previous ?? null;
        let paths: Pick<ComputedResult, "path" | "previousPath"> = {};
        if (result.survey !== undefined) {
          const found = lookup.survey(result.survey);
          if (!found) problems.push({ path: [...path, "survey"], message: `ingen enkätfråga med id "${result.survey}" i surveys.questions` });
          else {
            label = result.label ?? found.label;
            value = found.value;
            previous = result.previous ?? found.previous;
          }
        } else if (result.path !== undefined) {
          const found = lookup.path(result.path);
          if (found === undefined) problems.push({ path: [...path, "path"], message: `inget beräknat värde på "${result.path}"` });
          else {
            value = found;
            previous = result.previous ?? lookup.previousPath?.(result.path) ?? null;
            const previousPath = result.previous === undefined ? lookup.previousPathOf?.(result.path) : undefined;
            paths = { path: result.path, ...(previousPath ? { previousPath } : {}) };
          }
        } else value = result.value ?? null;
        const meets = meetsTarget(value, goal.target.comparator, goal.target.value, goal.target.max);
        return { label, value, previous, unit: goal.target.unit, meets, ...paths };
      });
      const meets = results.map((r) => r.meets).filter((m): m is boolean => m !== null);
      const status: GoalStatus | null = meets.length === 0 ? null : meets.every(Boolean) ? "uppnatt" : meets.some(Boolean) ? "delvis" : "ej";
      return {
        text: goal.text,
        comparator: goal.target.comparator,
        target: goal.target.value,
        max: goal.target.max,
        unit: goal.target.unit,
        source: goal.source,
        results,
        status,
        fromPlan: goal.fromPlan,
      };
    });
    const status = combine(goals.map((g) => g.status));
    return {
      ambition: ambition.ambition,
      followUp: ambition.follow_up,
      prose: ambition.prose,
      declared: ambition.declared,
      status,
      differs: ambition.declared !== undefined && status !== null && ambition.declared.status !== status,
      goals,
      path: ["goals", a],
    };
  });
}
