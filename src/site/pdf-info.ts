// After the PDFs exist: each link to a PDF shows the file's size and SHA-256, so a reader sees how
// large the download is and an auditor can check that the file is the one published
// ("sha256sum FILE.pdf"). The pages are rendered before the PDFs are printed (they are printed from
// them), so the page holds a marker in the place of the size and checksum, made by `pdfInfoMarker`,
// and this step writes the text there: the model says which pages link which PDF, nothing is
// looked for in the HTML but the marker itself.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml, formatNumber } from "../format/index.ts";
import { pageOfUrl } from "./page-of-url.ts";

/** "PDF, 57 kB" / "PDF, 1,2 MB" (decimal units, as file managers show them). */
export function pdfSize(bytes: number): string {
  if (bytes < 1_000_000) return `PDF, ${formatNumber(Math.max(1, Math.round(bytes / 1000)))}\u00a0kB`;
  return `PDF, ${formatNumber(bytes / 1_000_000, 1)}\u00a0MB`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Where a page shows a PDF's size (and with `short` false its checksum); `url` is the PDF's site path. */
export function pdfInfoMarker(url: string, short = false): string {
  return `<!--pdf-info${short ? "-short" : ""}:${escapeHtml(url)}-->`;
}

/** The text that takes the marker's place. */
export function pdfInfoText(bytes: Uint8Array, short: boolean): string {
  const size = pdfSize(bytes.length);
  return short ? `(${size.replace(/^PDF, /, "")})` : `(${size}) <span class="pdf-checksum">SHA-256: <code class="sha256">${sha256(bytes)}</code></span>`;
}

export interface PdfLink {
  /** The page, as a site path: "/jamtland/". */
  page: string;
  /** The PDFs it links, as site paths. */
  pdfs: string[];
}

/** Fills the markers of every page that links a PDF; a PDF that was not printed leaves its marker (an HTML comment). */
export function writePdfInfo(siteDir: string, links: readonly PdfLink[]): number {
  // Each PDF is read once, for the two texts that take its markers' places; only the texts are kept
  // (holding the bytes of all 1 200 PDFs of a national build until the last page cost about 270 MB).
  const texts = new Map<string, { full: string; short: string } | undefined>();
  const textsOf = (url: string) => {
    if (!texts.has(url)) {
      let pdf: Uint8Array | undefined;
      try {
        pdf = readFileSync(join(siteDir, url));
      } catch {
        pdf = undefined;
      }
      texts.set(url, pdf && { full: pdfInfoText(pdf, false), short: pdfInfoText(pdf, true) });
    }
    return texts.get(url);
  };
  let filled = 0;
  for (const link of links) {
    const file = join(siteDir, pageOfUrl(link.page));
    let html = readFileSync(file, "utf8");
    for (const url of link.pdfs) {
      const text = textsOf(url);
      if (!text) continue;
      for (const short of [false, true]) {
        const marker = pdfInfoMarker(url, short);
        if (html.includes(marker)) {
          html = html.replaceAll(marker, short ? text.short : text.full);
          filled++;
        }
      }
    }
    writeFileSync(file, html);
  }
  return filled;
}
