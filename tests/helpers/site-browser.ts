// The built example site and one Chromium for a test file: both ready in beforeAll, the browser
// closed in afterAll. For the tests that open the site's pages as a reader would.
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../../src/pdf/browser.ts";
import { examplesSite } from "./site.ts";

export interface SiteInBrowser {
  /** The built site's folder. */
  out: string;
  browser: Browser;
}

/** Registers the file's beforeAll/afterAll; read the fields inside tests (they are set in beforeAll). */
export function exampleSiteInBrowser(): SiteInBrowser {
  const opened = {} as SiteInBrowser;
  beforeAll(async () => {
    opened.out = examplesSite();
    opened.browser = await launchBrowser();
  });
  afterAll(async () => {
    await opened.browser?.close();
  });
  return opened;
}
