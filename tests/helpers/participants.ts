// Consistent participant counts for an årsredovisning (two years, three categories, status at exit
// with a sub-category), generated with fast-check: the base of the property-based tests of the
// deltagare rules (tests/checks-properties-participants.test.ts) and of the figures the text quotes
// (tests/checks-properties-text.test.ts). Each count is written in one of the three ways the
// schema allows, and the exit categories fit within the ended participants by construction.
import fc from "fast-check";

export const participantYears = ["2025", "2024"] as const;
export type ParticipantYear = (typeof participantYears)[number];
export const countCategories = ["enrolled", "new", "ended"] as const;
export type CountCategory = (typeof countCategories)[number];
export type Column = "women" | "men";

/** How a count is written: total and not_stated (both checked), total alone, or not_stated alone (the total computed). */
export type Form = "both" | "total" | "not_stated";

export interface Count {
  women: number;
  men: number;
  notStated: number;
  form: Form;
}

/** Status at exit per column: Arbete/studier, its "varav arbete", and Annat. */
export interface ExitColumn {
  work_study: number;
  work: number;
  other: number;
}

export interface ParticipantFigures {
  counts: Record<ParticipantYear, Record<CountCategory, Count>>;
  exit: Record<ParticipantYear, Record<Column, ExitColumn>>;
}

/** The exit categories in the order written: the sub-category's index is 1. */
export const exitCategories = [
  { id: "work_study", label: "Arbete/studier" },
  { id: "work", label: "varav arbete", of: "work_study" },
  { id: "other", label: "Annat" },
] as const;
export const exitIndex = { work_study: 0, work: 1, other: 2 } as const;

const count: fc.Arbitrary<Count> = fc.record({
  women: fc.integer({ min: 0, max: 300 }),
  men: fc.integer({ min: 0, max: 300 }),
  notStated: fc.integer({ min: 0, max: 20 }),
  form: fc.constantFrom<Form>("both", "total", "not_stated"),
});

/** Three fractions (in thousandths) that place the exit counts within the ended of a column. */
const fractions = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }));

const part = (of: number, thousandths: number) => Math.floor((of * thousandths) / 1000);

function exitColumn(ended: number, [a, b, c]: [number, number, number]): ExitColumn {
  const work_study = part(ended, a);
  const other = part(ended - work_study, b);
  return { work_study, work: part(work_study, c), other };
}

const year = fc.record({ enrolled: count, new: count, ended: count, women: fractions, men: fractions });

export const participantFigures: fc.Arbitrary<ParticipantFigures> = fc.record({ "2025": year, "2024": year }).map((years) => {
  const counts = {} as ParticipantFigures["counts"];
  const exit = {} as ParticipantFigures["exit"];
  for (const y of participantYears) {
    const { women, men, ...byCategory } = years[y];
    counts[y] = byCategory;
    exit[y] = { women: exitColumn(byCategory.ended.women, women), men: exitColumn(byCategory.ended.men, men) };
  }
  return { counts, exit };
});

export const totalOf = (c: Count) => c.women + c.men + c.notStated;

/** A count as the data file writes it, in its form. */
export function writtenCount(c: Count): Record<string, number> {
  if (c.form === "both") return { total: totalOf(c), women: c.women, men: c.men, not_stated: c.notStated };
  if (c.form === "total") return { total: totalOf(c), women: c.women, men: c.men };
  return { women: c.women, men: c.men, not_stated: c.notStated };
}

/** Data as written, before the schema: the tests change it freely. */
export type Raw = Record<string, any>;

/** The participants section of an årsredovisning (schema input), with `extra` fields (stated figures …). */
export function participantsData(f: ParticipantFigures, extra: Raw = {}): Raw {
  const years = Object.fromEntries(
    participantYears.map((y) => [y, Object.fromEntries(countCategories.map((category) => [category, writtenCount(f.counts[y][category])]))]),
  );
  const exit_status = exitCategories.map((category) => ({
    ...category,
    values: Object.fromEntries(participantYears.map((y) => [y, { women: f.exit[y].women[category.id], men: f.exit[y].men[category.id] }])),
  }));
  return { years, exit_status, ...extra };
}
