// Where a finding about a document's text links to: the id its rendered prose gives the value a
// shortcode prints ({% tal "path" %} …, the first in a section) and the first literal figure of a
// source line (src/eleventy/prose/anchors.ts puts them there). Both are made here, from the
// document's id, the section and the path or line, so that a finding's url and the page agree.
import type { DocumentRef, Finding } from "../checks/finding.ts";
import { proseLiteralFindings } from "../checks/prose-literals.ts";
import { anchorId } from "../format/index.ts";
import type { Block, ProseSection } from "./body.ts";
import { shortcodesIn } from "./prose-values.ts";

/** The id of the first value a section prints for `path`: "arsredovisning-text-mal-tillgang-current-enrolled-total". */
export const quoteAnchor = (documentId: string, section: string, path: string): string => anchorId(documentId, ["text", section, ...path.split(".")]);

/** The id of the first literal figure on a line of a section's source: "arsredovisning-text-verksamheten-rad-23". */
export const literalAnchor = (documentId: string, section: string, line: number): string => anchorId(documentId, ["text", section, "rad", line]);

/** The prose sections a body shows, in the order of the page. */
export function proseOf(blocks: readonly Block[]): ProseSection[] {
  return blocks.flatMap((block) => (block.type === "prose" ? [block.prose] : block.type === "group" ? proseOf(block.blocks) : []));
}

/**
 * The url of the place the page prints `path` with a shortcode, among the prose sections the page
 * shows: in `section` when the figure names one (its text states it there, also through a path the
 * template puts together), else the first section whose source quotes the path. Undefined when
 * there is no such section.
 */
export function quoteUrl(prose: readonly ProseSection[], document: DocumentRef, path: string, section?: string): string | undefined {
  const found =
    section === undefined ? prose.find((p) => shortcodesIn(p.source).some((quote) => quote.path === path)) : prose.find((p) => p.section === section);
  return found ? `${document.url}#${quoteAnchor(document.id, found.section, path)}` : undefined;
}

/** Rule siffra-i-text for the prose a body shows, each finding linked to its line on the page. */
export function proseLiterals(body: readonly Block[], document: DocumentRef, decided: boolean): Finding[] {
  return proseLiteralFindings(proseOf(body), {
    document,
    decided,
    url: (section, line) => `${document.url}#${literalAnchor(document.id, section.section, line)}`,
  });
}
