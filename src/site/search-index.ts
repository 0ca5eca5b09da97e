// The search index: Pagefind reads the built pages (the part marked data-pagefind-body, i.e. each
// page's <main>) and writes a static index with its JavaScript into <site>/pagefind/. No server;
// the search page (content/sok.njk) loads /pagefind/pagefind.js in the browser.
import { join } from "node:path";

// Pagefind runs one backend per process, which `close()` ends: two builds in one process (tests,
// the benchmark) index one after the other.
let queue: Promise<unknown> = Promise.resolve();

export function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const run = queue.then(() => indexSite(siteDir));
  queue = run.catch(() => undefined);
  return run;
}

async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "sv" });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
