// What a SIE file gives the year's documents: each driftsredovisning row's utfall, each value line
// of the resultaträkning and balansräkning, each note row the kontoplan names — in the document's
// unit — and the control sums the granskning checks the report against (bokforing). Pure: the
// documents' data and the parsed file in, the edits out; src/import/sie-command.ts writes them.
import { convertAmount } from "../compute/units.ts";
import { formatNumber } from "../format/index.ts";
import type { Bokforing, BokforingBalances } from "../schemas/arsredovisning/bokforing.ts";
import type { Arsredovisning, Statement } from "../schemas/arsredovisning/index.ts";
import type { Driftsredovisning } from "../schemas/driftsredovisning.ts";
import type { Kontoplan } from "../schemas/kontoplan.ts";
import { type AccountMapping, type Classification, classifySie, type SieModel, toOre } from "./sie/index.ts";
import { balansRules, chartMapping, driftsRules, noteRules, resultatRules, valueLines } from "./sie-rules.ts";

type Unit = "kr" | "tkr";

/** One value to write: where in the file, what, and what to say about it. */
export interface Edit {
  path: (string | number)[];
  value: unknown;
  /** "Medlemsbidrag 2026: 8 242 (8 241 600,00 kr)", for the import's report; absent for the control sums. */
  describe?: { label: string; value: number | null; kronor: number | null };
}

export interface SiePlan {
  drifts: Edit[];
  ars: Edit[];
  bokforing: Bokforing;
  /** Rows and lines the bookkeeping does not give (no rule names them): left as they are. */
  notFromBookkeeping: string[];
  /** Where the rounded rows do not add up to the rounded total. */
  rounding: string[];
  /** What stops the import (an ambiguous default), in Swedish. */
  problems: string[];
}

export interface SiePlanInput {
  sie: SieModel;
  file: string;
  sha256: string;
  year: number;
  kontoplan?: Kontoplan;
  drifts: { data: Driftsredovisning; unit: Unit };
  ars: { data: Arsredovisning; unit: Unit };
}

/** Kronor → the document's unit (../compute/units.ts). */
export const inUnit = (kronor: number, unit: Unit): number => convertAmount(kronor, "kr", unit);

const totalsOf = (classification: Classification) => classification.years.find((y) => y.index === 0)?.totals ?? {};

