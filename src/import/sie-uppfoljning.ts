// What a SIE file exported during the year gives a tertialuppföljning: the period (January to the
// tertial's last day), each row's utfall for it in the document's unit ("-" where no account has an
// amount), the periodised budget where the file has #PBUDGET for every month, and the control sums
// the granskning checks the utfall against. Pure: the parsed file and the follow-up's data in, the
// edits out; src/import/sie-command.ts writes them.
import { groupNames, tertialPeriod } from "../compute/uppfoljning.ts";
import type { Kontoplan } from "../schemas/kontoplan.ts";
import type { Uppfoljning } from "../schemas/uppfoljning.ts";
import { classifySie, cutAtPeriod, formatKronor, type SieModel, type SieProblem, targetOf } from "./sie/index.ts";
import { type Edit, inUnit } from "./sie-plan.ts";
import { driftsRules } from "./sie-rules.ts";

export interface UppfoljningPlan {
  edits: Edit[];
  source: "#PSALDO" | "#VER";
  /** Rows no rule names: left as they are. */
  notFromBookkeeping: string[];
  /** Problems of the file for the period (months missing …) and of the rules (an ambiguous default). */
  problems: SieProblem[];
  ruleProblems: string[];
}

export function planUppfoljningImport(input: {
  sie: SieModel;
  file: string;
  sha256: string;
  year: number;
  tertial: 1 | 2;
  kontoplan?: Kontoplan;
  data: Uppfoljning;
  unit: "kr" | "tkr";
}): UppfoljningPlan {
  const period = tertialPeriod(input.year, input.tertial);
  const cut = cutAtPeriod(input.sie, { to: period.to, file: input.file });
  const rules = driftsRules(input.data, input.kontoplan);
  const totals = classifySie(cut.sie, rules.mapping).years.find((y) => y.index === 0)?.totals ?? {};
  const budgetTotals = cut.budget ? (classifySie(cut.budget, rules.mapping).years.find((y) => y.index === 0)?.totals ?? {}) : undefined;
  const named = new Set(rules.mapping.rules.map((rule) => rule.target));
  const edits: Edit[] = [{ path: ["period"], value: period }];
  const notFromBookkeeping: string[] = [];
  const sums: Record<string, number> = {};
  const pbudget: Record<string, number> = {};
  for (const group of ["intakter", "kostnader", "finansiella_poster"] as const) {
    for (const [index, row] of input.data[group].rows.entries()) {
      if (!named.has(row.id)) {
        notFromBookkeeping.push(row.label);
        continue;
      }
      const kronor = totals[row.id];
      if (kronor !== undefined) sums[row.id] = kronor;
      const value = kronor === undefined ? null : inUnit(kronor, input.unit);
      edits.push({ path: [group, "rows", index, "utfall"], value: value ?? "-", describe: { label: row.label, value, kronor: kronor ?? null } });
      // The file's period budget for the row; without one (no #PBUDGET, or none on its accounts) an
      // earlier import's is removed, so that the row falls back to twelfths of the årsbudget.
      const budgetKronor = budgetTotals?.[row.id];
      if (budgetKronor !== undefined) pbudget[row.id] = budgetKronor;
      edits.push({ path: [group, "rows", index, "periodiserad_budget"], value: budgetKronor === undefined ? undefined : inUnit(budgetKronor, input.unit) });
    }
  }
  // An amount no row takes would be missing from the follow-up's sums with nothing to show for it
  // (a year's import has the granskning's bokforing-resultat; a period has no such control): a fel
  // that names the account, and the row the kontoplan sends it to when the follow-up lacks that row.
  const rowIds = new Set(groupNames.flatMap((group) => input.data[group].rows.map((row) => row.id)));
  const lost: SieProblem[] = cut.sie.res.flatMap((saldo) => {
    const target = targetOf(saldo.account, rules.mapping);
    if (saldo.amount === 0 || (target !== undefined && rowIds.has(target))) return [];
    const name = input.sie.konton.find((k) => k.account === saldo.account)?.name;
    const what = `konto ${saldo.account}${name ? ` ${name}` : ""} (${formatKronor(-saldo.amount)} för perioden)`;
    const message =
      target === undefined
        ? `${what} tas inte av någon regel i kontoplanen`
        : `${what} hör enligt kontoplanen till raden ${target}, men uppföljningen har ingen rad med det id:t; ` +
          "lägg till raden (samma id som driftsredovisningens)";
    return [{ file: input.file, severity: "fel" as const, message }];
  });
  edits.push({
    path: ["bokforing"],
    value: { file: input.file, sha256: input.sha256, source: cut.source, to: period.to, sums, ...(budgetTotals ? { pbudget } : {}) },
  });
  return { edits, source: cut.source, notFromBookkeeping, problems: [...cut.problems, ...lost], ruleProblems: rules.problems };
}
