// The value shortcodes as prose prints them: {% belopp "path" %}, {% tal "path", 1 %},
// {% procent "path" %}, formatted in the document's unit (the lookup is ../../documents/prose-values.ts).
// A count the site hides (a small participant count, or its share) prints as the tables show it: "<5".
import { type DocumentValues, valueAt } from "../../documents/prose-values.ts";
import { formatAmount, formatNumber, formatPercent, type Unit } from "../../format/index.ts";

export { type DocumentValues, ProsePathError } from "../../documents/prose-values.ts";

/** The three value shortcodes: what each prints for a path. */
export const valueShortcodes = {
  belopp: (doc: DocumentValues | undefined, path: string, unit?: Unit) => formatAmount(valueAt(doc, path, "belopp"), unit ?? doc!.unit),
  tal: (doc: DocumentValues | undefined, path: string, decimals = 0) => {
    const value = valueAt(doc, path, "tal");
    return doc?.hiddenValue?.(path) ?? formatNumber(value, decimals);
  },
  procent: (doc: DocumentValues | undefined, path: string, decimals = 0) => {
    const value = valueAt(doc, path, "procent");
    return doc?.hiddenValue?.(path) ?? formatPercent(value, decimals);
  },
};
