// Lets a Puppeteer page load the built site straight from its folder: requests to our made-up
// origin are answered from disk, every other request is refused. No port, no network, and a page
// can never pull in something from outside that would make two PDFs differ.
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { HTTPRequest, Page } from "puppeteer-core";

export const SITE_ORIGIN = "http://finsam-rapport.invalid";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

async function answer(request: HTTPRequest, siteDir: string) {
  const url = new URL(request.url());
  if (url.origin !== SITE_ORIGIN) return request.abort("blockedbyclient");
  let path = normalize(decodeURIComponent(url.pathname));
  if (path.endsWith("/")) path += "index.html";
  try {
    const body = await readFile(join(siteDir, path));
    return request.respond({ status: 200, contentType: contentTypes[extname(path)] ?? "application/octet-stream", body });
  } catch {
    return request.respond({ status: 404, contentType: "text/plain", body: `not found: ${path}` });
  }
}

export async function serveFromFolder(page: Page, siteDir: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request) => void answer(request, siteDir));
}
