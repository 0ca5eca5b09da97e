// Every page of the built example site (built once for the run, tests/global-setup.ts), opened in
// Chromium and checked with axe-core against WCAG 2.1 A and AA: no violations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { axePath, violationsOf } from "./helpers/axe.ts";
import { sitePages } from "./helpers/site.ts";
import { exampleSiteInBrowser } from "./helpers/site-browser.ts";

const pages = (site: string) => sitePages(site);
/** Document pages are checked by tests/a11y-documents.test.ts, in the other worker. */
const isDocument = (path: string) => /^\/[^/]+\/\d{4}\/[^/]+\/$/.test(path);

const site = exampleSiteInBrowser();

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it("would see a violation (the check itself works)", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"><input type="text"></main></body></html>');
      await page.addScriptTag({ path: axePath });
      const ids = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } })).violations.map((v) => v.id);
      });
      expect(ids).toEqual(expect.arrayContaining(["html-has-lang", "image-alt", "label"]));
    } finally {
      await page.close();
    }
  });

  it("covers every page of the site, the protokoll and the anslagstavla among them", () => {
    const all = pages(site.out);
    expect(all).toEqual(
      expect.arrayContaining(["/", "/jamtland/", "/jamtland/2025/protokoll-2025-11-28/", "/jamtland/anslagstavla/", "/sok/", "/tillganglighet/"]),
    );
    expect(all.length).toBeGreaterThanOrEqual(12);
  });

  it("finds no violation on any page but the documents' (tests/a11y-documents.test.ts) at desktop width, nor on the main ones at phone width", async () => {
    const phone = new Set(["/", "/jamtland/", "/jamtland/anslagstavla/", "/sok/"]);
    const checks = pages(site.out)
      .filter((path) => !isDocument(path))
      .map((path) => ({ path, widths: phone.has(path) ? [1280, 390] : [1280] }));
    expect(await violationsOf(site.browser, site.out, checks)).toEqual({});
  });

  it("has one h1 and headings without skipped levels, tables with captions and scoped headers, charts with text", () => {
    const problems: string[] = [];
    for (const path of pages(site.out)) {
      const html = readFileSync(join(site.out, path, "index.html"), "utf8");
      const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
      const levels = [...main.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      if (levels.filter((l) => l === 1).length !== 1) problems.push(`${path}: ${levels.filter((l) => l === 1).length} h1`);
      levels.forEach((level, i) => {
        if (level > (levels[i - 1] ?? 0) + 1) problems.push(`${path}: h${levels[i - 1] ?? 0} followed by h${level}`);
      });
      for (const table of html.match(/<table\b[\s\S]*?<\/table>/g) ?? []) {
        if (!/<caption\b/.test(table)) problems.push(`${path}: table without caption: ${table.slice(0, 80)}`);
        for (const th of table.match(/<th\b[^>]*>/g) ?? [])
          if (!/\sscope="(col|row|colgroup|rowgroup)"/.test(th)) problems.push(`${path}: ${th} without scope`);
      }
      for (const svg of html.match(/<svg\b[^>]*>/g) ?? []) {
        if (!/aria-hidden="true"/.test(svg) && !(/role="img"/.test(svg) && /aria-label(ledby)?="[^"]+"/.test(svg)))
          problems.push(`${path}: chart without text alternative: ${svg.slice(0, 80)}`);
      }
      if (!/<html lang="sv">/.test(html)) problems.push(`${path}: not lang="sv"`);
      if (!/<a class="skip-link" href="#main">/.test(html) || !/<main id="main"/.test(html)) problems.push(`${path}: no skip link to <main id="main">`);
    }
    expect(problems).toEqual([]);
  });
});
