// Which fiscal year a file is about: #RAR 0 is the file's year, #RAR -1 the one before.
import type { Rar, SieModel, Ver } from "./model.ts";

/** The #RAR of a year index (0 this year, −1 last year), if the file has it. */
export function fiscalYear(sie: SieModel, index = 0): Rar | undefined {
  return sie.rar.find((rar) => rar.year === index);
}

/**
 * The year a file is about: the calendar year in which its #RAR 0 ends (2025 for
 * 2025-01-01–2025-12-31; a broken year 2024-07-01–2025-06-30 is 2025 too). undefined without #RAR 0.
 */
export function yearOf(sie: SieModel): number | undefined {
  const rar = fiscalYear(sie, 0);
  return rar ? Number(rar.end.slice(0, 4)) : undefined;
}

/** The calendar year of a year index: from its #RAR, else counted from #RAR 0. */
export function calendarYear(sie: SieModel, index: number): number | undefined {
  const rar = fiscalYear(sie, index);
  if (rar) return Number(rar.end.slice(0, 4));
  const year = yearOf(sie);
  return year === undefined ? undefined : year + index;
}

/**
 * The vouchers of year 0: all but those whose date lies outside #RAR 0 (a SIE 4 file holds the
 * vouchers of its own year only; a file without #RAR 0 keeps them all).
 */
export function vouchersOfYear0(sie: SieModel): Ver[] {
  const rar = fiscalYear(sie, 0);
  if (!rar) return sie.ver;
  return sie.ver.filter((ver) => ver.date === "" || (ver.date >= rar.start && ver.date <= rar.end));
}
