// The anslagstavla (official notice board) for justerade protokoll. Kommunallagen (2017:725) 8 kap.
// 12 §, which applies to samordningsförbund through lagen (2003:1210) om finansiell samordning:
// the justering is announced on the notice board no later than the second day after it, and the
// notice stays up until the time for laglighetsprövning (13 kap. 5 §: three weeks from the day it
// was posted) has run out. Both are lagstadgad tid, so lagen (1930:173) om beräkning av lagstadgad
// tid applies to both: three weeks end on the same weekday as the posting (1 §), and a last day
// that is a Saturday, Sunday, allmän helgdag, midsommarafton, julafton or nyårsafton moves to the
// next working day (2 §; holidays.ts). Pure functions on ISO dates ("2025-12-10"), no clock, no I/O.
import { nextWorkingDay } from "./holidays.ts";
import { addDays } from "./iso-date.ts";

// Part of this module's API from before holidays.ts and iso-date.ts were split out.
export { addDays, nextWorkingDay };

/**
 * The last day the notice may be posted: the second day after the justering, or the next working
 * day when that is a Saturday, Sunday, holiday or afton (justerat on a Thursday → Monday).
 */
export function postingDeadline(justering: string): string {
  return nextWorkingDay(addDays(justering, 2));
}

/** The last day to appeal: three weeks from the day the notice was posted, moved past a weekend, holiday or afton. */
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
  /** The last day the law allows for posting, already moved past a weekend, holiday or afton. */
  postingDeadline: string;
  appealEnds: string;
  takeDownFrom: string;
  /** Posted after postingDeadline. */
  postedLate: boolean;
  /** Posted before the justering. */
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
