// Which built pages get a PDF. The document layout marks them in the HTML itself:
//   <link rel="alternate" type="application/pdf" href="…pdf">  (only when front matter says pdf: true)
//   <meta name="dcterms.title|author|dcterms.created|description|keywords" content="…">
// so the download link and the printed file always agree, and no second list is kept.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { decodeEntities } from "../format/index.ts";
import type { PdfMetadata } from "./metadata.ts";

export interface PdfJob {
  /** Site-relative URL path of the page, e.g. /jamtland/2025/driftsredovisning/index.html. */
  pagePath: string;
  /** Absolute path of the PDF to write. */
  outputFile: string;
  metadata: PdfMetadata;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

function meta(html: string, name: string): string | undefined {
  const match = new RegExp(`<meta name="${name.replace(".", "\\.")}" content="([^"]*)"`).exec(html);
  return match ? decodeEntities(match[1]!) : undefined;
}

export function findPdfJobs(siteDir: string): PdfJob[] {
  return htmlFiles(siteDir)
    .sort()
    .flatMap((file): PdfJob[] => {
      const html = readFileSync(file, "utf8");
      const link = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(html);
      if (!link) return [];
      const pagePath = `/${relative(siteDir, file).split(sep).join("/")}`;
      const title = meta(html, "dcterms.title");
      const author = meta(html, "author");
      const date = meta(html, "dcterms.created");
      if (!title || !author || !date) throw new Error(`${pagePath}: a page with a PDF needs dcterms.title, author and dcterms.created meta tags`);
      const keywords = meta(html, "keywords");
      return [
        {
          pagePath,
          outputFile: join(dirname(file), decodeEntities(link[1]!)),
          metadata: { title, author, date, subject: meta(html, "description"), keywords: keywords ? keywords.split(/,\s*/) : undefined },
        },
      ];
    });
}
