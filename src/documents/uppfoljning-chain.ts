// A tertialuppföljning with its chain: the årsbudget from the year's verksamhetsplan, the opening
// equity from the bookkeeping's balansräkning of the year before, the recommended level from the
// plan. Computed once per build (./chain.ts remembered), so that the next plan and the årsredovisning
// that read its prognosis get the same figures the follow-up prints.

import type { Cell } from "../compute/cell.ts";
import { type ResolvedUppfoljning, resolveUppfoljning } from "../compute/chain/uppfoljning.ts";
import { convertCell } from "../compute/units.ts";
import { type ComputedUppfoljning, computeUppfoljning } from "../compute/uppfoljning.ts";
import type { LoadedDocument } from "../data/load.ts";
import type { Unit } from "../format/index.ts";
import type { Forbund, Verksamhetsplan } from "../schemas/index.ts";
import type { Uppfoljning } from "../schemas/uppfoljning.ts";
import { arsredovisningOf } from "./arsredovisning-chain.ts";
import { planBudget, remembered, sibling } from "./chain.ts";

export interface ChainedUppfoljning {
  document: LoadedDocument;
  unit: Unit;
  resolved: ResolvedUppfoljning;
  computed: ComputedUppfoljning;
  /** The year's verksamhetsplan, when data/ has it: the insatser's names and the resultatmål. */
  plan?: Verksamhetsplan;
}

/** The follow-up of a year and tertial in data/ (uppfoljning-t1.yaml, uppfoljning-t2.yaml). */
export function uppfoljningDocument(siblings: readonly LoadedDocument[], year: number, tertial: 1 | 2): LoadedDocument | undefined {
  return siblings.find((s) => s.kind === "uppfoljning" && s.year === year && (s.data as Uppfoljning).tertial === tertial);
}

/** Eget kapital at the end of year − 1 as its årsredovisning (or this year's, its previous-year column) has it. */
function openingEquity(siblings: readonly LoadedDocument[], year: number, forbund: Forbund, unit: Unit): { value: Cell; year: number } | undefined {
  for (const reportYear of [year - 1, year]) {
    const document = sibling(siblings, "arsredovisning", reportYear);
    if (!document) continue;
    const value = arsredovisningOf(siblings, reportYear, forbund)?.statements.balansrakning?.byId.eget_kapital?.[String(year - 1)];
    if (value === undefined || value === null) continue;
    const from = (document.data as { unit?: Unit }).unit ?? forbund.unit;
    return { value: convertCell(value, from, unit), year: reportYear };
  }
  return undefined;
}

export function chainedUppfoljning(siblings: readonly LoadedDocument[], document: LoadedDocument, forbund: Forbund): ChainedUppfoljning {
  return remembered(siblings, `uppfoljning-${document.year}-${document.id}`, () => {
    const data = document.data as Uppfoljning;
    const year = document.year;
    const unit: Unit = data.unit ?? forbund.unit;
    const opening = openingEquity(siblings, year, forbund, unit);
    const plan = planBudget(siblings, year, forbund);
    const resolved = resolveUppfoljning(data, { unit, year, ...(plan ? { plan } : {}), ...(opening ? { openingEquity: opening } : {}) });
    const planDocument = sibling(siblings, "verksamhetsplan", year);
    const planData = planDocument?.data as Verksamhetsplan | undefined;
    const planUnit: Unit = planData?.unit ?? forbund.unit;
    const medlemsbidrag = planData ? convertCell(planData.budget.medlemsbidrag[String(year)] ?? null, planUnit, unit) : null;
    const computed = computeUppfoljning(resolved.data, {
      year,
      equity: {
        opening: resolved.opening.value,
        medlemsbidrag,
        recommendedShare: data.eget_kapital.recommended_share ?? planData?.eget_kapital.recommended_share ?? null,
        tolerance: 0.5,
      },
    });
    return { document, unit, resolved, computed, ...(planData ? { plan: planData } : {}) };
  });
}

export interface YearEndPrognosis {
  /** Eget kapital at the end of `year` by the follow-up's prognosis, in the unit asked for. */
  closing: number;
  year: number;
  /** "tertialuppföljningen januari–augusti 2025". */
  source: string;
}

/** The eget kapital a year ends with by its T2 follow-up's prognosis, if data/ has that follow-up with a computable balance. */
export function yearEndPrognosis(siblings: readonly LoadedDocument[], year: number, forbund: Forbund, unit: Unit): YearEndPrognosis | undefined {
  const document = uppfoljningDocument(siblings, year, 2);
  if (!document) return undefined;
  const chained = chainedUppfoljning(siblings, document, forbund);
  const closing = chained.computed.equity.closing;
  if (closing === null) return undefined;
  return { closing: convertCell(closing, chained.unit, unit)!, year, source: `tertialuppföljningen januari–augusti ${year}` };
}
