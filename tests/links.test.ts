// Crawls the built example site (with its PDFs) from the start page: every internal link and file
// (href, src) must exist, every #anchor must be an id on its page, and every page must be reachable.
// Also checks the PDF size and SHA-256 written next to each download link.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfInfoMarker, pdfInfoText, pdfSize } from "../src/site/pdf-info.ts";
import { decodeEntities } from "./helpers/html.ts";
import { examplesSite } from "./helpers/site.ts";

const ORIGIN = "http://site.invalid";
let out: string;

function fileOf(pathname: string): string {
  const path = decodeURIComponent(pathname);
  return join(out, path.endsWith("/") ? `${path}index.html` : path);
}

function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

function allPages(dir = out): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allPages(join(dir, entry.name)) : entry.name === "index.html" ? [`/${relative(out, dir)}/`.replace("//", "/")] : [],
  );
}

beforeAll(() => {
  out = examplesSite();
});

describe("links in the built site", () => {
  it("has no broken internal link, missing file or missing anchor, and every page is reachable from the start page", () => {
    const broken: string[] = [];
    const seen = new Set<string>(["/"]);
    const queue = ["/"];
    while (queue.length) {
      const pagePath = queue.shift()!;
      const html = readFileSync(fileOf(pagePath), "utf8");
      for (const reference of references(html)) {
        const url = new URL(reference, `${ORIGIN}${pagePath}`);
        if (url.origin !== ORIGIN) continue; // outside the site (e.g. the supervisory authority)
        const file = fileOf(url.pathname);
        const isDir = existsSync(join(out, decodeURIComponent(url.pathname))) && statSync(join(out, decodeURIComponent(url.pathname))).isDirectory();
        if (isDir && !url.pathname.endsWith("/")) {
          broken.push(`${pagePath}: ${reference} (a folder; link to ${url.pathname}/)`);
          continue;
        }
        if (!existsSync(file)) {
          broken.push(`${pagePath}: ${reference} (no such file)`);
          continue;
        }
        if (url.hash && file.endsWith(".html") && !ids(readFileSync(file, "utf8")).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${pagePath}: ${reference} (no id ${url.hash} there)`);
        }
        if (file.endsWith(".html") && !seen.has(url.pathname)) {
          seen.add(url.pathname);
          queue.push(url.pathname);
        }
      }
    }
    expect([...new Set(broken)]).toEqual([]);
    expect(allPages().filter((page) => !seen.has(page))).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });

  it("shows each PDF's size and SHA-256 next to its download link, matching the file", () => {
    let checked = 0;
    for (const page of allPages()) {
      const html = readFileSync(fileOf(page), "utf8");
      const link = /<a href="([^"]+\.pdf)" download>[\s\S]*?<span class="pdf-info">/.source;
      const info = /\((PDF, [^)]+)\) <span class="pdf-checksum">SHA-256: <code class="sha256">([0-9a-f]{64})<\/code>/.source;
      for (const match of html.matchAll(new RegExp(link + info, "g"))) {
        const bytes = readFileSync(fileOf(new URL(match[1]!, `${ORIGIN}${page}`).pathname));
        expect(match[2]).toBe(`PDF, ${Math.round(bytes.length / 1000)}\u00a0kB`);
        expect(match[3]).toBe(createHash("sha256").update(bytes).digest("hex"));
        checked++;
      }
      expect(html, page).not.toContain("<!--pdf-info");
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});

describe("PDF size and checksum", () => {
  it("writes the size in sv-SE kB or MB", () => {
    expect(pdfSize(57_400)).toBe("PDF, 57\u00a0kB");
    expect(pdfSize(300)).toBe("PDF, 1\u00a0kB");
    expect(pdfSize(1_234_567)).toBe("PDF, 1,2\u00a0MB");
  });

  it("gives the size and checksum, or with `short` the size only, for a marker made for the PDF's path", () => {
    const bytes = new TextEncoder().encode("abc");
    expect(pdfInfoText(bytes, false)).toBe(
      '(PDF, 1\u00a0kB) <span class="pdf-checksum">SHA-256: <code class="sha256">' +
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad</code></span>",
    );
    expect(pdfInfoText(bytes, true)).toBe("(1\u00a0kB)");
    // The marker is an HTML comment: a page whose PDF was not printed shows nothing; a path cannot end it early.
    expect(pdfInfoMarker("/x/a.pdf")).toBe("<!--pdf-info:/x/a.pdf-->");
    expect(pdfInfoMarker('/x/"-->.pdf', true)).toBe("<!--pdf-info-short:/x/&quot;--&gt;.pdf-->");
  });
});
