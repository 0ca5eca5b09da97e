// Earlier years' reports, as one report reads them: a figure for year X is the report of year X's
// own (it is the authority on its year); for a year no report in data/ covers, the nearest later
// report's written figure for it. Pure: the reports come in as data and as computed.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";

/** An earlier year's report: its data as written, and what it computes (type kept loose to avoid a cycle of types). */
export interface EarlierReport<Computed = unknown> {
  year: number;
  data: Arsredovisning;
  computed: Computed;
}

/**
 * The value for year X from the earlier reports: the report of year X if it has one, else the
 * nearest later report that writes one. `read(report, x)` gives a report's value for x, or undefined.
 */
export function fromEarlier<T, C>(
  earlier: readonly EarlierReport<C>[],
  x: number,
  read: (report: EarlierReport<C>, x: number) => T | undefined,
): { value: T; year: number } | undefined {
  const own = earlier.find((r) => r.year === x);
  const ownValue = own ? read(own, x) : undefined;
  if (own && ownValue !== undefined) return { value: ownValue, year: x };
  for (const report of [...earlier].filter((r) => r.year > x).sort((a, b) => a.year - b.year)) {
    const value = read(report, x);
    if (value !== undefined) return { value, year: report.year };
  }
  return undefined;
}
