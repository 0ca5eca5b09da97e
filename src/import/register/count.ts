// Counts a checked register for one or more years: the figures of the årsredovisning's Tabell 1–3
// for the förbund and per insats. Only counts come out. Pure.
//
// Who is one participant:
// - Per insats, every row (a participation) counts: a person in two insatser is in both.
// - For the förbund, with a Deltagar-id column, each person counts once. Their participations
//   are joined into unbroken stretches (a participation that starts while another is going on, or
//   the day after it ended, continues the stretch), and for year Y the person is
//   enrolled: some participation runs during Y;
//   new: a stretch starts in Y (moving on to another insats without a break is not new);
//   ended: a stretch ends in Y (leaving one insats for another is not ended), with the status of
//     the participation that ends the stretch (the last stretch ending in Y; for participations
//     ending the same day, the status listed first in the categories);
//   with psychiatry: enrolled, and a participation running during Y says Psykiatrikontakt ja.
//   Without the column every row is its own participant, and the förbund's counts are the sums.
// - Anonymous rows are cases, not participants: counted per row (running during Y) and nowhere else.
import type { Categories } from "./categories.ts";
import type { ColumnId, Gender } from "./columns.ts";
import type { Participation } from "./validate.ts";

/** A count by gender; `total` is everyone, also those whose gender is annat or not stated. */
export interface GenderSplit {
  total: number;
  women: number;
  men: number;
}

/** The ended participants of one exit category; `not_stated` is everyone not kvinna or man. */
export interface ExitSplit {
  women: number;
  men: number;
  not_stated: number;
}

export interface YearCounts {
  /** Start ≤ Y-12-31 and no end or end ≥ Y-01-01. */
  enrolled: GenderSplit;
  /** Start within Y. */
  new: GenderSplit;
  /** End within Y. */
  ended: GenderSplit;
  /** Enrolled with Psykiatrikontakt ja; only when the register has the column. */
  with_psychiatry?: GenderSplit;
  /** Anonymous cases running during Y; only when the register has the column. */
  anonymous?: GenderSplit;
  /** Per exit category id, the participants who ended in Y, in their category and every category above it. */
  exit_status: Record<string, ExitSplit>;
}

export interface RegisterCounts {
  /** "person": the register has Deltagar-id and the förbund's counts count each person once; "row": every row is a participant. */
  countedBy: "person" | "row";
  /** The förbund's counts per year ("2025"). */
  years: Record<string, YearCounts>;
  /** Per insats id, its counts per year; participations, whatever countedBy says. */
  insatser: Record<string, Record<string, YearCounts>>;
  /** Rows read (participations and anonymous cases). */
  rows: number;
}

interface Span {
  start: string;
  end?: string;
  status?: Participation["status"];
}

/** Who is counted: a person (or a row), their gender, their unbroken stretches, and their participations. */
interface Unit {
  gender: Gender;
  spans: Span[];
  rows: readonly Participation[];
}

export interface CountOptions {
  years: readonly number[];
  categories: Categories;
  columns: ReadonlySet<ColumnId>;
  /** Every insats id to report, also those without rows (in this order; others follow as they appear). */
  insatser?: readonly string[];
  /** The last day counted, within the year (a tertial's end, "2025-08-31"): the year so far. Default the year's last day. */
  to?: string;
}

