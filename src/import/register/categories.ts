// The categories of "Status vid avslut", as the caller defines them: ids and labels as the
// årsredovisning's exit_status uses them, which categories are sub-categories ("varav arbete") of
// which, and the values the register writes for each. A value belongs to exactly one category; a
// participant who ended with it counts in that category and in every category above it
// ("arbete" → work and work_study; "studier" → work_study).

export interface ExitCategory {
  /** As in the årsredovisning's participants.exit_status: lower-case letters, digits and _. */
  id: string;
  /** Swedish label, e.g. "Arbete/studier", "varav arbete". */
  label: string;
  /** Printed before the label in bold ("Till"); passed through to the exit_status data. */
  prefix?: string;
  /** The id of the category this one is a sub-category of. */
  of?: string;
  /**
   * What the register writes in Status vid avslut for this category (compared without regard to
   * case, spaces and å/ä/ö); the first is the spelling the template offers. A category without
   * values of its own only adds up its sub-categories.
   */
  values?: readonly string[];
}

/** The categories of the Jämtland årsredovisning, with the register values the template offers. */
export const DEFAULT_EXIT_CATEGORIES: readonly ExitCategory[] = [
  { id: "work_study", prefix: "Till", label: "Arbete/studier", values: ["studier"] },
  { id: "work", of: "work_study", label: "varav arbete", values: ["arbete"] },
  { id: "work_programme", label: "Arbetsinriktad insats", values: ["arbetsinriktad insats"] },
  { id: "other_programme", label: "Ej arbetsinriktad insats", values: ["ej arbetsinriktad insats"] },
  { id: "sickness_compensation", label: "Sjukersättning", values: ["sjukersättning"] },
  { id: "other", label: "Annat", values: ["annat"] },
  { id: "unknown", label: "Okänd", values: ["okänd"] },
];

export interface StatusValue {
  /** The value as the categories spell it ("arbete"). */
  value: string;
  /** The category it belongs to directly. */
  category: string;
  /** Its place in the categories' order: the lower wins when parallel participations end the same day. */
  rank: number;
}

export interface Categories {
  list: readonly ExitCategory[];
  /** The values the register may write, in the categories' order. */
  allowed: readonly string[];
  /** The value a cell names, or undefined. */
  lookup(text: string): StatusValue | undefined;
  /** The category and every category above it: "work" → ["work", "work_study"]. */
  chain(id: string): readonly string[];
}

/** Checks the caller's categories (throws on a mistake in them) and indexes their values. */
export function compileCategories(list: readonly ExitCategory[], normalize: (text: string) => string): Categories {
  const byId = new Map<string, ExitCategory>();
  for (const category of list) {
    if (!/^[a-z0-9_]+$/.test(category.id)) throw new Error(`exit category id "${category.id}": expected lower-case letters, digits and _`);
    if (byId.has(category.id)) throw new Error(`exit category id "${category.id}" is given twice`);
    byId.set(category.id, category);
  }
  const chains = new Map<string, string[]>();
  for (const category of list) {
    const chain = [category.id];
    for (let parent = category.of; parent !== undefined; parent = byId.get(parent)?.of) {
      if (!byId.has(parent)) throw new Error(`exit category "${category.id}": "of: ${parent}" names no category`);
      if (chain.includes(parent)) throw new Error(`exit category "${category.id}": its "of" chain goes round in a circle`);
      chain.push(parent);
    }
    chains.set(category.id, chain);
  }
  const values = new Map<string, StatusValue>();
  const allowed: string[] = [];
  for (const category of list) {
    for (const value of category.values ?? []) {
      const key = normalize(value);
      if (!key) throw new Error(`exit category "${category.id}": an empty value`);
      const other = values.get(key);
      if (other) throw new Error(`status value "${value}" belongs to both "${other.category}" and "${category.id}"`);
      values.set(key, { value, category: category.id, rank: allowed.length });
      allowed.push(value);
    }
  }
  if (allowed.length === 0) throw new Error("the exit categories have no values: the register could not write any Status vid avslut");
  return {
    list,
    allowed,
    lookup: (text) => values.get(normalize(text)),
    chain: (id) => chains.get(id) ?? [],
  };
}
