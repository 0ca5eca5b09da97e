// The search index given in groups as pages are written (src/site/search-index.ts): every page of
// every group indexed, the same index for the same groups, a page whose path a glob would misread
// refused, and an abandoned index letting the next one in the process run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageOfUrl } from "../src/site/page-of-url.ts";
import { pagesExcept, searchGroups, startSearchIndex } from "../src/site/search-index.ts";
import { temporaryDir } from "./helpers/build.ts";
import { folderBytes } from "./helpers/site.ts";

function siteWith(pages: string[]): string {
  const dir = temporaryDir("finsam-search-");
  for (const page of pages) {
    mkdirSync(join(dir, page, ".."), { recursive: true });
    writeFileSync(join(dir, page), `<html lang="sv"><body><main data-pagefind-body><h1>${page}</h1><p>Samordning ${page}</p></main></body></html>`);
  }
  return dir;
}

const pages = ["index.html", "a/index.html", "a/2025/plan/index.html", "a/2025/arsredovisning/index.html", "b/2026/plan/index.html"];

describe("the search index in groups", () => {
  it("indexes every page of every group, and the same groups give the same index", async () => {
    const documents = ["a/2025/plan/index.html", "a/2025/arsredovisning/index.html", "b/2026/plan/index.html"];
    expect(pageOfUrl("/a/2025/plan/")).toBe(documents[0]);
    const indexes: Map<string, Buffer>[] = [];
    for (let i = 0; i < 2; i++) {
      const dir = siteWith(pages);
      const others = pagesExcept(dir, new Set(documents));
      expect(others).toEqual(["a/index.html", "index.html"]);
      const search = startSearchIndex(dir);
      search.add(others);
      search.add(documents.slice(0, 2));
      search.add(documents.slice(2));
      expect(await search.finish()).toEqual({ pages: pages.length });
      indexes.push(folderBytes(join(dir, "pagefind")));
    }
    expect(indexes[0]!.size).toBeGreaterThan(3);
    expect([...indexes[1]!.keys()]).toEqual([...indexes[0]!.keys()]);
    for (const [path, bytes] of indexes[0]!) expect(indexes[1]!.get(path)?.equals(bytes), path).toBe(true);
  }, 60_000);

  it("gives the same groups after one run as after runs in batches, each group once it is all written", () => {
    const dir = siteWith(pages.filter((page) => !page.includes("/20")));
    const documents = Array.from({ length: 7 }, (_, i) => `a/${2020 + i}/plan/index.html`);
    const groupsOf = (runs: { others: boolean; documents: number }[]) => {
      const given: { after: number; pages: readonly string[] }[] = [];
      const give = searchGroups({ add: (added) => given.push({ after: runs.indexOf(run!), pages: added }) }, dir, documents, 3);
      let run: (typeof runs)[number] | undefined;
      for (run of runs) give(run);
      return given;
    };
    const one = groupsOf([{ others: true, documents: 7 }]);
    const batches = groupsOf([
      { others: true, documents: 0 },
      { others: false, documents: 2 },
      { others: false, documents: 2 },
      { others: false, documents: 3 },
    ]);
    expect(one.map((g) => g.pages)).toEqual([["a/index.html", "index.html"], documents.slice(0, 3), documents.slice(3, 6), documents.slice(6)]);
    expect(batches.map((g) => g.pages)).toEqual(one.map((g) => g.pages));
    // The first three documents are given after the run that wrote the third, the rest after the last.
    expect(batches.map((g) => g.after)).toEqual([0, 2, 3, 3]);
  });

  it("refuses a page whose path is not a plain path, and lets the next index run after one abandoned", async () => {
    const dir = siteWith(["index.html", "x{y}/index.html"]);
    const failing = startSearchIndex(dir);
    failing.add(["x{y}/index.html"]);
    await expect(failing.finish()).rejects.toThrow(/x\{y\}\/index\.html/);
    const abandoned = startSearchIndex(dir);
    abandoned.add(["index.html"]);
    await abandoned.abandon();
    const next = startSearchIndex(dir);
    next.add(["index.html"]);
    expect(await next.finish()).toEqual({ pages: 1 });
  }, 60_000);
});
