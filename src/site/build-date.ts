// The day the site is built for: which notices are on the anslagstavla and which are in the
// archive. FINSAM_BUILD_DATE=YYYY-MM-DD fixes it (tests, or rebuilding the site as of a day);
// without it, today in UTC.
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const value = env.FINSAM_BUILD_DATE;
  if (value) {
    const time = Date.parse(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
      throw new Error(`FINSAM_BUILD_DATE: väntade ett datum skrivet ÅÅÅÅ-MM-DD, fann "${value}"`);
    }
    return value;
  }
  return now.toISOString().slice(0, 10);
}
