// Full-time equivalents (årsarbetare) of the staffed functions an insats funds, for one year: each
// function's share of a post times the months of the year it applies, over 12.
import type { Insats } from "../../schemas/index.ts";

export interface FunctionFte {
  title: string;
  /** Share of a full-time post while it applies (0.9 = 90 %). */
  fte: number;
  /** First and last month within the year (1–12); null when it does not apply that year. */
  fromMonth: number | null;
  toMonth: number | null;
  /** Whether it applies only part of the year (then the months are shown). */
  partOfYear: boolean;
  months: number;
  /** fte × months / 12. */
  annual: number;
}

export interface InsatsFte {
  id: string;
  name: string;
  functions: FunctionFte[];
  annual: number;
}

export interface ComputedFte {
  year: number;
  insatser: InsatsFte[];
  total: number;
}

/** Month index (year × 12 + month − 1) of "2026-08". */
function monthIndex(text: string): number {
  const [y, m] = text.split("-").map(Number) as [number, number];
  return y * 12 + m - 1;
}

export function computeFte(insatser: Insats[], year: number): ComputedFte {
  const yearStart = year * 12;
  const yearEnd = year * 12 + 11;
  const list = insatser
    .filter((insats) => insats.functions.length > 0)
    .map((insats): InsatsFte => {
      const functions = insats.functions.map((f): FunctionFte => {
        const from = Math.max(yearStart, monthIndex(f.from ?? insats.period?.from ?? `${year}-01`));
        const to = Math.min(yearEnd, monthIndex(f.to ?? insats.period?.to ?? `${year}-12`));
        const months = Math.max(0, to - from + 1);
        return {
          title: f.title,
          fte: f.fte,
          fromMonth: months > 0 ? from - yearStart + 1 : null,
          toMonth: months > 0 ? to - yearStart + 1 : null,
          partOfYear: months > 0 && months < 12,
          months,
          annual: (f.fte * months) / 12,
        };
      });
      return { id: insats.id, name: insats.name, functions, annual: functions.reduce((sum, f) => sum + f.annual, 0) };
    });
  return { year, insatser: list, total: list.reduce((sum, entry) => sum + entry.annual, 0) };
}
