// Renders a document's prose: Nunjucks first (shortcodes and values bound to the document), then
// Markdown, parsed to markdown-it's token stream so that the headings are known — level, text and
// the id the page gives them — before any HTML exists. The innehåll is made from those headings.
import markdownIt from "markdown-it";
import nunjucks from "nunjucks";
import type { ProseSection } from "../../data/prose.ts";
import type { Heading } from "../../documents/body.ts";
import { proseEnvironment } from "./environment.ts";

const md = markdownIt({ html: false, typographer: false });
type Token = ReturnType<typeof md.parse>[number];

export interface ParsedProse {
  tokens: Token[];
  /** The headings in order; `index` is that of their heading_open token. */
  headings: (Heading & { index: number })[];
}

/** What a prose file says when rendered for a document (the template's `doc`). */
export function parseProse(prose: ProseSection, doc: unknown): ParsedProse {
  const template = new nunjucks.Template(prose.source, proseEnvironment(), prose.file, true);
  const markdown = template.render({ doc });
  const tokens = md.parse(markdown, {});
  const headings: ParsedProse["headings"] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const inline = tokens[index + 1];
    const text = (inline?.children ?? [])
      .map((child) => (child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" ? " " : ""))
      .join("")
      .trim();
    headings.push({ level: Number(token.tag.slice(1)) as Heading["level"], text, index });
  });
  return { tokens, headings };
}

/** The HTML of parsed prose, each heading with its id and level (in the order of `parsed.headings`, levels as they may have been adjusted). */
export function proseHtml(parsed: ParsedProse, ids: readonly string[]): string {
  for (const [i, heading] of parsed.headings.entries()) {
    const open = parsed.tokens[heading.index]!;
    const close = parsed.tokens.slice(heading.index).find((t) => t.type === "heading_close")!;
    open.tag = close.tag = `h${heading.level}`;
    open.attrSet("id", ids[i]!);
  }
  return md.renderer.render(parsed.tokens, md.options, {});
}
