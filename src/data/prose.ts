// Prose: Markdown files that belong to a document, read with its data:
//   content/prose/<förbund>/<year>/<document id>/NN-<section>.md
// in file-name order ("10-…", "20-…"). The document kind places each section (src/documents/).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Where prose is read from unless a build names another folder. */
export const PROSE_DIR = "content/prose";

/** A prose file of a document. */
export interface ProseSection {
  /** "om-forbundet" for 11-om-forbundet.md. */
  section: string;
  /** Path of the file (relative to the working directory), for messages. */
  file: string;
  /** Its text: Markdown with Nunjucks shortcodes bound to the document's data. */
  source: string;
}

export function readProse(proseDir: string, forbund: string, year: number | string, documentId: string): ProseSection[] {
  const dir = join(proseDir, forbund, String(year), documentId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { section: name.replace(/\.md$/, "").replace(/^\d+-/, ""), file: relative(process.cwd(), path) || path, source: readFileSync(path, "utf8") };
    });
}
