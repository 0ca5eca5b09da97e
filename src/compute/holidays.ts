// Swedish public holidays (allmänna helgdagar, lagen (1989:253) om allmänna helgdagar) and the days
// a legal deadline moves past (lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a time that
// ends on a söndag, annan allmän helgdag, lördag, midsommarafton, julafton or nyårsafton runs to
// the next vardag). Pure functions on ISO dates, no clock, no I/O.
import { addDays, isoDate, toTime, weekday } from "./iso-date.ts";

export interface Holiday {
  date: string;
  /** As lag (1989:253) 2 § writes it: "nyårsdagen", "Kristi himmelsfärdsdag". */
  name: string;
}

/**
 * Påskdagen by the Gregorian computus (the "Anonymous" algorithm, Meeus, Astronomical Algorithms,
 * ch. 8). The law words it as the Sunday after the first full moon on or after 21 March; Swedish
 * calendars (and so everyone's deadlines) use the ecclesiastical full moon of the computus, not the
 * astronomical one, which gives another Sunday in some years (2019: 21 April, not 24 March).
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The Saturday among the seven days from `first` (midsommardagen, alla helgons dag). */
function saturdayFrom(first: string): string {
  return addDays(first, (6 - weekday(first) + 7) % 7);
}

// The list in force since 2005 (SFS 2004:1320 put nationaldagen in and took annandag pingst out);
// 1990–2004 follow the law's first wording. Earlier years, under earlier laws, are not modelled.
const FIRST_YEAR = 1990;
const NATIONALDAGEN_FROM = 2005;

/**
 * The named allmänna helgdagar of a year, in date order. Every Sunday is an allmän helgdag too
 * (isPublicHoliday), but only the named ones are listed; påskdagen and pingstdagen are always Sundays.
 */
export function publicHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR) throw new RangeError(`public holidays are known from ${FIRST_YEAR}, not for ${year}`);
  const easter = easterSunday(year);
  const day = (month: number, dayOfMonth: number) => isoDate(year, month, dayOfMonth);
  const holidays: Holiday[] = [
    { date: day(1, 1), name: "nyårsdagen" },
    { date: day(1, 6), name: "trettondedag jul" },
    { date: addDays(easter, -2), name: "långfredagen" },
    { date: easter, name: "påskdagen" },
    { date: addDays(easter, 1), name: "annandag påsk" },
    { date: day(5, 1), name: "första maj" },
    { date: addDays(easter, 39), name: "Kristi himmelsfärdsdag" },
    { date: addDays(easter, 49), name: "pingstdagen" },
    year >= NATIONALDAGEN_FROM ? { date: day(6, 6), name: "nationaldagen" } : { date: addDays(easter, 50), name: "annandag pingst" },
    { date: saturdayFrom(day(6, 20)), name: "midsommardagen" },
    { date: saturdayFrom(day(10, 31)), name: "alla helgons dag" },
    { date: day(12, 25), name: "juldagen" },
    { date: day(12, 26), name: "annandag jul" },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// Holidays are asked for day by day while a deadline is moved; a year's list is computed once.
const byYear = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map(publicHolidays(year).map((holiday) => [holiday.date, holiday.name]));
    byYear.set(year, days);
  }
  return days;
}

/** The holiday's name if the date is a named allmän helgdag ("annandag påsk"), else undefined. */
export function holidayName(date: string): string | undefined {
  toTime(date);
  return holidaysOf(Number(date.slice(0, 4))).get(date);
}

/** An allmän helgdag: a Sunday or one of the named holidays. */
export function isPublicHoliday(date: string): boolean {
  return weekday(date) === 0 || holidayName(date) !== undefined;
}

/** Midsommarafton, julafton or nyårsafton: not helgdagar, but 1930:173 treats them as such. */
export function aftonName(date: string): string | undefined {
  if (date.slice(5) === "12-24") return "julafton";
  if (date.slice(5) === "12-31") return "nyårsafton";
  if (holidayName(addDays(date, 1)) === "midsommardagen") return "midsommarafton";
  return undefined;
}

/**
 * A day a legal deadline does not end on (1930:173 2 §): Saturday, Sunday, an allmän helgdag,
 * midsommarafton, julafton or nyårsafton. Other aftnar (trettondagsafton, påskafton is a Saturday
 * anyway, valborgsmässoafton) are ordinary days here.
 */
export function isDeadlineFreeDay(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6 || isPublicHoliday(date) || aftonName(date) !== undefined;
}

/** The date itself if a deadline may end on it, else the next day that is not a deadline-free day. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (isDeadlineFreeDay(day)) day = addDays(day, 1);
  return day;
}
