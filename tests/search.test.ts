// Search over every document with Pagefind: the build writes a static index into /pagefind/, and
// the search page finds a protokoll's paragraph, a document's heading and an anslag in Chromium.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../src/pdf/browser.ts";
import { serveFromFolder, SITE_ORIGIN } from "../src/pdf/serve-from-folder.ts";
import { runBuild, temporaryDir } from "./helpers/build.ts";

let out: string;
let browser: Browser;
let stdout: string;

beforeAll(async () => {
  out = join(temporaryDir(), "site");
  process.env.FINSAM_BUILD_DATE = "2025-12-20";
  const run = runBuild(["--data", "data", "--out", out, "--no-pdf"]);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  stdout = run.stdout;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function search(query: string): Promise<{ status: string; results: { title: string; href: string }[] }> {
  const page = await browser.newPage();
  try {
    await serveFromFolder(page, out);
    await page.goto(`${SITE_ORIGIN}/sok/`, { waitUntil: "load" });
    await page.type("#sok-fraga", query);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /träff/.test(document.getElementById("sok-status")?.textContent ?? ""), { timeout: 20_000 });
    return await page.evaluate(() => ({
      status: document.getElementById("sok-status")!.textContent!,
      results: [...document.querySelectorAll("#sok-resultat li a")].map((a) => ({ title: a.textContent!, href: new URL((a as HTMLAnchorElement).href).pathname })),
    }));
  } finally {
    await page.close();
  }
}

describe("search", () => {
  it("writes a static Pagefind index with every page but the search page", () => {
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
    const pages = Number(/^Sökindex: (\d+) sidor$/m.exec(stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(12);
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
