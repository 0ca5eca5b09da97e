// Rule "malvarde-text": a goal is written twice — its text as printed ("Minst 40% av deltagarna …")
// and its target { comparator, value, unit }, which the follow-up measures against — so the number
// in the text is the target's value. Only the number is read, not the words: a percentage ("40%",
// "40 %", "40 procent") for a percent target, a plain number for a count of persons or things
// (years 1900–2099 and numbers inside a range or a placeholder are not counts). A text with no such
// number, or more than one, is not compared: which one is the target only its words tell.
import type { YamlSource } from "../data/yaml-source.ts";
import type { Arsredovisning } from "../schemas/arsredovisning/index.ts";
import type { Verksamhetsplan } from "../schemas/index.ts";
import type { DocumentRef, Finding } from "./finding.ts";

/** The numbers a goal text writes: percentages, and the other numbers that can be counts. */
export interface GoalTextNumbers {
  percents: number[];
  plain: number[];
}

// A number: "1 000" (groups of three after a space), "62,5", "40". Not glued to a letter, digit or
// decimal sign before it ("K2", "0,5" read whole).
const NUMBER = /(?<![\p{L}\p{N},.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:,\d+)?)(?![\p{L}\p{N}])/gu;
const PERCENT_AFTER = /^\s?(?:%|procent(?![\p{L}]))/u;
// A range ("16–29", "2-5 november") joins two numbers that are neither alone a target.
const RANGE_AFTER = /^\s?[-–]\s?\d/;
const RANGE_BEFORE = /\d\s?[-–]\s?$/;

export function numbersInGoalText(text: string): GoalTextNumbers {
  // "{target}": the target written in by the template, not a number of the text.
  const plainText = text.replace(/\{[^}]*\}/g, " ");
  const numbers: GoalTextNumbers = { percents: [], plain: [] };
  for (const match of plainText.matchAll(NUMBER)) {
    const written = match[1]!;
    const value = Number(written.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
    const before = plainText.slice(0, match.index);
    const after = plainText.slice(match.index + written.length);
    if (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before)) continue;
    if (PERCENT_AFTER.test(after)) numbers.percents.push(value);
    else if (!(/^\d{4}$/.test(written) && value >= 1900 && value < 2100)) numbers.plain.push(value);
  }
  return numbers;
}

/** A goal with text and target, where it is in the data, and the target as a number of the text's kind. */
export interface TextGoal {
  path: (string | number)[];
  label: string;
  text: string;
  /** "percent": `value` is in percent (40 for 40 %); "count": a number of persons or things. */
  kind: "percent" | "count";
  value: number;
}

/** The one number of the target's kind the text writes, or undefined when it writes none or several. */
export function targetInText(goal: Pick<TextGoal, "text" | "kind">): number | undefined {
  const numbers = numbersInGoalText(goal.text);
  const candidates = goal.kind === "percent" ? numbers.percents : numbers.plain;
  return candidates.length === 1 ? candidates[0] : undefined;
}

export function goalTargetTextFindings(goals: readonly TextGoal[], context: { source: YamlSource; document: DocumentRef }): Finding[] {
  return goals.flatMap((goal) => {
    const inText = targetInText(goal);
    if (inText === undefined || Math.abs(inText - goal.value) < 1e-6) return [];
    const share = goal.kind === "percent";
    const [stated, computed] = share ? [goal.value / 100, inText / 100] : [goal.value, inText];
    const path = [...goal.path, "target", "value"];
    const excerpt = goal.text.length > 60 ? `${goal.text.slice(0, 59)}…` : goal.text;
    return [
      {
        rule: "malvarde-text",
        severity: "varning",
        document: context.document.label,
        file: context.source.file,
        line: context.source.lineOf(path),
        path: path.join("."),
        stated,
        computed,
        difference: stated - computed,
        url: context.document.url,
        // What: the target against the text; the numbers are the finding's columns (angivet: målvärdet, beräknat: texten).
        message: `${goal.label}: målvärdet är inte talet i målets text ”${excerpt}”`,
        quantity: share ? "share" : "count",
      } satisfies Finding,
    ];
  });
}

type PlanGoal = Verksamhetsplan["other_goals"][number];

function planGoal(goal: PlanGoal, path: (string | number)[], label: string): TextGoal[] {
  const target = goal.target;
  if (!target) return [];
  const kind = target.unit === "percent" ? "percent" : "count";
  return [{ path, label, text: goal.text, kind, value: target.value }];
}

/** A verksamhetsplan's goals with a target: the resultatmål, the insatser's goals and the other goals. */
export function planTextGoals(plan: Verksamhetsplan): TextGoal[] {
  const goals: TextGoal[] = [];
  for (const [l, level] of (plan.resultatmal?.levels ?? []).entries())
    for (const [a, ambition] of level.ambitions.entries())
      for (const [g, goal] of ambition.goals.entries())
        goals.push(...planGoal(goal, ["resultatmal", "levels", l, "ambitions", a, "goals", g], `Resultatmål ${goal.id ?? g + 1}`));
  for (const [i, insats] of plan.insatser.entries())
    for (const [k, group] of insats.goals.entries())
      for (const [g, goal] of group.goals.entries()) goals.push(...planGoal(goal, ["insatser", i, "goals", k, "goals", g], `${insats.name}, mål ${g + 1}`));
  for (const [g, goal] of plan.other_goals.entries()) goals.push(...planGoal(goal, ["other_goals", g], `Mål ${goal.id ?? g + 1}`));
  return goals;
}

/** An årsredovisning's goals written with text and target (percent targets there are shares: 0.4 for 40 %). */
export function reportTextGoals(report: Arsredovisning): TextGoal[] {
  const goals: TextGoal[] = [];
  for (const [a, ambition] of (report.goals ?? []).entries()) {
    for (const [g, goal] of ambition.goals.entries()) {
      const target = goal.target;
      // A range (between) has two numbers; a share of something else names no number of its own.
      if (!goal.text || !target || target.comparator === "between" || target.unit === "share_of") continue;
      const percent = target.unit === "percent";
      goals.push({
        path: ["goals", a, "goals", g],
        label: `${ambition.ambition}, mål ${g + 1}`,
        text: goal.text,
        kind: percent ? "percent" : "count",
        value: percent ? target.value * 100 : target.value,
      });
    }
  }
  return goals;
}
