// After the PDFs exist: every <span class="pdf-info" data-pdf="FILE.pdf"></span> in the built
// pages gets the file's size and SHA-256, so a reader sees how large the download is and an
// auditor can check that the file is the one published ("sha256sum FILE.pdf"). data-pdf is
// relative to the page, or absolute from the site root. A span whose PDF is missing stays empty.
// With data-short only the size is written, "(58 kB)" (lists of documents, next to a link named PDF).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatNumber } from "../format/index.ts";

/** "PDF, 57 kB" / "PDF, 1,2 MB" (decimal units, as file managers show them). */
export function pdfSize(bytes: number): string {
  if (bytes < 1_000_000) return `PDF, ${formatNumber(Math.max(1, Math.round(bytes / 1000)))}\u00a0kB`;
  return `PDF, ${formatNumber(bytes / 1_000_000, 1)}\u00a0MB`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith(".html") ? [join(dir, entry.name)] : [],
  );
}

const SPAN = /<span class="pdf-info" data-pdf="([^"]+)"( data-short)?><\/span>/g;

/** The page with its pdf-info spans filled; `read` gives a PDF's bytes or undefined. */
export function fillPdfInfo(html: string, read: (path: string) => Uint8Array | undefined): string {
  return html.replace(SPAN, (whole, path: string, short: string | undefined) => {
    const bytes = read(path);
    if (!bytes) return whole;
    const size = pdfSize(bytes.length);
    const info = short
      ? `(${size.replace(/^PDF, /, "")})`
      : `(${size}) <span class="pdf-checksum">SHA-256: <code class="sha256">${sha256(bytes)}</code></span>`;
    return `<span class="pdf-info" data-pdf="${path}"${short ?? ""}>${info}</span>`;
  });
}

/** Fills every pdf-info span of every page under siteDir; returns how many were filled. */
export function addPdfInfo(siteDir: string): number {
  const cache = new Map<string, Uint8Array | undefined>();
  let filled = 0;
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, "utf8");
    if (!html.includes('class="pdf-info"')) continue;
    const read = (path: string) => {
      const full = path.startsWith("/") ? join(siteDir, decodeURIComponent(path)) : join(dirname(file), decodeURIComponent(path));
      if (!cache.has(full)) {
        try {
          cache.set(full, readFileSync(full));
        } catch {
          cache.set(full, undefined);
        }
      }
      const bytes = cache.get(full);
      if (bytes) filled++;
      return bytes;
    };
    const changed = fillPdfInfo(html, read);
    if (changed !== html) writeFileSync(file, changed);
  }
  return filled;
}