/** The balances per class of the chart (printed sign, kronor), for the control sums. */
function balances(totals: Record<string, number>): BokforingBalances {
  const get = (key: string) => totals[key];
  const assets = ["anlaggningstillgangar", "fordringar", "kassa_och_bank"].map(get).filter((v) => v !== undefined);
  const sum = (values: number[]) => values.reduce((a, b) => a + toOre(b), 0) / 100;
  const entries = {
    ...(assets.length ? { tillgangar: sum(assets as number[]) } : {}),
    kassa_och_bank: get("kassa_och_bank"),
    eget_kapital: get("eget_kapital"),
    avsattningar: get("avsattningar"),
    skulder: get("skulder"),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as BokforingBalances;
}

function bokforing(input: SiePlanInput, taken: AccountMapping): Bokforing {
  const { sie, kontoplan } = input;
  const chart = chartMapping(kontoplan?.chart ?? "kommun-bas");
  const byClass = classifySie(sie, chart);
  const year0 = byClass.years.find((y) => y.index === 0);
  const year1 = byClass.years.find((y) => y.index === -1);
  // The opening balances, classified as a file whose closing balances they were.
  const opening = classifySie({ ...sie, ub: sie.ib.filter((s) => s.year === 0), ib: [], res: [], ver: [] }, chart);
  const equity = chart.rules.filter((rule) => rule.target === "eget_kapital");
  const unmapped = classifySie(sie, { rules: [...taken.rules, ...equity] }).unclassified.flatMap((account) => {
    const amount = account.amounts.find((a) => a.index === 0)?.amount;
    return amount ? [{ account: account.account, ...(account.name ? { name: account.name } : {}), amount }] : [];
  });
  return {
    file: input.file,
    sha256: input.sha256,
    ...(sie.fnamn ? { fnamn: sie.fnamn } : {}),
    ...(sie.orgnr ? { orgnr: sie.orgnr } : {}),
    year: input.year,
    arets_resultat: year0?.aretsResultat ?? 0,
    ...(sie.ib.some((s) => s.year === 0) ? { ingaende: balances(totalsOf(opening)) } : {}),
    ...(year0?.sources.balans ? { utgaende: balances(year0.totals) } : {}),
    ...(year1?.sources.balans === "#UB" ? { foregaende_utgaende: balances(year1.totals) } : {}),
    unmapped,
  };
}

export function planSieImport(input: SiePlanInput): SiePlan {
  const { sie, year, kontoplan } = input;
  const drifts = input.drifts.data;
  const ars = input.ars.data;
  const notFromBookkeeping: string[] = [];
  const rounding: string[] = [];

  const driftsMapping = driftsRules(drifts, kontoplan);
  const balansMapping = balansRules(ars.balansrakning, kontoplan);
  const resultatMapping = resultatRules(kontoplan);
  const value = (totals: Record<string, number>, id: string, unit: Unit, sign = 1) => {
    const kronor = totals[id] === undefined ? null : sign * totals[id]!;
    return { kronor, value: kronor === null ? null : inUnit(kronor, unit) };
  };
  const targets = (mapping: AccountMapping) => new Set(mapping.rules.map((rule) => rule.target));

  // Driftsredovisning: every row a rule names gets the year's utfall ("-" when no account has one).
  const driftsEdits: Edit[] = [];
  const driftsTotals = totalsOf(classifySie(sie, driftsMapping.mapping));
  const driftsTargets = targets(driftsMapping.mapping);
  for (const group of ["intakter", "kostnader", "finansiella_poster"] as const) {
    let rowsSum = 0;
    let kronorSum = 0;
    for (const [index, row] of drifts[group].rows.entries()) {
      if (!driftsTargets.has(row.id)) {
        notFromBookkeeping.push(`driftsredovisningen: ${row.label}`);
        continue;
      }
      const cell = value(driftsTotals, row.id, input.drifts.unit);
      rowsSum += cell.value ?? 0;
      kronorSum += toOre(cell.kronor ?? 0);
      driftsEdits.push({ path: [group, "rows", index, "utfall", year], value: cell.value ?? "-", describe: { label: row.label, ...cell } });
    }
    const total = inUnit(kronorSum / 100, input.drifts.unit);
    if (total !== rowsSum)
      rounding.push(
        `${drifts[group].sum_label ?? drifts[group].label}: raderna summerar till ${formatNumber(rowsSum)}, summan avrundad är ${formatNumber(total)}`,
      );
  }

  // Årsredovisning: the statements' value lines, the notes' rows, and the control sums.
  const arsEdits: Edit[] = [];
  const statementEdits = (name: "resultatrakning" | "balansrakning", statement: Statement | undefined, mapping: AccountMapping) => {
    if (!statement) return;
    const totals = totalsOf(classifySie(sie, mapping));
    const named = targets(mapping);
    const lines = valueLines(statement, named);
    for (const [index, entry] of statement.entries.entries()) {
      if (!("label" in entry) || !entry.id || !lines.includes(entry.id)) continue;
      if (!named.has(entry.id)) {
        notFromBookkeeping.push(`${name === "balansrakning" ? "balansräkningen" : "resultaträkningen"}: ${entry.label}`);
        continue;
      }
      const cell = value(totals, entry.id, input.ars.unit);
      arsEdits.push({ path: [name, "entries", index, "values", year], value: cell.value ?? "-", describe: { label: entry.label, ...cell } });
    }
  };
  statementEdits("resultatrakning", ars.resultatrakning, resultatMapping);
  statementEdits("balansrakning", ars.balansrakning, balansMapping.mapping);
  // Notes no rule names (a note of movements, of pledges): the director's to fill in.
  const ruled = new Set(noteRules(kontoplan).map((n) => n.note));
  for (const note of ars.noter ?? []) {
    if (!ruled.has(note.number) && note.rows.some((row) => !row.driftsredovisning)) notFromBookkeeping.push(`not ${note.number}: ${note.title}`);
  }
  for (const { note, mapping } of noteRules(kontoplan)) {
    const index = ars.noter?.findIndex((n) => n.number === note) ?? -1;
    const data = ars.noter?.[index];
    if (!data) continue;
    const totals = totalsOf(classifySie(sie, mapping));
    const named = targets(mapping);
    for (const [r, row] of data.rows.entries()) {
      if (row.driftsredovisning || row.opening) continue;
      if (!named.has(row.id ?? "")) {
        notFromBookkeeping.push(`not ${note}: ${row.label}`);
        continue;
      }
      const cell = value(totals, row.id!, input.ars.unit, data.costs_positive ? -1 : 1);
      arsEdits.push({ path: ["noter", index, "rows", r, "values", year], value: cell.value ?? "-", describe: { label: `Not ${note}: ${row.label}`, ...cell } });
    }
  }
  const taken: AccountMapping = { rules: [...driftsMapping.mapping.rules, ...resultatMapping.rules, ...balansMapping.mapping.rules] };
  const record = bokforing(input, taken);
  arsEdits.push({ path: ["bokforing"], value: record });

  return {
    drifts: driftsEdits,
    ars: arsEdits,
    bokforing: record,
    notFromBookkeeping,
    rounding,
    problems: [...driftsMapping.problems, ...balansMapping.problems],
  };
}
