// What the PDF step prints: a page of the built site, where its PDF goes, what the file says about
// itself, and the innehåll's entries whose page numbers it writes in — all from the site model, so
// the download link, the file and its metadata never disagree.
import type { PdfMetadata } from "./metadata.ts";

export interface PdfJob {
  /** Site path of the page, e.g. /jamtland/2025/driftsredovisning/. */
  pagePath: string;
  /** Site path of the PDF, next to the page. */
  pdfPath: string;
  metadata: PdfMetadata;
  /** The innehåll's entries (heading id and text), in order; empty when the page has none. */
  toc: { id: string; text: string }[];
}
