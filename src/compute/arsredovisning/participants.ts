// Participants of the funded insatser: counts by gender, "ej angivet" from the total, shares of a
// base ("49 (35 %)"), changes against the previous year and the history of Tabell 1. Pure.
import type { Arsredovisning, GenderCountInput } from "../../schemas/arsredovisning/index.ts";
import type { Cell } from "../cell.ts";

export interface GenderCount {
  total: number;
  women: Cell;
  men: Cell;
  /** total − women − men (or as written). */
  notStated: number;
  /** Women's share of those with a stated gender. */
  womenShare: number | null;
}

/** A count and its share of the row's base (per column: all, women, men). */
export interface CountShare {
  count: Cell;
  share: number | null;
}

export interface Problem {
  path: (string | number)[];
  message: string;
  /** The granskning rule it breaks, when it is not just bad data (see src/checks/rules.ts); default "data". */
  rule?: string;
  /** The message with its participant counts written by `count`: the public granskning page hides small ones. */
  messageWith?: (count: (value: number) => string) => string;
}

export function genderCount(input: GenderCountInput, path: (string | number)[], problems: Problem[]): GenderCount {
  const split = (input.women ?? 0) + (input.men ?? 0);
  const total = input.total ?? split + (input.not_stated ?? 0);
  const notStated = input.not_stated ?? total - split;
  const problem = (key: string, messageWith: (count: (value: number) => string) => string) =>
    problems.push({ path: [...path, key], message: messageWith(String), messageWith, rule: "deltagare" });
  if (notStated < 0) problem("total", (count) => `totalt ${count(total)} är mindre än kvinnor + män (${count(split)})`);
  if (input.total !== undefined && input.not_stated !== undefined && input.total !== split + input.not_stated) {
    const [stated, parts] = [input.total, split + input.not_stated];
    problem("not_stated", (count) => `totalt ${count(stated)} ≠ kvinnor + män + ej angivet (${count(parts)})`);
  }
  const women = input.women;
  const men = input.men;
  const womenShare = women !== null && men !== null && women + men > 0 ? women / (women + men) : null;
  return { total, women, men, notStated, womenShare };
}

export function shareOf(count: Cell, base: Cell): number | null {
  if (count === null || base === null || base === 0) return null;
  return count / base;
}

/** Relative change from `before` to `after` (0.46 = "ökade med 46 %"). */
export function change(after: Cell | undefined, before: Cell | undefined): number | null {
  if (after === null || after === undefined || before === null || before === undefined || before === 0) return null;
  return after / before - 1;
}

type Participants = NonNullable<Arsredovisning["participants"]>;
type ParticipantYear = Participants["years"][string];
const categories = ["enrolled", "new", "ended", "with_psychiatry", "anonymous"] as const;
export type Category = (typeof categories)[number];

export interface YearParticipants {
  enrolled: GenderCount;
  new?: GenderCount;
  ended?: GenderCount;
  with_psychiatry?: GenderCount;
  anonymous?: GenderCount;
  /** With psychiatry contact as a share of all enrolled (the count's, or the printed share). */
  psychiatryShare: number | null;
}

export interface ExitRow {
  id: string;
  label: string;
  prefix?: string;
  sub: boolean;
  path: (string | number)[];
  /** Per year: all / women / men, each a count and its share of the ended participants of that column. */
  values: Record<string, { total: CountShare; women: CountShare; men: CountShare }>;
}

export interface ComputedParticipants {
  years: Record<string, YearParticipants>;
  /** Tabell 1: the last `history_years` years up to the report year, oldest first. */
  history: { year: number; total: number; women: Cell; men: Cell }[];
  /** True when the report year has the most enrolled participants of the history. */
  highestInHistory: boolean;
  exitRows: ExitRow[];
  /** By category id (and `<parent>_minus_<sub>` for the rest of a category after its sub-category), report year. */
  exit: Record<string, { total: CountShare; women: CountShare; men: CountShare }>;
  exitPrevious: Record<string, { total: CountShare; women: CountShare; men: CountShare }>;
  change: Partial<Record<Category, { total: number | null; women: number | null; men: number | null }>>;
  psychiatryShare: Record<string, number | null>;
  referrals?: { parties: { party: string; share: number }[]; other: number; approxTotal?: number; enrolledShare?: number };
  problems: Problem[];
}

