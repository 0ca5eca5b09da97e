// Every table of every document page also as a CSV file: written next to the page, named after
// the table's caption, and linked right under the table (after its scroll box). Generic: it reads
// the rendered HTML, so every kind's tables are covered without changing their macros.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { escapeHtml, slugify } from "../../format/index.ts";
import { parseTable, toCsv } from "../../site/csv.ts";

/** A file name from a long caption: whole words, at most 60 characters. */
function shorten(slug: string): string {
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : 60);
}

export interface CsvFile {
  name: string;
  content: string;
}

/** Only document pages (layouts/document.njk) get CSV files. */
export function isDocumentPage(html: string): boolean {
  return /<article class="document[\s"]/.test(html);
}

/** The page with a link under each table, and the CSV files to write next to it. */
export function addTableCsv(html: string): { html: string; files: CsvFile[] } {
  if (!isDocumentPage(html)) return { html, files: [] };
  const files: CsvFile[] = [];
  const used = new Set<string>();
  let out = "";
  let rest = html;
  const tablePattern = /<table\b[\s\S]*?<\/table>/i;
  for (let match = tablePattern.exec(rest), n = 1; match; match = tablePattern.exec(rest), n++) {
    const table = parseTable(match[0]);
    const base = shorten(slugify(table.caption)) || `tabell-${n}`;
    let name = `${base}.csv`;
    for (let k = 2; used.has(name); k++) name = `${base}-${k}.csv`;
    used.add(name);
    files.push({ name, content: toCsv(table.rows) });

    const before = rest.slice(0, match.index);
    let after = rest.slice(match.index + match[0].length);
    let tableHtml = match[0];
    // Inside a scroll box the link goes after the box, so it does not scroll away with the table.
    const wrapped = /<div class="table-scroll"[^>]*>\s*$/.test(before) && /^\s*<\/div>/.test(after);
    if (wrapped) {
      const close = /^\s*<\/div>/.exec(after)![0];
      tableHtml += close;
      after = after.slice(close.length);
    }
    const label = table.caption ? `Tabellen ”${escapeHtml(table.caption)}” som CSV` : `Tabell ${n} som CSV`;
    const link = `<p class="table-download no-print"><a href="${name}" download>${label}</a></p>`;
    out += before + tableHtml + link;
    rest = after;
  }
  return { html: out + rest, files };
}

/** The Eleventy transform: rewrites the page and writes its CSV files into the page's folder. */
export function tableCsvTransform(html: string, outputPath: string | false | undefined): string {
  if (typeof outputPath !== "string" || !outputPath.endsWith(".html")) return html;
  const { html: changed, files } = addTableCsv(html);
  if (files.length === 0) return html;
  const dir = dirname(outputPath);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.content);
  return changed;
}
