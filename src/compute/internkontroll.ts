// The internkontrollplan's risks with their riskvärde (sannolikhet × konsekvens) and level, and the
// tertialuppföljning's follow-up of the controls the plan schedules for the tertial: which are
// reported, which are not, and which statuses the plan does not expect.
import type {
  FollowUpOccasion,
  Internkontrollplan,
  InternkontrollRisk,
  InternkontrollStatus,
  InternkontrollStatusEntry,
} from "../schemas/internkontrollplan.ts";

export type RiskLevel = "lag" | "medel" | "hog";

export const riskLevels: readonly RiskLevel[] = ["hog", "medel", "lag"];

export const riskLevelLabels: Record<RiskLevel, string> = { lag: "låg", medel: "medel", hog: "hög" };

/**
 * The highest riskvärde of each level on a scale of 1–n (riskvärde 1 to n²): låg up to a quarter of
 * n², medel up to half, hög above — on the usual 4-scale ≤ 4 låg, 5–8 medel, 9–16 hög, so that a
 * risk that is both likely and serious (3 × 3) is always hög, and one that is neither (2 × 2) låg.
 */
export function riskThresholds(scale: number): { lag: number; medel: number } {
  return { lag: Math.floor((scale * scale) / 4), medel: Math.floor((scale * scale) / 2) };
}

export function riskLevel(riskvarde: number, scale: number): RiskLevel {
  const thresholds = riskThresholds(scale);
  return riskvarde <= thresholds.lag ? "lag" : riskvarde <= thresholds.medel ? "medel" : "hog";
}

export interface ComputedRisk {
  id: string;
  /** Its place in the plan's `risks` (the data path risks.<index>). */
  index: number;
  area: string;
  risk: string;
  sannolikhet: number;
  konsekvens: number;
  riskvarde: number;
  level: RiskLevel;
  control?: string;
  method?: string;
  responsible: string;
  followUp: FollowUpOccasion[];
}

export interface ComputedInternkontrollplan {
  scale: number;
  thresholds: { lag: number; medel: number };
  /** The risks by id, for prose to quote ("risks.attest.riskvarde"). */
  risks: Record<string, ComputedRisk>;
  /** The risks' ids in the plan's order (a record keyed by ids like "1" would not keep it). */
  order: string[];
  /** How many risks each level has. */
  levels: Record<RiskLevel, number>;
  total: number;
}

export function computeRisk(risk: InternkontrollRisk, index: number, scale: number): ComputedRisk {
  const riskvarde = risk.sannolikhet * risk.konsekvens;
  return {
    id: risk.id,
    index,
    area: risk.area,
    risk: risk.risk,
    sannolikhet: risk.sannolikhet,
    konsekvens: risk.konsekvens,
    riskvarde,
    level: riskLevel(riskvarde, scale),
    ...(risk.control ? { control: risk.control } : {}),
    ...(risk.method ? { method: risk.method } : {}),
    responsible: risk.responsible,
    followUp: [...risk.follow_up],
  };
}

export function computeInternkontrollplan(plan: Internkontrollplan): ComputedInternkontrollplan {
  const computed = plan.risks.map((risk, index) => computeRisk(risk, index, plan.scale));
  const levels: Record<RiskLevel, number> = { hog: 0, medel: 0, lag: 0 };
  for (const risk of computed) levels[risk.level]++;
  return {
    scale: plan.scale,
    thresholds: riskThresholds(plan.scale),
    risks: Object.fromEntries(computed.map((risk) => [risk.id, risk])),
    order: computed.map((risk) => risk.id),
    levels,
    total: computed.length,
  };
}

/** The risks in the plan's order. */
export const risksInOrder = (plan: ComputedInternkontrollplan): ComputedRisk[] => plan.order.map((id) => plan.risks[id]!);

/** Where a risk's row of the follow-up stands on the tertialuppföljning's page (below its anchor prefix). */
export const followUpAnchor = (risk: string): string[] => ["internkontroll", risk];

export interface InternkontrollFollowUpRow {
  risk: ComputedRisk;
  /** The plan schedules the control for the tertial; false: reported beyond the plan. */
  scheduled: boolean;
  /** null: no status reported (ej rapporterad). */
  status: InternkontrollStatus | null;
  comment?: string;
  /** The status's place in the follow-up's list (the data path internkontroll.<index>). */
  statusIndex?: number;
}

export type InternkontrollFollowUpProblem =
  /** A status for a risk id the plan does not have (or there is no plan). */
  | { kind: "unknown-risk"; risk: string; statusIndex: number }
  /** A status for a risk the plan does not follow up in this tertial: allowed, but noted. */
  | { kind: "not-scheduled"; risk: string; statusIndex: number; riskIndex: number; followUp: FollowUpOccasion[] }
  /** A control the plan schedules for the tertial without a status. */
  | { kind: "missing-status"; risk: string; riskIndex: number };

export interface InternkontrollFollowUp {
  tertial: 1 | 2;
  /** In the plan's order: every control scheduled for the tertial, and each other risk of the plan that has a status. */
  rows: InternkontrollFollowUpRow[];
  problems: InternkontrollFollowUpProblem[];
}

/**
 * The follow-up of the plan's controls in tertial 1 or 2: a row per control the plan schedules for
 * it (follow_up has t1/t2) with its reported status or none, and the statuses the plan does not
 * expect. Without a plan every status names an unknown risk.
 */
export function internkontrollFollowUp(
  plan: Internkontrollplan | undefined,
  statuses: readonly InternkontrollStatusEntry[],
  tertial: 1 | 2,
): InternkontrollFollowUp {
  const occasion: FollowUpOccasion = tertial === 1 ? "t1" : "t2";
  const risks = plan ? risksInOrder(computeInternkontrollplan(plan)) : [];
  const ids = new Set(risks.map((risk) => risk.id));
  const statusOf = new Map(statuses.map((entry, index) => [entry.risk, { entry, index }]));
  const problems: InternkontrollFollowUpProblem[] = statuses.flatMap((entry, statusIndex) =>
    ids.has(entry.risk) ? [] : [{ kind: "unknown-risk" as const, risk: entry.risk, statusIndex }],
  );
  const rows = risks.flatMap((risk): InternkontrollFollowUpRow[] => {
    const scheduled = risk.followUp.includes(occasion);
    const reported = statusOf.get(risk.id);
    if (!scheduled && !reported) return [];
    if (!reported) {
      problems.push({ kind: "missing-status", risk: risk.id, riskIndex: risk.index });
      return [{ risk, scheduled, status: null }];
    }
    if (!scheduled) problems.push({ kind: "not-scheduled", risk: risk.id, statusIndex: reported.index, riskIndex: risk.index, followUp: risk.followUp });
    const { entry, index } = reported;
    return [{ risk, scheduled, status: entry.status, ...(entry.comment ? { comment: entry.comment } : {}), statusIndex: index }];
  });
  return { tertial, rows, problems };
}
