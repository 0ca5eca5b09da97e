// The start page's overview of the förbund by län, in the built example site: both förbund under
// their län with their figures and links that lead to an id on an existing page, and the filter
// (templates/assets/forbund-filter.js) in Chromium — hiding what does not match, saying how many
// do, and absent without JavaScript, when the page shows every förbund. (Axe and the phone width:
// tests/a11y.test.ts and tests/phone.test.ts check the start page at 1280 and 390 px.)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { SITE_ORIGIN, serveFromFolder } from "../src/pdf/serve-from-folder.ts";
import { axePath, type Violation } from "./helpers/axe.ts";
import { decodeEntities } from "./helpers/html.ts";
import { pageHtml } from "./helpers/site.ts";
import { exampleSiteInBrowser } from "./helpers/site-browser.ts";

const site = exampleSiteInBrowser();

const text = (html: string) => decodeEntities(html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "")).trim();

/** The overview's row groups: the län and, per förbund, its cells' visible text and links. */
function overview(html: string) {
  const table = html.match(/<table class="report-table national-overview"[\s\S]*?<\/table>/)![0];
  return [...table.matchAll(/<tbody[^>]*>([\s\S]*?)<\/tbody>/g)].map(([, body]) => ({
    lan: text(body!.match(/<th scope="rowgroup"[^>]*>([\s\S]*?)<\/th>/)![1]!),
    rows: [...body!.matchAll(/<tr class="line-row"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) => ({
      cells: [...row!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]!)),
      links: [...row!.matchAll(/href="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)),
    })),
  }));
}

async function startPage(options: { javascript?: boolean } = {}): Promise<Page> {
  const page = await site.browser.newPage();
  await page.setJavaScriptEnabled(options.javascript ?? true);
  await serveFromFolder(page, site.out);
  await page.goto(`${SITE_ORIGIN}/`, { waitUntil: "load" });
  return page;
}

/** What a reader sees: the overview's förbund and län, the lists of documents, and the status line. */
const visible = (page: Page) =>
  page.evaluate(() => {
    const shown = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => e.offsetParent !== null);
    return {
      rows: shown(".national-overview tr.line-row th").map((e) => e.textContent!.trim()),
      lan: shown(".national-overview th[scope=rowgroup]").map((e) => e.textContent!.trim()),
      lists: shown(".forbund-card h3").map((e) => e.textContent!.trim()),
      status: document.querySelector(".forbund-filter [role=status]")?.textContent ?? "",
      filter: shown(".forbund-filter input").length,
    };
  });

describe("the start page's förbund by län", () => {
  it("lists both förbund under their län with their key figures, Sollefteå's medlemsbidrag as budget", () => {
    expect(overview(pageHtml(site.out, "/"))).toEqual([
      {
        lan: "Jämtlands län",
        rows: [
          {
            cells: ["Samordningsförbundet i Jämtlands län", "2025", "8\u00a0227", "1\u00a0271", "3\u00a0008", "37\u00a0%över rekommenderade 20\u00a0%", "332"],
            links: [
              "/jamtland/",
              "/jamtland/2025/arsredovisning/",
              "/jamtland/2025/arsredovisning/#arsredovisning-driftsredovisning-intakter-medlemsbidrag",
              "/jamtland/2025/arsredovisning/#arsredovisning-resultatrakning-entries-5",
              "/jamtland/2025/arsredovisning/#arsredovisning-balansrakning-entries-10",
              "/jamtland/2025/arsredovisning/#arsredovisning-balansrakning-entries-10",
              "/jamtland/2025/arsredovisning/#tabell-2",
            ],
          },
        ],
      },
      {
        lan: "Västernorrlands län",
        rows: [
          {
            cells: ["Samordningsförbundet i Sollefteå", "–", "2\u00a0756budget 2026", "–", "–", "–", "–"],
            links: ["/solleftea/", "/solleftea/2026/verksamhetsplan/#verksamhetsplan-eget_kapital"],
          },
        ],
      },
    ]);
  });

  it("links every figure to an id on a page that exists, where the page shows the same number", () => {
    const groups = overview(pageHtml(site.out, "/"));
    const links = groups.flatMap((g) => g.rows.flatMap((r) => r.links)).filter((href) => href.includes("#"));
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const href of links) {
      const [path, id] = href.split("#") as [string, string];
      expect(existsSync(join(site.out, path, "index.html")), href).toBe(true);
      expect(readFileSync(join(site.out, path, "index.html"), "utf8"), href).toContain(` id="${id}"`);
    }
    // The balansräkning's eget kapital row prints the overview's 3 008.
    const report = pageHtml(site.out, "/jamtland/2025/arsredovisning/");
    expect(text(report.match(/<tr[^>]* id="arsredovisning-balansrakning-entries-10">[\s\S]*?<\/tr>/)![0])).toContain("3\u00a0008");
  });

  it("filters the förbund by name or län as one types, and says how many match", async () => {
    const page = await startPage();
    try {
      expect(await visible(page)).toMatchObject({ filter: 1, status: "", rows: expect.arrayContaining([expect.any(String)]) });
      expect((await visible(page)).rows).toHaveLength(2);
      await page.type("#forbund-filter", "västernorr");
      expect(await visible(page)).toEqual({
        rows: ["Samordningsförbundet i Sollefteå"],
        lan: ["Västernorrlands län"],
        lists: ["Samordningsförbundet i Sollefteå"],
        status: "1 av 2 förbund visas.",
        filter: 1,
      });
      // Without å, ä, ö, and by a word of the name.
      await page.$eval("#forbund-filter", (input) => {
        (input as HTMLInputElement).value = "";
      });
      await page.type("#forbund-filter", "jamtland");
      expect(await visible(page)).toMatchObject({ rows: ["Samordningsförbundet i Jämtlands län"], lan: ["Jämtlands län"], status: "1 av 2 förbund visas." });
      await page.type("#forbund-filter", " qq");
      expect(await visible(page)).toMatchObject({ rows: [], lan: [], lists: [], status: "Inget förbund matchar ”jamtland qq”." });
      // Cleared: everything again, and nothing to announce.
      await page.$eval("#forbund-filter", (input) => {
        (input as HTMLInputElement).value = "";
        input.dispatchEvent(new Event("input"));
      });
      expect(await visible(page)).toMatchObject({ lan: ["Jämtlands län", "Västernorrlands län"], status: "" });
      expect((await visible(page)).lists).toHaveLength(2);
    } finally {
      await page.close();
    }
  });

  it("has no axe violation with a filter typed, at 1280 and 390 px", async () => {
    const page = await startPage();
    try {
      await page.type("#forbund-filter", "solle");
      await page.addScriptTag({ path: axePath });
      for (const width of [1280, 390]) {
        await page.setViewport({ width, height: 900 });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
        });
        expect(violations, `${width} px`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it("shows every förbund and no filter field without JavaScript", async () => {
    const page = await startPage({ javascript: false });
    try {
      const seen = await visible(page);
      expect(seen).toMatchObject({ filter: 0, lan: ["Jämtlands län", "Västernorrlands län"] });
      expect(seen.rows).toHaveLength(2);
      expect(seen.lists).toHaveLength(2);
    } finally {
      await page.close();
    }
  });
});
