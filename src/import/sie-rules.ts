// Which accounts make which row: the förbund's kontoplan.yaml where it says, and where it does not,
// rules made from the chart of accounts' classes and the rows' ids. A class goes to the row of the
// same id ("personalkostnader"), else to the only row of its group that no other class has taken;
// anything else is ambiguous, and the director is asked for a kontoplan.yaml instead of a guess.

import type { Statement } from "../schemas/arsredovisning/index.ts";
import type { Kontoplan } from "../schemas/kontoplan.ts";
import { type AccountMapping, type AccountRule, BAS, KATEGORIER, type Kategori, KOMMUN_BAS } from "./sie/index.ts";

export type Chart = Kontoplan["chart"];

export const chartMapping = (chart: Chart): AccountMapping => (chart === "bas" ? BAS : KOMMUN_BAS);

/** The driftsredovisning's group each result class belongs to. */
const groupOfClass: Partial<Record<Kategori, "intakter" | "kostnader" | "finansiella_poster">> = {
  verksamhetens_intakter: "intakter",
  personalkostnader: "kostnader",
  ovriga_verksamhetskostnader: "kostnader",
  finansiella_intakter: "finansiella_poster",
  finansiella_kostnader: "finansiella_poster",
};

/** The balansräkning line ids a balance class is written to, by the standard statements' ids. */
const linesOfClass: Partial<Record<Kategori, string[]>> = {
  anlaggningstillgangar: ["anlaggningstillgangar"],
  fordringar: ["fordringar"],
  kassa_och_bank: ["kassa", "kassa_och_bank"],
  avsattningar: ["avsattningar"],
  skulder: ["skulder"],
};

export interface Rules {
  mapping: AccountMapping;
  /** What could not be placed without a kontoplan.yaml (Swedish). */
  problems: string[];
}

const toRules = (kontoplanRules: readonly { from: number; to?: number; row?: string; line?: string }[]): AccountMapping => ({
  rules: kontoplanRules.map((rule) => ({ from: rule.from, to: rule.to ?? rule.from, target: (rule.row ?? rule.line)! })),
});

const range = (rule: AccountRule) => (rule.from === rule.to ? String(rule.from) : `${rule.from}–${rule.to}`);

/** What the rules need of a report with driftsredovisning rows: a driftsredovisning's, or a tertialuppföljning's. */
export type RowGroups = Record<"intakter" | "kostnader" | "finansiella_poster", { rows: readonly { id: string }[] }>;

/** Accounts → driftsredovisning row ids. */
export function driftsRules(drifts: RowGroups, kontoplan: Kontoplan | undefined): Rules {
  if (kontoplan?.driftsredovisning) return { mapping: toRules(kontoplan.driftsredovisning), problems: [] };
  const chart = chartMapping(kontoplan?.chart ?? "kommun-bas");
  const problems: string[] = [];
  const rules: AccountRule[] = [];
  for (const group of ["intakter", "kostnader", "finansiella_poster"] as const) {
    const rows = drifts[group].rows.map((row) => row.id);
    const classes = chart.rules.filter((rule) => groupOfClass[rule.target as Kategori] === group);
    const byId = new Map(classes.filter((rule) => rows.includes(rule.target)).map((rule) => [rule.target, rule.target]));
    const rest = classes.filter((rule) => !byId.has(rule.target));
    const free = rows.filter((row) => ![...byId.values()].includes(row));
    for (const rule of classes) {
      const row = byId.get(rule.target) ?? (free.length === 1 && rest.includes(rule) ? free[0] : undefined);
      if (row) rules.push({ ...rule, target: row });
      else {
        const label = KATEGORIER[rule.target as Kategori];
        problems.push(`konto ${range(rule)} (${label}) kan inte fördelas på driftsredovisningens rader ${free.join(", ") || "(inga)"} utan en kontoplan.yaml`);
      }
    }
  }
  return { mapping: { rules }, problems };
}

/**
 * The lines of a statement the import may write: those with values of their own, not read from
 * elsewhere. A line with a note and no values reads its note's sum, unless a kontoplan names it.
 */
export function valueLines(statement: Statement | undefined, named: ReadonlySet<string> = new Set()): string[] {
  return (statement?.entries ?? []).flatMap((entry) => {
    if (!("label" in entry) || !entry.id || entry.driftsredovisning || entry.from || entry.opening_of || entry.change_of) return [];
    return entry.values !== undefined || entry.note === undefined || named.has(entry.id) ? [entry.id] : [];
  });
}

/** Accounts → balansräkning line ids. The equity accounts are not written: eget kapital is computed. */
export function balansRules(balans: Statement | undefined, kontoplan: Kontoplan | undefined): Rules {
  if (kontoplan?.balansrakning) return { mapping: toRules(kontoplan.balansrakning), problems: [] };
  const lines = valueLines(balans);
  const chart = chartMapping(kontoplan?.chart ?? "kommun-bas");
  const rules = chart.rules.flatMap((rule) => {
    const line = linesOfClass[rule.target as Kategori]?.find((id) => lines.includes(id));
    return line ? [{ ...rule, target: line }] : [];
  });
  return { mapping: { rules }, problems: [] };
}

export function resultatRules(kontoplan: Kontoplan | undefined): AccountMapping {
  return toRules(kontoplan?.resultatrakning ?? []);
}

export function noteRules(kontoplan: Kontoplan | undefined): { note: number; mapping: AccountMapping }[] {
  return (kontoplan?.noter ?? []).map((note) => ({ note: note.note, mapping: toRules(note.rules) }));
}
