// A large site's HTML in batches (src/build/build.ts htmlRuns): the other pages first, then the
// documents' pages a batch per Eleventy run, so that Eleventy never holds every page at once — and
// the site written is the one a single run writes, byte for byte.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, htmlRuns } from "../src/build/build.ts";
import type { PreparedSite } from "../src/eleventy/prepare.ts";
import { generateSite, writeFiles } from "../src/synthetic/index.ts";
import { temporaryDir } from "./helpers/build.ts";
import { folderBytes } from "./helpers/site.ts";

describe("the HTML in batches", () => {
  it("renders every document's page once, in order, after the other pages; a small site in one run", () => {
    const site = { documents: Array.from({ length: 7 }, (_, i) => ({ url: `/d${i}/` })) } as unknown as PreparedSite;
    const runs = htmlRuns(site, 3);
    expect(runs.map((run) => run.options.pages)).toEqual(["others", "documents", "documents", "documents"]);
    expect(runs[0]!.site).toBe(site);
    expect(runs.slice(1).flatMap((run) => run.site.documents.map((d) => d.url))).toEqual(site.documents.map((d) => d.url));
    expect(htmlRuns(site, 7)).toEqual([{ site, options: {} }]);
  });

  it("writes the same site, byte for byte, as one Eleventy run", async () => {
    const root = temporaryDir("finsam-batches-");
    const generated = generateSite(3, { seed: "batches", years: 2, protokoll: true });
    const { dataDir, proseDir } = writeFiles(join(root, "input"), generated.files);
    const common = { dataDir, proseDir, pdf: false, cache: false, buildDate: "2026-12-03", log: () => {} };
    await build({ ...common, outDir: join(root, "one") });
    await build({ ...common, outDir: join(root, "batches"), htmlBatch: 4 });
    const one = folderBytes(join(root, "one"));
    const batches = folderBytes(join(root, "batches"));
    expect([...batches.keys()].sort()).toEqual([...one.keys()].sort());
    // Every document's page, and the pages that are not documents' (start, förbund, anslagstavla, search).
    expect([...one.keys()].filter((path) => path.endsWith("index.html")).length).toBeGreaterThan(generated.forbund.length * 2 * 3);
    for (const [path, bytes] of one) expect(batches.get(path)?.equals(bytes), path).toBe(true);
  }, 120_000);
});