export function countParticipations(participations: readonly Participation[], options: CountOptions): RegisterCounts {
  const byPerson = options.columns.has("participant");
  const enrolledRows = participations.filter((p) => !p.anonymous);
  const anonymousRows = participations.filter((p) => p.anonymous);

  const units: Unit[] = [];
  if (byPerson) {
    const persons = new Map<string, Participation[]>();
    for (const p of enrolledRows) {
      const rows = persons.get(p.person!) ?? [];
      rows.push(p);
      persons.set(p.person!, rows);
    }
    for (const rows of persons.values()) units.push({ gender: rows[0]!.gender, spans: stretches(rows), rows });
  } else {
    for (const p of enrolledRows) units.push(rowUnit(p));
  }

  const insatsIds = [...(options.insatser ?? [])];
  for (const p of participations) if (!insatsIds.includes(p.insats)) insatsIds.push(p.insats);

  const years: RegisterCounts["years"] = {};
  const insatser: RegisterCounts["insatser"] = Object.fromEntries(insatsIds.map((id) => [id, {}]));
  for (const year of options.years) {
    if (!Number.isInteger(year)) throw new Error(`years: expected whole years, got ${year}`);
    years[year] = yearCounts(units, anonymousRows, year, options);
    for (const id of insatsIds) {
      const rows = enrolledRows.filter((p) => p.insats === id).map(rowUnit);
      insatser[id]![year] = yearCounts(
        rows,
        anonymousRows.filter((p) => p.insats === id),
        year,
        options,
      );
    }
  }
  return { countedBy: byPerson ? "person" : "row", years, insatser, rows: participations.length };
}

function rowUnit(p: Participation): Unit {
  return { gender: p.gender, spans: [{ start: p.start, end: p.end, status: p.status }], rows: [p] };
}

/** A person's participations joined into unbroken stretches, in date order. */
function stretches(rows: readonly Participation[]): Span[] {
  const sorted = [...rows].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const spans: Span[] = [];
  for (const p of sorted) {
    const current = spans[spans.length - 1];
    if (current && (current.end === undefined || p.start <= nextDay(current.end))) {
      if (current.end === undefined) continue;
      if (p.end === undefined) {
        current.end = undefined;
        current.status = undefined;
      } else if (p.end > current.end || (p.end === current.end && p.status!.rank < current.status!.rank)) {
        current.end = p.end;
        current.status = p.status;
      }
    } else {
      spans.push({ start: p.start, end: p.end, status: p.status });
    }
  }
  return spans;
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function yearCounts(units: readonly Unit[], anonymous: readonly Participation[], year: number, options: CountOptions): YearCounts {
  const first = `${year}-01-01`;
  // Cut at the period's end for a follow-up: who was enrolled, started and ended by then.
  const last = options.to?.startsWith(`${year}-`) ? options.to : `${year}-12-31`;
  const runs = (span: Span) => span.start <= last && (span.end === undefined || span.end >= first);
  const within = (date: string | undefined) => date !== undefined && date >= first && date <= last;

  const counts: YearCounts = { enrolled: split(), new: split(), ended: split(), exit_status: {} };
  if (options.columns.has("psychiatry")) counts.with_psychiatry = split();
  if (options.columns.has("anonymous")) counts.anonymous = split();
  for (const category of options.categories.list) counts.exit_status[category.id] = { women: 0, men: 0, not_stated: 0 };

  for (const unit of units) {
    if (!unit.spans.some(runs)) continue;
    add(counts.enrolled, unit.gender);
    if (unit.spans.some((span) => within(span.start))) add(counts.new, unit.gender);
    const exit = unit.spans.filter((span) => within(span.end)).at(-1);
    if (exit) {
      add(counts.ended, unit.gender);
      for (const id of options.categories.chain(exit.status!.category)) {
        const cell = counts.exit_status[id]!;
        if (unit.gender === "woman") cell.women++;
        else if (unit.gender === "man") cell.men++;
        else cell.not_stated++;
      }
    }
    if (counts.with_psychiatry && unit.rows.some((p) => p.psychiatry && runs(p))) add(counts.with_psychiatry, unit.gender);
  }
  if (counts.anonymous) for (const p of anonymous) if (runs(p)) add(counts.anonymous, p.gender);
  return counts;
}

function split(): GenderSplit {
  return { total: 0, women: 0, men: 0 };
}

function add(count: GenderSplit, gender: Gender): void {
  count.total++;
  if (gender === "woman") count.women++;
  else if (gender === "man") count.men++;
}
