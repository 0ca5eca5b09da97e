// Prose: Markdown files that belong to a document, not pages of their own:
//   content/prose/<förbund>/<year>/<document id>/NN-<section>.md
// A document template renders them in file-name order with Eleventy's RenderPlugin:
//   {% for file in doc | proseFiles %}{% renderFile file, { doc: doc } %}{% endfor %}
// or one section by name: {% renderFile doc | proseFile("om-forbundet"), { doc: doc } %}.
import { existsSync, readdirSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";

export const PROSE_DIR = "content/prose";

/** Where prose is read from: content/prose, or FINSAM_PROSE_DIR (set by `build --prose`, for fixtures). */
function proseRoot(): string {
  return process.env.FINSAM_PROSE_DIR ?? PROSE_DIR;
}

interface DocumentRef {
  forbundSlug: string;
  year: number;
  id: string;
  title: string;
}

function proseDir(doc: DocumentRef): string {
  return join(proseRoot(), doc.forbundSlug, String(doc.year), doc.id);
}

/** Every prose file of a document, in file-name order ("10-…", "20-…"); [] if it has none. */
export function proseFiles(doc: DocumentRef): string[] {
  const dir = proseDir(doc);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    // The RenderPlugin wants a path relative to the project, starting with "./".
    .map((name) => `./${isAbsolute(dir) ? relative(process.cwd(), join(dir, name)) : join(dir, name)}`);
}

/** The prose file of one section: "om-forbundet" finds NN-om-forbundet.md or om-forbundet.md. */
export function proseFile(doc: DocumentRef, section: string): string {
  const found = proseFiles(doc).find((file) => new RegExp(`/(\\d+-)?${section}\\.md$`).test(file));
  if (!found) throw new Error(`${doc.title}: no prose for section "${section}" in ${proseDir(doc)}/ (expected NN-${section}.md)`);
  return found;
}
