// The search index: Pagefind reads the built pages (the part marked data-pagefind-body, i.e. each
// page's <main>) and writes a static index with its JavaScript into <site>/pagefind/. No server;
// the search page (content/sok.njk) loads /pagefind/pagefind.js in the browser.
//
// Pagefind indexes in a process of its own, so a large site's pages are given to it group by group
// as Eleventy writes them (src/build/build.ts): it reads one group while the next is rendered,
// instead of all of them after the last (at 1 200 documents about 10 s). The index depends on the
// order pages are added in, so the groups are the same whatever the batches: the other pages, then
// the documents' pages SEARCH_GROUP at a time in the site's order.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Documents' pages per group given to Pagefind. */
export const SEARCH_GROUP = 300;

export interface SearchIndexing {
  /** Pages (paths relative to the site folder) of one group, in the order the index is to have them. */
  add(pages: readonly string[]): void;
  /** Writes the index once every group given has been read; the number of pages indexed. */
  finish(): Promise<{ pages: number }>;
  /** Stops without writing (a build that failed); resolves once Pagefind has let go of the folder. */
  abandon(): Promise<void>;
}

// Pagefind runs one backend per process, which `close()` ends: two builds in one process (tests,
// the benchmark) index one after the other.
let queue: Promise<void> = Promise.resolve();

/** A path Pagefind's glob reads as itself (the site's pages are made of slugs, years and ids). */
const literalPath = /^[\w./-]+$/;

export function startSearchIndex(siteDir: string): SearchIndexing {
  // The next indexing in this process waits for this one's finish or abandon.
  let release!: () => void;
  const previous = queue;
  queue = new Promise<void>((resolve) => {
    release = resolve;
  });
  const opened = previous.then(async () => {
    const pagefind = await import("pagefind");
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "sv" });
    if (!index) {
      await pagefind.close();
      throw new Error(`Pagefind: ${errors.join("; ")}`);
    }
    return { pagefind, index };
  });
  // Groups are read one after another, each once the one before it is done, so the order is the one given.
  let reading: Promise<number> = opened.then(() => 0);
  let ended: Promise<unknown> | undefined;
  const close = () => opened.then(({ pagefind }) => pagefind.close());
  const end = <T>(work: Promise<T>): Promise<T> => {
    const done = work.finally(() => close().catch(() => undefined)).finally(release);
    ended = done;
    return done;
  };
  return {
    add(pages) {
      if (pages.length === 0) return;
      reading = reading.then(async (count) => {
        const { index } = await opened;
        for (const page of pages) if (!literalPath.test(page)) throw new Error(`Pagefind: sidan ${page} har tecken som sökindexet inte kan läsa`);
        const added = await index.addDirectory({ path: siteDir, glob: pages.length === 1 ? pages[0]! : `{${pages.join(",")}}` });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
        return count + added.page_count;
      });
      // A failure is the finish's to report; meanwhile it is not "unhandled".
      reading.catch(() => undefined);
    },
    finish() {
      return end(
        reading.then(async (pages) => {
          const { index } = await opened;
          const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
          return { pages };
        }),
      );
    },
    async abandon() {
      await (ended ?? end(reading)).catch(() => undefined);
    },
  };
}

/** The site folder's pages that are not in `except`, sorted (the other pages, once Eleventy has written them). */
export function pagesExcept(siteDir: string, except: ReadonlySet<string>): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)))
    .filter((page) => !except.has(page))
    .sort();
}

/**
 * What to give the index after each Eleventy run: the other pages after the run that wrote them,
 * then the documents' pages (in the site's order) `group` at a time, each group once all of it is
 * written. Runs in batches and one run give the index the same groups.
 */
export function searchGroups(
  search: Pick<SearchIndexing, "add">,
  siteDir: string,
  documentPages: readonly string[],
  group = SEARCH_GROUP,
): (run: { others: boolean; documents: number }) => void {
  let written = 0;
  let indexed = 0;
  return (run) => {
    if (run.others) search.add(pagesExcept(siteDir, new Set(documentPages)));
    written += run.documents;
    while (indexed < written && (written - indexed >= group || written === documentPages.length)) {
      search.add(documentPages.slice(indexed, indexed + group));
      indexed = Math.min(indexed + group, documentPages.length);
    }
  };
}
