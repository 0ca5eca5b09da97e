// The chain of years across a förbund's documents: what one document reads from the documents of
// other years (and of other kinds). Each document is computed once per build and remembered here,
// so that a report that reads last year's report does not compute it again.
import { type PlanBudget, type ResolvedDriftsredovisning, resolveDriftsredovisning } from "../compute/chain/driftsredovisning.ts";
import { computeBudget } from "../compute/plan/budget.ts";
import type { LoadedDocument } from "../data/load.ts";
import type { Unit } from "../format/index.ts";
import type { Driftsredovisning, Forbund, Verksamhetsplan } from "../schemas/index.ts";

const memo = new WeakMap<object, Map<string, unknown>>();

/** Remembers a value per list of siblings (one förbund's documents in one build) and key. */
export function remembered<T>(siblings: readonly LoadedDocument[], key: string, make: () => T): T {
  let values = memo.get(siblings);
  if (!values) {
    values = new Map();
    memo.set(siblings, values);
  }
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}

/** The document of a kind whose file is named after the kind (not protokoll-…), of a year. */
export function sibling(siblings: readonly LoadedDocument[], kind: string, year: number): LoadedDocument | undefined {
  return siblings.find((s) => s.kind === kind && s.year === year && s.id === kind);
}

const unitOf = (document: LoadedDocument, forbund: Forbund): Unit => (document.data as { unit?: Unit }).unit ?? forbund.unit;

/** The budget of the verksamhetsplan adopted for a year (the plan in data/<förbund>/<year>/), if there is one. */
export function planBudget(siblings: readonly LoadedDocument[], year: number, forbund: Forbund): PlanBudget | undefined {
  return remembered(siblings, `plan-budget-${year}`, () => {
    const plan = sibling(siblings, "verksamhetsplan", year);
    if (!plan) return undefined;
    const budget = computeBudget(plan.data as Verksamhetsplan, forbund.funding_shares);
    return { year, unit: unitOf(plan, forbund), byId: budget.byId };
  });
}

/** A year's driftsredovisning with what the chain gives filled in: other years' utfall, each year's budget. */
export function resolvedDrifts(siblings: readonly LoadedDocument[], year: number, forbund: Forbund): ResolvedDriftsredovisning | undefined {
  return remembered(siblings, `drifts-${year}`, () => {
    const document = sibling(siblings, "driftsredovisning", year);
    if (!document) return undefined;
    const data = document.data as Driftsredovisning;
    const others = new Map(
      data.years.flatMap((y) => {
        const other = y === year ? undefined : sibling(siblings, "driftsredovisning", y);
        return other ? [[y, other.data as Driftsredovisning] as const] : [];
      }),
    );
    const plans = new Map(data.years.flatMap((y) => (planBudget(siblings, y, forbund) ? [[y, planBudget(siblings, y, forbund)!] as const] : [])));
    return resolveDriftsredovisning(data, { year, unit: unitOf(document, forbund), others, plans });
  });
}
