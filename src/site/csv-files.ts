// Every table of every document page as a CSV file next to the page (the link under each table is
// rendered from the same table model, templates/components/data-table.njk). Written with the
// file system's own threads, a few at a time (11 000 small files at national scale are seconds of
// system calls, which those threads spread over the cores).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tablesOf } from "../documents/body.ts";
import { tableToCsv } from "../tables/index.ts";

/** Files being written at once: enough to keep libuv's threads busy, far below any limit of open files. */
const AT_ONCE = 16;

export async function writeCsvFiles(siteDir: string, documents: readonly { url: string; body: Parameters<typeof tablesOf>[0] }[]): Promise<number> {
  const files = documents.flatMap((doc) => tablesOf(doc.body).map((table) => ({ dir: join(siteDir, doc.url), table })));
  const made = new Map<string, Promise<unknown>>();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const { dir, table } = files[i]!;
      if (!made.has(dir)) made.set(dir, mkdir(dir, { recursive: true }));
      await made.get(dir);
      await writeFile(join(dir, table.csvName), tableToCsv(table));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return files.length;
}
