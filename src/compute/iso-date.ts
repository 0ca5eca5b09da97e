// Day arithmetic on ISO dates ("2026-03-13"). Dates are calendar days without a time zone, so
// they are read as UTC midnight: no daylight-saving change can shift a day.

const DAY = 86_400_000;

export function toTime(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  // Date.parse takes 2025-02-30 as 2 March; a day that does not exist is an error here.
  if (Number.isNaN(time) || toIso(time) !== date) throw new Error(`not a date: ${date}`);
  return time;
}

export function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return toIso(toTime(date) + days * DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toTime(date)).getUTCDay();
}

/** The date of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return toIso(Date.UTC(year, month - 1, day));
}
