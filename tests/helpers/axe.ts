// axe-core in Chromium against WCAG 2.1 A and AA, for the accessibility tests.
import { createRequire } from "node:module";
import type { Browser, Page } from "puppeteer-core";
import { SITE_ORIGIN, serveFromFolder } from "../../src/pdf/serve-from-folder.ts";

export const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** The pages at the widths each asks for, two at a time; the violations by "path @width". */
export async function violationsOf(browser: Browser, site: string, checks: { path: string; widths: number[] }[]): Promise<Record<string, Violation[]>> {
  const found: Record<string, Violation[]> = {};
  const queue = [...checks];
  // Two pages at a time: loading a page and injecting axe waits as much as it computes.
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      for (let check = queue.shift(); check; check = queue.shift()) {
        for (const [width, list] of Object.entries(await violations(browser, site, check.path, check.widths))) {
          if (list.length) found[`${check.path} @${width}px`] = list;
        }
      }
    }),
  );
  return found;
}

/** The violations of the page as it is now (axe injected where it is not yet), WCAG 2.1 A and AA; a few nodes of each. */
export async function pageViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/** The page's violations at each width, axe injected once: the page is loaded, then checked at each viewport. */
async function violations(browser: Browser, out: string, path: string, widths: number[]): Promise<Record<number, Violation[]>> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: widths[0]!, height: 900 });
    await serveFromFolder(page, out);
    await page.goto(`${SITE_ORIGIN}${path}`, { waitUntil: "load" });
    await page.addScriptTag({ path: axePath });
    const found: Record<number, Violation[]> = {};
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      found[width] = await pageViolations(page);
    }
    return found;
  } finally {
    await page.close();
  }
}
