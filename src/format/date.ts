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
