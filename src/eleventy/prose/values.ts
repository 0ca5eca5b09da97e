// The value shortcodes as prose prints them: {% belopp "path" %}, {% belopp "path", "tkr" %},
// {% tal "path", 1 %}, {% procent "path" %}, formatted in the document's unit or the one asked for
// (the lookup is ../../documents/prose-values.ts). A count the site hides (a small participant
// count, or its share) prints as the tables show it: "<5".
import { convertAmount } from "../../compute/units.ts";
import { type DocumentValues, valueAt } from "../../documents/prose-values.ts";
import { formatAmount, formatNumber, formatPercent, type Unit } from "../../format/index.ts";

export { type DocumentValues, ProsePathError } from "../../documents/prose-values.ts";

type Format = (value: number | null, doc: DocumentValues, path: string, option?: never) => string;

/** How each shortcode prints a value it has found (or an adopted figure in its place). */
export const formatValue: Record<"belopp" | "tal" | "procent", Format> = {
  belopp: (value, doc, _path, unit?: Unit) => {
    const to = unit ?? doc.unit;
    return formatAmount(value === null ? null : convertAmount(value, doc.unit, to), to);
  },
  tal: (value, doc, path, decimals = 0 as never) => doc.hiddenValue?.(path) ?? formatNumber(value, decimals),
  procent: (value, doc, path, decimals = 0 as never) => doc.hiddenValue?.(path) ?? formatPercent(value, decimals),
};

/** The three value shortcodes: what each prints for a path. */
export const valueShortcodes = {
  belopp: (doc: DocumentValues | undefined, path: string, unit?: Unit) => formatValue.belopp(valueAt(doc, path, "belopp"), doc!, path, unit as never),
  tal: (doc: DocumentValues | undefined, path: string, decimals = 0) => formatValue.tal(valueAt(doc, path, "tal"), doc!, path, decimals as never),
  procent: (doc: DocumentValues | undefined, path: string, decimals = 0) => formatValue.procent(valueAt(doc, path, "procent"), doc!, path, decimals as never),
};
