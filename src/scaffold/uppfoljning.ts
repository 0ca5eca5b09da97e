// A new year's tertialuppföljningar (T1 and T2): the rows of the same tertial's follow-up last year,
// else of last year's driftsredovisning, else the lines of the year's verksamhetsplan — with no
// figures: the årsbudget is read from the plan, the utfall imported from the bookkeeping
// (`npm run import -- sie <fil> --tertial 1|2`), and only the prognosis is left to write.
import type { Driftsredovisning, Verksamhetsplan } from "../schemas/index.ts";
import type { Uppfoljning } from "../schemas/uppfoljning.ts";
import { newDriftsredovisning } from "./driftsredovisning.ts";

type Group = "intakter" | "kostnader" | "finansiella_poster";

interface Source {
  label?: string;
  sum_label?: string;
  rows: { id: string; label: string; plan_line?: string }[];
}

export function newUppfoljning(
  year: number,
  tertial: 1 | 2,
  from: { previous?: Uppfoljning; drifts?: Driftsredovisning; plan?: Verksamhetsplan },
): object | undefined {
  const source = (from.previous ?? from.drifts ?? newDriftsredovisning(year, undefined, from.plan)) as Record<Group, Source> | undefined;
  if (!source) return undefined;
  const group = (name: Group) => ({
    ...(source[name].label ? { label: source[name].label } : {}),
    ...(source[name].sum_label ? { sum_label: source[name].sum_label } : {}),
    rows: source[name].rows.map((row) => ({ id: row.id, label: row.label, ...(row.plan_line ? { plan_line: row.plan_line } : {}) })),
  });
  return {
    tertial,
    ...(from.previous?.unit ? { unit: from.previous.unit } : from.drifts?.unit ? { unit: from.drifts.unit } : {}),
    ...(from.previous && from.previous.prognos_default !== "budget" ? { prognos_default: from.previous.prognos_default } : {}),
    intakter: group("intakter"),
    kostnader: group("kostnader"),
    finansiella_poster: group("finansiella_poster"),
  };
}
