// Prose prepared as each förbund is built (src/model/site.ts onForbund, src/eleventy/load.ts): every
// förbund's page is given once, before the site is done; what prepareSite makes of documents
// prepared early is what it makes of them itself, and their problems come in the documents' order.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadData } from "../src/data/load.ts";
import { DataError } from "../src/data/problem.ts";
import { documentKinds } from "../src/documents/index.ts";
import { loadPreparedSite } from "../src/eleventy/load.ts";
import { type PreparedEarly, prepareEarly, prepareSite } from "../src/eleventy/prepare.ts";
import { buildSite, type DocumentPage, type ForbundPage } from "../src/model/site.ts";
import { generateSite, writeFiles } from "../src/synthetic/index.ts";
import { temporaryDir } from "./helpers/build.ts";

function generated(seed: string) {
  const site = generateSite(3, { seed, years: 2 });
  return { ...writeFiles(join(temporaryDir("finsam-early-"), "input"), site.files), site };
}

describe("prose prepared as each förbund is built", () => {
  it("gives each förbund's page once, before the site is built, and the same documents as prepared at the end", async () => {
    const { dataDir, proseDir } = generated("early");
    const pages: ForbundPage[] = [];
    let done = false;
    const site = await buildSite(loadData(dataDir, { kinds: documentKinds, proseDir }), {
      charts: false,
      onForbund: (page) => {
        expect(done).toBe(false);
        pages.push(page);
      },
    });
    done = true;
    expect(pages.map((page) => page.slug)).toEqual(site.forbund.map((f) => f.slug));
    const early = new Map<DocumentPage, PreparedEarly>(pages.flatMap((page) => page.documents.map((doc) => [doc, prepareEarly(doc)] as const)));
    const fromEarly = prepareSite(site, early);
    expect(fromEarly.documents.map((doc) => doc)).toEqual(site.documents.map((doc) => early.get(doc)!.document));
    expect(JSON.stringify(fromEarly.documents)).toBe(JSON.stringify(prepareSite(site).documents));
  });

  it("lists the prose problems of every förbund in the documents' order, whatever order they were prepared in", async () => {
    const { dataDir, proseDir, site } = generated("early-problems");
    const [first, , last] = site.forbund;
    const broken = (slug: string) => {
      const file = [...site.files.keys()].find((path) => path.startsWith(`prose/${slug}/`) && path.endsWith(".md"))!;
      writeFileSync(join(proseDir, file.slice("prose/".length)), "Text {% if %} utan slut\n");
      return file.slice("prose/".length);
    };
    const files = [broken(first!.slug), broken(last!.slug)];
    const model = await buildSite(loadData(dataDir, { kinds: documentKinds, proseDir }), { charts: false });
    const order = model.forbund.map((f) => f.slug);
    const inOrder = [...files].sort((a, b) => order.indexOf(a.split("/")[0]!) - order.indexOf(b.split("/")[0]!));
    const error = await loadPreparedSite(dataDir, { proseDir, charts: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const problemFiles = (error as DataError).problems.map((problem) => problem.file);
    expect(problemFiles.length).toBe(2);
    expect(problemFiles.map((file) => inOrder.findIndex((end) => file.endsWith(end)))).toEqual([0, 1]);

    const reversed = new Map([...model.documents].reverse().map((doc) => [doc, prepareEarly(doc)] as const));
    const thrown = (() => {
      try {
        prepareSite(model, reversed);
      } catch (e) {
        return e as DataError;
      }
    })();
    expect(thrown?.problems.map((problem) => problem.file)).toEqual(problemFiles);
  });
});
