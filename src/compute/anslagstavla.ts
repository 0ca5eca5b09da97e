// The anslagstavla (official notice board) for justerade protokoll. Kommunallagen (2017:725) 8 kap.
// 12 §, which applies to samordningsförbund through lagen (2003:1210) om finansiell samordning:
// the justering is announced on the notice board no later than the second day after it, and the
// notice stays up until the time for laglighetsprövning (13 kap. 5 §: three weeks from the day it
// was posted) has run out. Pure functions on ISO dates ("2025-12-10"), no clock, no I/O.

const DAY = 86_400_000;

function toTime(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`not a date: ${date}`);
  return time;
}

function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return toIso(toTime(date) + days * DAY);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: string): number {
  return new Date(toTime(date)).getUTCDay();
}

/**
 * A time limit that ends on a Saturday, Sunday or holiday runs to the next working day (lagen
 * (1930:173) om beräkning av lagstadgad tid). Only holidays with a fixed date are known here
 * (nyårsdagen, trettondedag jul, 1 maj, nationaldagen, julafton, juldagen, annandag jul,
 * nyårsafton); movable ones (påsk, Kristi himmelsfärd, midsommarafton, alla helgons dag) are not.
 */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (weekday(day) === 0 || weekday(day) === 6 || isFixedHoliday(day)) day = addDays(day, 1);
  return day;
}

/** Holidays with a fixed date (movable ones such as påsk are not included). */
function isFixedHoliday(date: string): boolean {
  return ["01-01", "01-06", "05-01", "06-06", "12-24", "12-25", "12-26", "12-31"].includes(date.slice(5));
}

/** The last day the notice may be posted: the second day after the justering. */
export function postingDeadline(justering: string): string {
  return addDays(justering, 2);
}

/** The last day to appeal: three weeks from the day the notice was posted, moved past a weekend or holiday. */
export function appealEnds(posted: string): string {
  return nextWorkingDay(addDays(posted, 21));
}

/** The first day the notice may be taken down: the day after the time to appeal has run out. */
export function takeDownFrom(posted: string): string {
  return addDays(appealEnds(posted), 1);
}

export interface NoticeDates {
  meeting: string;
  justering: string;
  /** The day posted: as the data says, else the latest day the law allows. */
  posted: string;
  postingDeadline: string;
  appealEnds: string;
  takeDownFrom: string;
  /** Posted later than the law allows, or before the justering. */
  postedLate: boolean;
  postedEarly: boolean;
}

export function noticeDates(meeting: string, justering: string, posted?: string): NoticeDates {
  const deadline = postingDeadline(justering);
  const day = posted ?? deadline;
  return {
    meeting,
    justering,
    posted: day,
    postingDeadline: deadline,
    appealEnds: appealEnds(day),
    takeDownFrom: takeDownFrom(day),
    postedLate: day > deadline,
    postedEarly: day < justering,
  };
}

export type NoticeStatus = "kommande" | "aktuell" | "arkiv";

/** Where a notice belongs on a given day: not yet up, on the board, or taken down (archive). */
export function noticeStatus(dates: Pick<NoticeDates, "posted" | "takeDownFrom">, today: string): NoticeStatus {
  if (today < dates.posted) return "kommande";
  if (today < dates.takeDownFrom) return "aktuell";
  return "arkiv";
}

/** Splits notices by status on `today`; each list newest first. */
export function sortNotices<T extends { dates: NoticeDates }>(notices: readonly T[], today: string): Record<NoticeStatus, T[]> {
  const result: Record<NoticeStatus, T[]> = { kommande: [], aktuell: [], arkiv: [] };
  for (const notice of notices) result[noticeStatus(notice.dates, today)].push(notice);
  for (const list of Object.values(result)) list.sort((a, b) => (a.dates.posted < b.dates.posted ? 1 : a.dates.posted > b.dates.posted ? -1 : 0));
  return result;
}
