// Numbers in prose come from the data: {% belopp "resultat.2025.utfall" %} looks the path up in the
// document's computed values first, then in its data as written, and formats it. A path that leads
// nowhere is an error that names the path and the nearest paths that exist.
import { lookUpPath } from "../../compute/path.ts";
import { formatAmount, formatNumber, formatPercent, type Unit } from "../../format/index.ts";

export interface DocumentValues {
  title: string;
  unit: Unit;
  computed: unknown;
  data: unknown;
}

export class ProsePathError extends Error {
  constructor(
    readonly shortcode: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "ProsePathError";
  }
}

export function valueAt(doc: DocumentValues | undefined, path: string, shortcode: string): number | null {
  if (!doc) throw new Error(`{% ${shortcode} "${path}" %}: inget dokument att läsa värdet ur`);
  const inComputed = lookUpPath(doc.computed, path);
  const { found, value } = inComputed.found ? inComputed : lookUpPath(doc.data, path);
  if (!found || value === undefined)
    throw new ProsePathError(
      shortcode,
      path,
      `{% ${shortcode} "${path}" %} i ${doc.title}: inget värde ` + `på "${path}", varken i de beräknade värdena eller i data`,
    );
  if (value !== null && typeof value !== "number")
    throw new ProsePathError(shortcode, path, `{% ${shortcode} "${path}" %} i ${doc.title}: väntade ett tal på "${path}", fann ${JSON.stringify(value)}`);
  return value;
}

/** The three value shortcodes: what each prints for a path. */
export const valueShortcodes = {
  belopp: (doc: DocumentValues | undefined, path: string, unit?: Unit) => formatAmount(valueAt(doc, path, "belopp"), unit ?? doc!.unit),
  tal: (doc: DocumentValues | undefined, path: string, decimals = 0) => formatNumber(valueAt(doc, path, "tal"), decimals),
  procent: (doc: DocumentValues | undefined, path: string, decimals = 0) => formatPercent(valueAt(doc, path, "procent"), decimals),
};
