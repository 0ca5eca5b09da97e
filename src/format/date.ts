// Dates are written as ISO dates (2026-03-13), as Swedish public documents do.
const longDate = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function toDate(value: string | Date): Date {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`);
  return date;
}

/** "2026-03-13". */
export function formatDate(value: string | Date): string {
  return toDate(value).toISOString().slice(0, 10);
}

/** "13 mars 2026", for running text. */
export function formatLongDate(value: string | Date): string {
  return longDate.format(toDate(value));
}

// Month names as Swedish plans abbreviate them ("jan–juli", "aug 2026").
const monthNames = ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];

/** 1 → "jan"; 7 → "juli". */
export function formatMonth(month: number): string {
  const name = monthNames[month - 1];
  if (!name) throw new Error(`not a month: ${month}`);
  return name;
}

/** (1, 7) → "jan–juli"; (8, 8) → "aug". */
export function formatMonthRange(from: number, to: number): string {
  return from === to ? formatMonth(from) : `${formatMonth(from)}–${formatMonth(to)}`;
}

/** "2026-08" → "aug 2026". */
export function formatYearMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split("-").map(Number) as [number, number];
  return `${formatMonth(month)} ${year}`;
}

// Weekdays as Swedish minutes abbreviate them ("Fre 13/3"), Monday first.
const weekdayNames = ["Sön", "Mån", "Tis", "Ons", "Tor", "Fre", "Lör"];

/** "2026-03-13" → "Fre 13/3": a meeting's day as a protokoll's table of dates writes it. */
export function formatMeetingDay(value: string | Date): string {
  const date = toDate(value);
  return `${weekdayNames[date.getUTCDay()]} ${date.getUTCDate()}/${date.getUTCMonth() + 1}`;
}

/** Tertial 1 → "januari–april", 2 → "januari–augusti": the period of a tertialuppföljning in running text. */
export function formatTertialPeriod(tertial: 1 | 2): string {
  return tertial === 1 ? "januari–april" : "januari–augusti";
}
