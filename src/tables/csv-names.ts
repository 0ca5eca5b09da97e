// CSV file names: from the table's caption ("Tabell 1. Deltagarantal över tid" →
// "tabell-1-deltagarantal-over-tid.csv"), whole words, at most 60 characters, unique on a page.
import { slugify } from "../format/index.ts";

function shorten(slug: string): string {
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : 60);
}

/** The file name a caption gives, before it is made unique. */
export function csvFileName(caption: string, unitCaption?: string): string {
  return `${shorten(slugify(unitCaption ? `${caption} ${unitCaption}` : caption)) || "tabell"}.csv`;
}

/** Names made unique in order of appearance: "budget.csv", "budget-2.csv". */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/\.csv$/, "");
    let unique = `${base}.csv`;
    for (let n = 2; used.has(unique); n++) unique = `${base}-${n}.csv`;
    used.add(unique);
    return unique;
  });
}
