// Every page of the built example site at phone width (390 px, an iPhone 12–15): the page itself
// never scrolls sideways. Wide tables scroll inside their own region (.table-scroll, with a cue);
// charts draw at the width they get (src/charts, responsive.css).
import { describe, expect, it } from "vitest";
import { SITE_ORIGIN, serveFromFolder } from "../src/pdf/serve-from-folder.ts";
import { sitePages } from "./helpers/site.ts";
import { exampleSiteInBrowser } from "./helpers/site-browser.ts";

const PHONE = 390;
const site = exampleSiteInBrowser();

/** How much wider than the viewport the page is, and the widest element that sticks out. */
async function overflow(path: string): Promise<{ scrollWidth: number; culprit: string }> {
  const page = await site.browser.newPage();
  try {
    await page.setViewport({ width: PHONE, height: 844 });
    await serveFromFolder(page, site.out);
    await page.goto(`${SITE_ORIGIN}${path}`, { waitUntil: "load" });
    return await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const culprit = [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest(".table-scroll, .skip-link"))
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`)[0];
      return { scrollWidth: document.documentElement.scrollWidth, culprit: culprit ?? "" };
    });
  } finally {
    await page.close();
  }
}

describe("phone width (390 px)", () => {
  it("would see a page wider than the phone (the check itself works)", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: PHONE, height: 844 });
      await page.setContent('<!doctype html><html><body><div style="width: 700px">x</div></body></html>');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(PHONE);
    } finally {
      await page.close();
    }
  });

  it("has no page that scrolls sideways", async () => {
    const wide: string[] = [];
    for (const path of sitePages(site.out)) {
      const { scrollWidth, culprit } = await overflow(path);
      if (scrollWidth > PHONE) wide.push(`${path}: ${scrollWidth} px (${culprit})`);
    }
    expect(wide).toEqual([]);
  });
});
