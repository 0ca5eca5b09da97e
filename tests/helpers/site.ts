// The sites built once for the whole run (tests/global-setup.ts), and reading their pages.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { inject } from "vitest";

export const examplesSite = (): string => inject("examplesSite");
export const longSite = (): string => inject("longSite");

/** Every page of a built site as a site path ("/", "/jamtland/", …). */
export function sitePages(site: string, dir = site): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sitePages(site, join(dir, entry.name)) : entry.name === "index.html" ? [`/${relative(site, dir)}/`.replace("//", "/")] : [],
  );
}

/** Every file of a built site with the extension, as paths relative to the site. */
export function siteFiles(site: string, extension: string, dir = site): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? siteFiles(site, extension, join(dir, entry.name)) : entry.name.endsWith(extension) ? [relative(site, join(dir, entry.name))] : [],
  );
}

/** Every file of a folder, by path relative to it, with its bytes. */
export function folderBytes(dir: string): Map<string, Buffer> {
  return new Map(siteFiles(dir, "").map((path) => [path, readFileSync(join(dir, path))]));
}

export const pageHtml = (site: string, path: string): string => readFileSync(join(site, path, "index.html"), "utf8");
