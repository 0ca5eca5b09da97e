// npm run screenshots:editor: the README's pictures of the editor (docs/editor/*.png), taken of the
// editor running on a copy of the example data, so they show what `npm start` shows. Run again
// after the editor's pages change; nothing else writes docs/.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { PROSE_DIR } from "../src/data/prose.ts";
import { startEditor } from "../src/editor/server.ts";
import { launchBrowser } from "../src/pdf/browser.ts";

const outDir = "docs/editor";
const work = mkdtempSync(join(tmpdir(), "finsam-bilder-"));
const data = join(work, "data");
const prose = join(work, "prose");
cpSync("data", data, { recursive: true });
cpSync(PROSE_DIR, prose, { recursive: true });
const editor = await startEditor({ dataDir: data, proseDir: prose, port: 0 });
const browser = await launchBrowser();
mkdirSync(outDir, { recursive: true });

async function open(path: string, width: number, ready: string, height = 820): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`${editor.url}${path}`);
  await page.waitForFunction((text) => document.body.textContent?.includes(text), { timeout: 60_000 }, ready);
  return page;
}

/** The viewport with `selector` at its top (a little above it). */
async function shot(page: Page, name: string, selector?: string) {
  if (selector) await page.$eval(selector, (element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 16));
  await page.screenshot({ path: join(outDir, `${name}.png`) as `${string}.png` });
  console.log(join(outDir, `${name}.png`));
  await page.close();
}

try {
  await shot(await open("", 1280, "Förbund och dokument"), "lista");
  await shot(await open("jamtland/2025/uppfoljning-t2/", 1280, "Öppnad", 1000), "formular", '[data-schemapath="root.kostnader.rows.0.utfall"]');
  await shot(await open("jamtland/2025/uppfoljning-t2/", 390, "Öppnad"), "formular-mobil", '[data-schemapath="root.kostnader.rows.0"] .field-computed');
  // A text being written: the cursor in it, its preview, and the picker searching for a figure.
  const texts = await open("jamtland/2025/arsredovisning/texter/", 1280, "Avsnitt", 900);
  const section = "#avsnitt-40-ekonomiskt-resultat";
  await texts.click(`${section} textarea`);
  await texts.click(`${section} .prose-preview-button`);
  await texts.waitForFunction((s) => document.querySelector(`${s} .prose-preview`)?.textContent?.trim(), { timeout: 60_000 }, section);
  await texts.click(`${section} .prose-pick`);
  await texts.type("#sok-sokvag", "personal");
  await shot(texts, "texter", section);
} finally {
  await browser.close();
  await editor.close();
  rmSync(work, { recursive: true, force: true });
}
