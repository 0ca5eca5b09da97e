import { amountCaption, type Unit } from "../../format/index.ts";

/** `{{ doc.unit | beloppRubrik }}` → "Belopp i tkr". */
export function beloppRubrik(unit: Unit): string {
  return amountCaption(unit);
}
