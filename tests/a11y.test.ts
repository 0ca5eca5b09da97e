// Every page of the built example site, opened in Chromium and checked with axe-core against
// WCAG 2.1 A and AA: no violations. The site is built once (HTML only; the PDFs do not change the pages' markup
// except the filled-in size and checksum).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../src/pdf/browser.ts";
import { serveFromFolder, SITE_ORIGIN } from "../src/pdf/serve-from-folder.ts";
import { runBuild, temporaryDir } from "./helpers/build.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

function pages(siteDir: string, dir = siteDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(siteDir, join(dir, entry.name)) : entry.name === "index.html" ? [`/${relative(siteDir, dir)}/`.replace("//", "/")] : [],
  );
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

let out: string;
let browser: Browser;

beforeAll(async () => {
  out = join(temporaryDir(), "site");
  process.env.FINSAM_BUILD_DATE = "2025-12-20";
  const run = runBuild(["--data", "data", "--out", out, "--no-pdf"]);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function violations(path: string, width: number): Promise<Violation[]> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await serveFromFolder(page, out);
    await page.goto(`${SITE_ORIGIN}${path}`, { waitUntil: "load" });
    await page.addScriptTag({ path: axePath });
    return await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
    });
  } finally {
    await page.close();
  }
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it("would see a violation (the check itself works)", async () => {
    const page = await browser.newPage();
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
    const all = pages(out);
    expect(all).toEqual(expect.arrayContaining(["/", "/jamtland/", "/jamtland/2025/protokoll-2025-11-28/", "/jamtland/anslagstavla/", "/sok/", "/tillganglighet/"]));
    expect(all.length).toBeGreaterThanOrEqual(12);
  });

  it("finds no violation on any page at desktop width, nor on the main kinds of page at phone width", async () => {
    const found: Record<string, Violation[]> = {};
    const phone = new Set(["/", "/jamtland/", "/jamtland/2025/driftsredovisning/", "/jamtland/2025/protokoll-2025-11-28/", "/jamtland/anslagstavla/", "/sok/"]);
    for (const path of pages(out)) {
      for (const width of phone.has(path) ? [1280, 390] : [1280]) {
        const list = await violations(path, width);
        if (list.length) found[`${path} @${width}px`] = list;
      }
    }
    expect(found).toEqual({});
  });

  it("has one h1 and headings without skipped levels, tables with captions and scoped headers, charts with text", () => {
    const problems: string[] = [];
    for (const path of pages(out)) {
      const html = readFileSync(join(out, path, "index.html"), "utf8");
      const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
      const levels = [...main.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      if (levels.filter((l) => l === 1).length !== 1) problems.push(`${path}: ${levels.filter((l) => l === 1).length} h1`);
      levels.forEach((level, i) => {
        if (level > (levels[i - 1] ?? 0) + 1) problems.push(`${path}: h${levels[i - 1] ?? 0} followed by h${level}`);
      });
      for (const table of html.match(/<table\b[\s\S]*?<\/table>/g) ?? []) {
        if (!/<caption\b/.test(table)) problems.push(`${path}: table without caption: ${table.slice(0, 80)}`);
        for (const th of table.match(/<th\b[^>]*>/g) ?? []) if (!/\sscope="(col|row|colgroup|rowgroup)"/.test(th)) problems.push(`${path}: ${th} without scope`);
      }
      for (const svg of html.match(/<svg\b[^>]*>/g) ?? []) {
        if (!/aria-hidden="true"/.test(svg) && !(/role="img"/.test(svg) && /aria-label(ledby)?="[^"]+"/.test(svg))) problems.push(`${path}: chart without text alternative: ${svg.slice(0, 80)}`);
      }
      if (!/<html lang="sv">/.test(html)) problems.push(`${path}: not lang="sv"`);
      if (!/<a class="skip-link" href="#main">/.test(html) || !/<main id="main"/.test(html)) problems.push(`${path}: no skip link to <main id="main">`);
    }
    expect(problems).toEqual([]);
  });
});
