// A prose section rendered as the build renders it, for the editor's preview and before a save:
// the document from the site model (the same values the build quotes), its body with the section's
// text replaced by what the director typed, prepared by src/eleventy/prepare.ts prepareDocument —
// Nunjucks with the value shortcodes, then Markdown, the headings given their levels and ids in the
// page — and the HTML of that one section taken out. A path that leads nowhere is the renderer's
// own Swedish message, at its line.
//
// The HTML is safe to insert as it is (the page does so with innerHTML): markdown-it runs with
// html: false, so whatever the source or a data string holds — even through Nunjucks' `| safe` —
// reaches the page as escaped text (raw HTML in the source prints as text, javascript: links are
// not made); Nunjucks autoescapes every data string it prints; the shortcodes print numbers only;
// and the only tags not made by markdown-it's escaping renderer are the anchors' <span id>, whose
// ids are escaped (src/eleventy/prose/anchors.ts). tests/editor-prose.test.ts tries a payload.
import { DataError, formatProblem, type Problem } from "../data/problem.ts";
import type { Block, ProseSection } from "../documents/body.ts";
import { proseGaps } from "../documents/prose-values.ts";
import { prepareDocument } from "../eleventy/prepare.ts";
import { type DocumentPage, loadSite, type Site } from "../model/site.ts";
import type { DocumentAddress } from "./files.ts";
import type { ProseFile } from "./prose-files.ts";

export type SiteResult = { site: Site; problems?: undefined } | { site?: undefined; problems: string[] };

/** The site model as the build makes it (no charts), or the data's problems when it cannot be made. */
export async function loadEditorSite(dataDir: string, proseDir: string): Promise<SiteResult> {
  try {
    return { site: await loadSite(dataDir, { proseDir, charts: false }) };
  } catch (error) {
    if (error instanceof DataError) return { problems: error.problems.map(formatProblem) };
    throw error;
  }
}

export const documentIn = (site: Site, address: DocumentAddress): DocumentPage | undefined =>
  site.documents.find((d) => d.forbundSlug === address.slug && d.year === address.year && d.id === address.id);

export type RenderResult = { status: "rendered"; html: string; gaps: string[]; placed: boolean } | { status: "error"; message: string; line?: number };

/** The body with the section's text replaced, and whether the body places the section at all. */
function replaced(blocks: readonly Block[], file: string, prose: ProseSection): { blocks: Block[]; found: boolean } {
  let found = false;
  const walk = (list: readonly Block[]): Block[] =>
    list.map((block) => {
      if (block.type === "prose" && block.prose.file === file) {
        found = true;
        return { type: "prose", prose };
      }
      if (block.type === "group") return { ...block, blocks: walk(block.blocks) };
      return block;
    });
  return { blocks: walk(blocks), found };
}

interface PreparedBlockLike {
  type: string;
  file?: string;
  html?: string;
  blocks?: readonly PreparedBlockLike[];
}

function htmlOf(blocks: readonly PreparedBlockLike[], file: string): string | undefined {
  for (const block of blocks) {
    if (block.type === "prose" && block.file === file) return block.html;
    if (block.type === "group") {
      const inner = htmlOf(block.blocks ?? [], file);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/**
 * The section as the document's page would show it with `source` as its text: the HTML the build
 * gives, and an utkast's gaps (values the year does not have yet, which it prints as marked gaps).
 * A section the document kind does not place is rendered alone (`placed` false).
 */
export function renderSection(doc: DocumentPage, file: ProseFile, source: string): RenderResult {
  const prose: ProseSection = { section: file.name.replace(/^\d+-/, ""), file: file.shown, source };
  const { blocks, found } = replaced(doc.body, file.shown, prose);
  const problems: Problem[] = [];
  // prepareDocument gives the body's headings their ids as it goes: the model is loaded anew for each
  // request, so that changes nothing anyone else reads.
  const prepared = prepareDocument({ ...doc, body: found ? blocks : [{ type: "prose", prose }] }, problems);
  const problem = problems.find((p) => p.file === file.shown);
  if (problem) return { status: "error", message: problem.message, ...(problem.line ? { line: problem.line } : {}) };
  const gaps = doc.draft ? proseGaps([prose], doc).map((gap) => `Rad ${gap.line}: ${gap.item}`) : [];
  return { status: "rendered", html: htmlOf(prepared.body, file.shown) ?? "", gaps, placed: found };
}
