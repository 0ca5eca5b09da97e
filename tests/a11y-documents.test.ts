// The document pages of the example site (årsredovisning, verksamhetsplaner, driftsredovisning,
// protokoll) checked with axe-core against WCAG 2.1 A and AA: no violations, at desktop and phone
// width. (The other pages: tests/a11y.test.ts; two files, so the two workers share the work.)
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../src/pdf/browser.ts";
import { violationsOf } from "./helpers/axe.ts";
import { examplesSite, sitePages } from "./helpers/site.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("accessibility of the document pages (axe-core, WCAG 2.1 AA)", () => {
  it("finds no violation on any document page at desktop width, nor on two at phone width", async () => {
    const site = examplesSite();
    const documents = sitePages(site).filter((path) => /^\/[^/]+\/\d{4}\/[^/]+\/$/.test(path));
    expect(documents.length).toBe(8);
    const phone = new Set(["/jamtland/2025/driftsredovisning/", "/jamtland/2025/protokoll-2025-11-28/"]);
    expect(
      await violationsOf(
        browser,
        site,
        documents.map((path) => ({ path, widths: phone.has(path) ? [1280, 390] : [1280] })),
      ),
    ).toEqual({});
  });
});
