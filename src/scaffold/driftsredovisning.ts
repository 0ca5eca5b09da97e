// A new year's driftsredovisning: the rows of last year's (or, for a förbund's first one, the
// lines of the year's verksamhetsplan), with no figures — last year's utfall is read from last
// year's driftsredovisning and each year's budget from its verksamhetsplan; only the year's utfall
// is left to fill in (or to import from the accounts).
import type { BudgetNode, Driftsredovisning, Verksamhetsplan } from "../schemas/index.ts";

type Group = "intakter" | "kostnader" | "finansiella_poster";
type Row = { id: string; label: string; plan_line?: string; utfall: Record<string, never>; budget: Record<string, never> };

const emptyRow = (id: string, label: string, planLine?: string): Row => ({ id, label, ...(planLine ? { plan_line: planLine } : {}), utfall: {}, budget: {} });

/** Rows from a plan's budget: one income row, one row per top-level cost line that has an id, the financial items. */
function rowsFromPlan(plan: Verksamhetsplan): Record<Group, Row[]> {
  const costLines = (plan.budget.kostnader.rows ?? [plan.budget.kostnader]).filter((node: BudgetNode) => node.id);
  return {
    intakter: [emptyRow("medlemsbidrag", "Medlemsbidrag", plan.budget.intakter.id ?? "intakter")],
    kostnader: costLines.map((node) => emptyRow(node.id!, node.label, node.id)),
    finansiella_poster: plan.budget.finansiella_poster
      ? [emptyRow("finansiella_poster", plan.budget.finansiella_poster.label, plan.budget.finansiella_poster.id ?? "finansiella_poster")]
      : [],
  };
}

export function newDriftsredovisning(year: number, previous: Driftsredovisning | undefined, plan: Verksamhetsplan | undefined): object | undefined {
  if (!previous && !plan) return undefined;
  const rows: Record<Group, Row[]> = previous
    ? {
        intakter: previous.intakter.rows.map((r) => emptyRow(r.id, r.label, r.plan_line)),
        kostnader: previous.kostnader.rows.map((r) => emptyRow(r.id, r.label, r.plan_line)),
        finansiella_poster: previous.finansiella_poster.rows.map((r) => emptyRow(r.id, r.label, r.plan_line)),
      }
    : rowsFromPlan(plan!);
  const group = (name: Group, fallback: { label?: string; sum_label?: string }) => ({
    ...((previous?.[name].label ?? fallback.label) ? { label: previous?.[name].label ?? fallback.label } : {}),
    ...((previous?.[name].sum_label ?? fallback.sum_label) ? { sum_label: previous?.[name].sum_label ?? fallback.sum_label } : {}),
    rows: rows[name].length ? rows[name] : [emptyRow(`${name}_ovrigt`, "Övrigt")],
  });
  return {
    title: `Driftsredovisning ${year}`,
    ...(previous?.unit ? { unit: previous.unit } : {}),
    years: [year, year - 1],
    intakter: group("intakter", { label: "Verksamhetens intäkter", sum_label: "Summa intäkter" }),
    kostnader: group("kostnader", { label: "Verksamhetens kostnader", sum_label: "Summa verksamhetskostnader" }),
    verksamhetsresultat: { label: previous?.verksamhetsresultat.label ?? "Verksamhetsresultat" },
    finansiella_poster: group("finansiella_poster", {}),
    resultat: { label: previous?.resultat.label ?? "Resultat" },
  };
}
