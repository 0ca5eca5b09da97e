// Lets a Puppeteer page load the built site straight from its folder: requests to our made-up
// origin are answered from disk, every other request is refused. No port, no network, and a page
// can never pull in something from outside that would make two PDFs differ.
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { HTTPRequest, Page } from "puppeteer-core";
import { sha256 } from "../site/pdf-info.ts";

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

/** A file a page asked for and what it was given: the SHA-256 of the bytes served, null for a 404. */
export interface ServedFile {
  /** The file's path in the site folder, as `folderPath` gives it. */
  path: string;
  sha256: string | null;
}

/** The file in the site folder that a request's path names (a folder's index.html). */
export function folderPath(pathname: string): string {
  const path = normalize(decodeURIComponent(pathname));
  return path.endsWith("/") ? `${path}index.html` : path;
}

async function answer(request: HTTPRequest, siteDir: string, onServed?: (file: ServedFile) => void) {
  const url = new URL(request.url());
  if (url.origin !== SITE_ORIGIN) return request.abort("blockedbyclient");
  const path = folderPath(url.pathname);
  let body: Buffer;
  try {
    body = await readFile(join(siteDir, path));
  } catch {
    onServed?.({ path, sha256: null });
    return request.respond({ status: 404, contentType: "text/plain", body: `not found: ${path}` });
  }
  onServed?.({ path, sha256: sha256(body) });
  return request.respond({ status: 200, contentType: contentTypes[extname(path)] ?? "application/octet-stream", body });
}

/** Answers the page's requests from the folder; `onServed` hears of every file asked for (the PDF cache's record of what a print read). */
export async function serveFromFolder(page: Page, siteDir: string, onServed?: (file: ServedFile) => void): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request) => void answer(request, siteDir, onServed));
}
