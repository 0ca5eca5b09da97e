// Rule "deltagare-avslut": status at exit (Tabell 3) sorts the year's ended participants into
// categories, so per year and column (all, women, men) the categories together are at most the
// ended participants (the rest is "övriga/ej angivet"), and a sub-category ("varav arbete") is at
// most the category it is part of. A sum above the ended is reported at the one category that
// alone can hold the excess (every other is smaller than the excess, or would fall below its
// sub-category without it); when none or several can, at the list. A column of women or men that breaks a bound explains the same break in "alla", which is
// then not reported again. Counts of people: the public page hides the small ones (./site-text.ts).
import type { ComputedParticipants, YearParticipants } from "../compute/arsredovisning/participants.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { formatCount, isHiddenCount, WITHHELD } from "../format/index.ts";
import type { Arsredovisning } from "../schemas/arsredovisning/index.ts";
import { anchorId, type DocumentRef, type Finding } from "./finding.ts";
import { siteValues, withSiteText } from "./site-text.ts";

type ExitCategory = NonNullable<NonNullable<Arsredovisning["participants"]>["exit_status"]>[number];
type Column = "total" | "women" | "men";

const columnLabels: Record<Column, string> = { total: "alla", women: "kvinnor", men: "män" };

/** What the public page hides: the site's text for the count at a data path, and its threshold. */
export interface HiddenCounts {
  minCount?: number;
  hiddenValue?: (path: string) => string | undefined;
}

interface Break {
  path: (string | number)[];
  /** Data paths of the counts the finding's numbers are made of (for the page's hiding). */
  counts: string[];
  stated: number;
  computed: number;
  message: string;
  category: string;
}

/** A category's count in a column as written: the total is women + men + ej angivet where the data leaves it out. */
function countOf(category: ExitCategory, year: string, column: Column): number | null {
  const input = category.values[year];
  if (!input) return null;
  if (column !== "total") return input[column];
  return input.total ?? (input.women ?? 0) + (input.men ?? 0) + (input.not_stated ?? 0);
}

function yearBreaks(categories: readonly ExitCategory[], year: string, ended: YearParticipants["ended"], column: Column): Break[] {
  const breaks: Break[] = [];
  const where = `Status vid avslut ${year}, ${columnLabels[column]}`;
  const valuePath = (index: number) => {
    const written = categories[index]!.values[year]?.[column] !== undefined;
    return ["participants", "exit_status", index, "values", year, ...(written ? [column] : [])];
  };
  const endedPath = `participants.years.${year}.ended.${column}`;
  // A sub-category at most its category.
  for (const [index, category] of categories.entries()) {
    const parentIndex = category.of === undefined ? -1 : categories.findIndex((c) => c.id === category.of);
    if (parentIndex < 0) continue;
    const [sub, parent] = [countOf(category, year, column), countOf(categories[parentIndex]!, year, column)];
    if (sub === null || parent === null || sub <= parent) continue;
    breaks.push({
      path: valuePath(index),
      counts: [valuePath(index).join("."), valuePath(parentIndex).join(".")],
      stated: sub,
      computed: parent,
      message: `${where}: ${category.label} är fler än ${categories[parentIndex]!.label}, kategorin den är en del av`,
      category: category.id,
    });
  }
  // The categories (not their sub-categories) together at most the ended participants.
  const endedCount = ended?.[column] ?? null;
  if (endedCount === null) return breaks;
  const top = categories.flatMap((category, index) => (category.of === undefined ? [{ category, index, count: countOf(category, year, column) ?? 0 }] : []));
  const excess = top.reduce((sum, c) => sum + c.count, 0) - endedCount;
  if (excess <= 0) return breaks;
  const largestSub = (id: string) => Math.max(0, ...categories.filter((c) => c.of === id).map((c) => countOf(c, year, column) ?? 0));
  const holders = top.filter((c) => c.count - excess >= largestSub(c.category.id));
  const counts = [...top.map((c) => valuePath(c.index).join(".")), endedPath];
  if (holders.length === 1) {
    const [holder] = holders as [(typeof top)[number]];
    breaks.push({
      path: valuePath(holder.index),
      counts,
      stated: holder.count,
      computed: holder.count - excess,
      message:
        `${where}: kategorierna är tillsammans fler än de avslutade deltagarna; ` +
        `${holder.category.label} kan vara högst de avslutade utom de övriga kategorierna`,
      category: holder.category.id,
    });
  } else {
    breaks.push({
      path: ["participants", "exit_status"],
      counts,
      stated: endedCount + excess,
      computed: endedCount,
      message: `${where}: kategorierna är tillsammans fler än de avslutade deltagarna`,
      category: "",
    });
  }
  return breaks;
}

/**
 * The findings of rule deltagare-avslut for the years the report writes status at exit for, against
 * the ended participants of each year (as computed: last year's from last year's report).
 */
export function exitStatusFindings(
  categories: readonly ExitCategory[] | undefined,
  participants: ComputedParticipants | undefined,
  context: { source: YamlSource; document: DocumentRef; privacy: HiddenCounts },
): Finding[] {
  if (!categories?.length || !participants) return [];
  const years = [...new Set(categories.flatMap((c) => Object.keys(c.values)))].sort();
  const findings: Finding[] = [];
  for (const year of years) {
    const ended = participants.years[year]?.ended;
    // Women's or men's column breaking a bound breaks it in "alla" too: that is the same mistake.
    const split = [...yearBreaks(categories, year, ended, "women"), ...yearBreaks(categories, year, ended, "men")];
    const breaks = split.length ? split : yearBreaks(categories, year, ended, "total");
    for (const found of breaks) findings.push(finding(found, context));
  }
  return findings;
}

function finding(found: Break, context: { source: YamlSource; document: DocumentRef; privacy: HiddenCounts }): Finding {
  const { source, document, privacy } = context;
  const result: Finding = {
    rule: "deltagare-avslut",
    severity: "fel",
    document: document.label,
    file: source.file,
    line: source.lineOf(found.path),
    path: found.path.join("."),
    stated: found.stated,
    computed: found.computed,
    difference: found.stated - found.computed,
    url: found.category ? `${document.url}#${anchorId(document.id, ["participants", "exit_status", found.category])}` : document.url,
    message: found.message,
    quantity: "count",
  };
  if (privacy.minCount === undefined) return result;
  // A number made of a count the page hides would give it away: withheld with it.
  const threshold = { minCount: privacy.minCount };
  const small = (value: number) => (isHiddenCount(value, threshold) ? formatCount(value, threshold) : undefined);
  const hidesPart = found.counts.some((path) => privacy.hiddenValue?.(path) !== undefined);
  const hidden = {
    stated: privacy.hiddenValue?.(found.path.join(".")) ?? small(found.stated) ?? (hidesPart ? WITHHELD : undefined),
    computed: small(found.computed) ?? (hidesPart ? WITHHELD : undefined),
  };
  return withSiteText(result, { ...siteValues(result, hidden), message: result.message });
}
