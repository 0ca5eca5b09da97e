// npm run screenshots -- [page paths…]: PNGs of built pages at desktop and phone width, to look at
// what a reader sees. Writes to screenshots/ (ignored by git). Default: every page of _site/.
import { mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { launchBrowser } from "../src/pdf/browser.ts";
import { SITE_ORIGIN, serveFromFolder } from "../src/pdf/serve-from-folder.ts";

const siteDir = "_site";
const outDir = "screenshots";
const widths = { desktop: 1280, phone: 390 };

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name === "index.html" ? [`/${relative(siteDir, dir)}/`.replace("//", "/")] : [],
  );
}

const paths = process.argv.slice(2).length ? process.argv.slice(2) : pages(siteDir);
mkdirSync(outDir, { recursive: true });
const browser = await launchBrowser();
for (const path of paths) {
  for (const [name, width] of Object.entries(widths)) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await serveFromFolder(page, siteDir);
    await page.goto(`${SITE_ORIGIN}${path}`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const file = join(outDir, `${path.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "start"}-${name}.png`);
    await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