export function computeParticipants(participants: Participants, reportYear: number, yearData: Record<string, ParticipantYear>): ComputedParticipants {
  const problems: Problem[] = [];
  const years: Record<string, YearParticipants> = {};
  for (const [year, data] of Object.entries(yearData)) {
    const base = ["participants", "years", year];
    const entry: YearParticipants = { enrolled: genderCount(data.enrolled, [...base, "enrolled"], problems), psychiatryShare: null };
    for (const category of categories) {
      const input = data[category];
      if (category !== "enrolled" && input) entry[category] = genderCount(input, [...base, category], problems);
    }
    entry.psychiatryShare = entry.with_psychiatry ? shareOf(entry.with_psychiatry.total, entry.enrolled.total) : (data.with_psychiatry_share ?? null);
    years[year] = entry;
  }

  const history = Object.keys(years)
    .map(Number)
    .filter((y) => y <= reportYear && y > reportYear - participants.history_years)
    .sort((a, b) => a - b)
    .map((y) => ({ year: y, total: years[y]!.enrolled.total, women: years[y]!.enrolled.women, men: years[y]!.enrolled.men }));
  const current = years[reportYear]?.enrolled.total ?? 0;
  const highestInHistory = history.every((h) => h.year === reportYear || h.total < current);

  const exitRows: ExitRow[] = (participants.exit_status ?? []).map((category, index) => {
    const values: ExitRow["values"] = {};
    for (const [year, input] of Object.entries(category.values)) {
      const counts = genderCount(input, ["participants", "exit_status", index, "values", year], problems);
      const ended = years[year]?.ended;
      if (!ended)
        problems.push({
          path: ["participants", "exit_status", index, "values", year],
          message: `avslutade deltagare ${year} saknas (participants.years.${year}.ended), andelarna kan inte räknas`,
        });
      values[year] = {
        total: { count: counts.total, share: shareOf(counts.total, ended?.total ?? null) },
        women: { count: counts.women, share: shareOf(counts.women, ended?.women ?? null) },
        men: { count: counts.men, share: shareOf(counts.men, ended?.men ?? null) },
      };
    }
    return {
      id: category.id,
      label: category.label,
      prefix: category.prefix,
      sub: category.of !== undefined,
      path: ["participants", "exit_status", index],
      values,
    };
  });

  const exitFor = (year: number) => {
    const result: ComputedParticipants["exit"] = {};
    for (const row of exitRows) if (row.values[year]) result[row.id] = row.values[year]!;
    // The rest of a category after its sub-category: "Arbete/studier" minus "varav arbete" = studier.
    for (const category of participants.exit_status ?? []) {
      const parent = category.of ? result[category.of] : undefined;
      const sub = result[category.id];
      if (!parent || !sub) continue;
      const ended = years[year]?.ended;
      const rest = (key: "total" | "women" | "men"): CountShare => {
        const a = parent[key].count;
        const b = sub[key].count;
        const count = a === null || b === null ? null : a - b;
        return { count, share: shareOf(count, ended?.[key] ?? null) };
      };
      result[`${category.of}_minus_${category.id}`] = { total: rest("total"), women: rest("women"), men: rest("men") };
    }
    return result;
  };

  const changeOf: ComputedParticipants["change"] = {};
  const now = years[reportYear];
  const before = years[reportYear - 1];
  if (now && before) {
    for (const category of categories) {
      const a = now[category];
      const b = before[category];
      if (a && b) changeOf[category] = { total: change(a.total, b.total), women: change(a.women, b.women), men: change(a.men, b.men) };
    }
  }

  const referrals = participants.referrals
    ? {
        parties: participants.referrals.by_party.map((p) => ({ party: p.party, share: p.share })),
        other: Math.max(0, 1 - participants.referrals.by_party.reduce((sum, p) => sum + p.share, 0)),
        approxTotal: participants.referrals.approx_total,
        enrolledShare: participants.referrals.enrolled_share,
      }
    : undefined;

  return {
    years,
    history,
    highestInHistory,
    exitRows,
    exit: exitFor(reportYear),
    exitPrevious: exitFor(reportYear - 1),
    change: changeOf,
    psychiatryShare: Object.fromEntries(Object.entries(years).map(([y, p]) => [y, p.psychiatryShare])),
    referrals,
    problems,
  };
}
