// The director's calendar of a year: which board meeting takes each of the year's four documents.
// The Finsam law sets two deadlines (the årsredovisning within three months of the year's end, the
// verksamhetsplan by the end of November); the förbundsordning sets the tertial follow-ups, which a
// board takes at its first meeting after the period. The meeting dates are the ones the board
// adopted (a protokoll's `meetings`), never retyped.

export type CalendarKind = "arsredovisning" | "uppfoljning-t1" | "uppfoljning-t2" | "verksamhetsplan";

export interface CalendarEntry {
  kind: CalendarKind;
  /** The year the document is about: the årsredovisning of the year before, the plan of the year after. */
  documentYear: number;
  /** The legal deadline, or for a follow-up the period's last day (the meeting comes after it). */
  deadline: string;
  /** The board meeting that takes the document; undefined when no adopted meeting fits. */
  meeting?: string;
}

/** The four documents a board takes in `year`, given the dates of its board meetings that year (ISO, any order). */
export function boardCalendar(year: number, boardMeetings: readonly string[]): CalendarEntry[] {
  const dates = boardMeetings.filter((date) => date.startsWith(`${year}-`)).sort();
  const lastBy = (deadline: string) => dates.filter((date) => date <= deadline).at(-1);
  const firstAfter = (end: string) => dates.find((date) => date > end);
  const entry = (kind: CalendarKind, documentYear: number, deadline: string, meeting: string | undefined): CalendarEntry => ({
    kind,
    documentYear,
    deadline,
    ...(meeting ? { meeting } : {}),
  });
  return [
    entry("arsredovisning", year - 1, `${year}-03-31`, lastBy(`${year}-03-31`)),
    entry("uppfoljning-t1", year, `${year}-04-30`, firstAfter(`${year}-04-30`)),
    entry("uppfoljning-t2", year, `${year}-08-31`, firstAfter(`${year}-08-31`)),
    entry("verksamhetsplan", year + 1, `${year}-11-30`, lastBy(`${year}-11-30`)),
  ];
}
