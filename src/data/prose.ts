// Prose: Markdown files that belong to a document, read with its data:
//   content/prose/<förbund>/<year>/<document id>/NN-<section>.md
// in file-name order ("10-…", "20-…"). The document kind places each section (src/documents/).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "./problem.ts";

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

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A document's prose sections; a file that is not UTF-8 is left out and named in `problems`. */
export function readProse(proseDir: string, forbund: string, year: number | string, documentId: string, problems: Problem[] = []): ProseSection[] {
  const dir = join(proseDir, forbund, String(year), documentId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const file = relative(process.cwd(), path) || path;
      try {
        return [{ section: name.replace(/\.md$/, "").replace(/^\d+-/, ""), file, source: utf8.decode(readFileSync(path)).replace(/^\ufeff/, "") }];
      } catch {
        problems.push({ file, line: 1, path: "", message: "filen är inte UTF-8 (kanske Latin-1/Windows-1252): spara den som UTF-8" });
        return [];
      }
    });
}
