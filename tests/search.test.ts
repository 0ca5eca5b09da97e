// Search over every document with Pagefind: the build writes a static index into /pagefind/, and
// the search page finds a protokoll's paragraph, a document's heading and an anslag in Chromium.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_ORIGIN, serveFromFolder } from "../src/pdf/serve-from-folder.ts";
import { sitePages } from "./helpers/site.ts";
import { exampleSiteInBrowser } from "./helpers/site-browser.ts";

const site = exampleSiteInBrowser();

async function search(query: string): Promise<{ status: string; results: { title: string; href: string }[] }> {
  const page = await site.browser.newPage();
  try {
    await serveFromFolder(page, site.out);
    await page.goto(`${SITE_ORIGIN}/sok/`, { waitUntil: "load" });
    await page.type("#sok-fraga", query);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /träff/.test(document.getElementById("sok-status")?.textContent ?? ""), { timeout: 20_000 });
    return await page.evaluate(() => ({
      status: document.getElementById("sok-status")!.textContent!,
      results: [...document.querySelectorAll("#sok-resultat li a")].map((a) => ({
        title: a.textContent!,
        href: new URL((a as HTMLAnchorElement).href).pathname,
      })),
    }));
  } finally {
    await page.close();
  }
}

describe("search", () => {
  it("writes a static Pagefind index with every page but the search page", () => {
    expect(existsSync(join(site.out, "pagefind/pagefind.js"))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site.out, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.sv?.page_count).toBe(sitePages(site.out).length - 1);
  });

  it("finds a paragraph of the protokoll", async () => {
    const { results } = await search("Processledarfunktion");
    expect(results.map((r) => r.href)).toContain("/jamtland/2025/protokoll-2025-11-28/");
  });

  it("finds documents of both förbund and the anslag", async () => {
    const hrefs = (await search("verksamhetsplan")).results.map((r) => r.href);
    expect(hrefs.some((h) => h.startsWith("/jamtland/"))).toBe(true);
    expect(hrefs.some((h) => h.startsWith("/solleftea/"))).toBe(true);
    expect((await search("laglighetsprövning")).results.map((r) => r.href)).toContain("/jamtland/anslagstavla/");
  });

  it("says so when nothing matches", async () => {
    expect((await search("qqzzqqzz")).status).toBe("Inga träffar för ”qqzzqqzz”.");
  });
});
