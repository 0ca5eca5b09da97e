// Numbers in prose come from the data: {% belopp "resultat.2025.utfall" %} looks the path up in the
// document's computed values first, then in its data as written, and formats it. A path that
// leads nowhere stops the build with a message naming the document and the path.
import { formatAmount, formatNumber, formatPercent, type Unit } from "../../format/index.ts";

interface DocumentValues {
  title: string;
  unit: Unit;
  computed: unknown;
  data: unknown;
}

/** The value at a dotted path, or `found: false` — a null (an empty cell) is a value that was found. */
function lookUp(root: unknown, path: string): { found: boolean; value?: unknown } {
  let value = root;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !(key in value)) return { found: false };
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}

export function valueAt(doc: DocumentValues | undefined, path: string, shortcode: string): number | null {
  if (!doc) throw new Error(`{% ${shortcode} "${path}" %}: no document in scope (render prose with { doc: doc })`);
  const inComputed = lookUp(doc.computed, path);
  const { found, value } = inComputed.found ? inComputed : lookUp(doc.data, path);
  if (!found || value === undefined) throw new Error(`{% ${shortcode} "${path}" %} in ${doc.title}: nothing at "${path}" in the computed values or the data`);
  if (value !== null && typeof value !== "number") throw new Error(`{% ${shortcode} "${path}" %} in ${doc.title}: expected a number at "${path}", found ${JSON.stringify(value)}`);
  return value;
}

// Eleventy calls shortcodes with `this.ctx` = the template's data (Nunjucks context).
type ShortcodeThis = { ctx?: { doc?: DocumentValues } };

export function belopp(this: ShortcodeThis, path: string, unit?: Unit): string {
  const doc = this.ctx?.doc;
  return formatAmount(valueAt(doc, path, "belopp"), unit ?? doc!.unit);
}

export function tal(this: ShortcodeThis, path: string, decimals = 0): string {
  return formatNumber(valueAt(this.ctx?.doc, path, "tal"), decimals);
}

export function procent(this: ShortcodeThis, path: string, decimals = 0): string {
  return formatPercent(valueAt(this.ctx?.doc, path, "procent"), decimals);
}
