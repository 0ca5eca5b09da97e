// Every table of every document page as a CSV file next to the page (the link under each table is
// rendered from the same table model, templates/components/data-table.njk).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tablesOf } from "../documents/body.ts";
import { tableToCsv } from "../tables/index.ts";

export function writeCsvFiles(siteDir: string, documents: readonly { url: string; body: Parameters<typeof tablesOf>[0] }[]): number {
  let written = 0;
  for (const doc of documents) {
    const dir = join(siteDir, doc.url);
    mkdirSync(dir, { recursive: true });
    for (const table of tablesOf(doc.body)) {
      writeFileSync(join(dir, table.csvName), tableToCsv(table));
      written++;
    }
  }
  return written;
}
