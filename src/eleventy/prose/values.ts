// The value shortcodes as prose prints them: {% belopp "path" %}, {% tal "path", 1 %},
// {% procent "path" %}, formatted in the document's unit (the lookup is ../../documents/prose-values.ts).
import { type DocumentValues, valueAt } from "../../documents/prose-values.ts";
import { formatAmount, formatNumber, formatPercent, type Unit } from "../../format/index.ts";

export { type DocumentValues, ProsePathError } from "../../documents/prose-values.ts";

/** The three value shortcodes: what each prints for a path. */
export const valueShortcodes = {
  belopp: (doc: DocumentValues | undefined, path: string, unit?: Unit) => formatAmount(valueAt(doc, path, "belopp"), unit ?? doc!.unit),
  tal: (doc: DocumentValues | undefined, path: string, decimals = 0) => formatNumber(valueAt(doc, path, "tal"), decimals),
  procent: (doc: DocumentValues | undefined, path: string, decimals = 0) => formatPercent(valueAt(doc, path, "procent"), decimals),
};
