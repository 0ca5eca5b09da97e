// Renders a document's prose: Nunjucks first (shortcodes and values bound to the document), then
// Markdown, parsed to markdown-it's token stream so that the headings are known — level, text and
// the id the page gives them — before any HTML exists. The innehåll is made from those headings.
import markdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import nunjucks from "nunjucks";
import type { ProseSection } from "../../data/prose.ts";
import type { Heading } from "../../documents/body.ts";
import { type AnchorEnv, markLiterals, proseAnchors } from "./anchors.ts";
import { type ProseContext, proseEnvironment } from "./environment.ts";

// Footnotes mark the figures an adopted document's text states where the data gives another:
// numbered per section, listed at its end, without the plugin's rule and brackets. The anchors
// give the places findings link to their ids (./anchors.ts).
const md = markdownIt({ html: false, typographer: false }).use(footnote).use(proseAnchors);
md.renderer.rules.footnote_caption = (tokens, index) => String(Number(tokens[index]!.meta?.id ?? 0) + 1);
md.renderer.rules.footnote_block_open = () => '<ol class="adopted-notes">\n';
md.renderer.rules.footnote_block_close = () => "</ol>\n";
// A paragraph that is only bold text ("**Deltagande och flöden**") stands as a heading of what
// follows it: the print keeps it with that (templates/assets/site.css .bold-heading), as it keeps a
// heading, instead of leaving it alone at the foot of a page.
md.core.ruler.push("bold_heading", (state) => {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== "paragraph_open" || tokens[i + 1]!.type !== "inline" || tokens[i + 2]!.type !== "paragraph_close") continue;
    const parts = (tokens[i + 1]!.children ?? []).map((child) => child.type);
    if (parts.join(" ") === "strong_open text strong_close") tokens[i]!.attrJoin("class", "bold-heading");
  }
});
type Token = ReturnType<typeof md.parse>[number];

export interface ParsedProse {
  tokens: Token[];
  /** The headings in order; `index` is that of their heading_open token. */
  headings: (Heading & { index: number })[];
  /** What markdown-it parsed with (the footnotes' id prefix), for rendering. */
  env: { docId: string; anchors: AnchorEnv["anchors"]; usedIds: AnchorEnv["usedIds"] } & Record<string, unknown>;
}

/**
 * Compiled prose templates by their source (its literal figures marked): a text a förbund keeps from
 * one year to the next is compiled once. Compiling was 40 % of rendering a national site's prose.
 * The documents are built förbund by förbund, so a few hundred are enough to find last year's.
 */
const TEMPLATES_KEPT = 256;
const templates = new Map<string, nunjucks.Template>();

/** The source rendered with a template compiled for it, or taken from an earlier file with the same source. */
function renderTemplate(source: string, file: string, context: ProseContext): string {
  const kept = templates.get(source);
  if (kept) {
    templates.delete(source);
    templates.set(source, kept);
    const notes = context.notes?.length ?? 0;
    const anchors = context.anchors?.length ?? 0;
    try {
      return kept.render(context);
    } catch {
      // The error is given again by a template of this file's own, so that it names this file.
      context.notes?.splice(notes);
      context.anchors?.splice(anchors);
    }
  }
  const template = new nunjucks.Template(source, proseEnvironment(), file, true);
  const rendered = template.render(context);
  templates.set(source, template);
  if (templates.size > TEMPLATES_KEPT) templates.delete(templates.keys().next().value!);
  return rendered;
}

/**
 * What a prose file says when rendered for a document (the template's `doc`). `usedIds` are the
 * ids its page already has: the values and literal figures the prose marks (./anchors.ts) get
 * theirs only where they are new, and add them.
 */
export function parseProse(prose: ProseSection, doc: unknown, usedIds: Set<string> = new Set()): ParsedProse {
  const values = doc as ProseContext["doc"];
  const anchors: string[] = [];
  // The first literal figure of each line carries its line's id (rule siffra-i-text links to it).
  const source = values?.id ? markLiterals(prose.source, values.id, prose.section, anchors) : prose.source;
  const notes: string[] = [];
  const context: ProseContext = { doc: values, section: prose.section, notes, anchors };
  const rendered = renderTemplate(source, prose.file, context);
  const markdown = notes.length ? `${rendered}\n\n${notes.map((note, i) => `[^adopted-${i + 1}]: ${note}`).join("\n")}\n` : rendered;
  // docId keeps the footnotes' ids apart when several sections share a page.
  const env = { docId: prose.section, anchors, usedIds };
  const tokens = md.parse(markdown, env);
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
  return { tokens, headings, env };
}

/** The HTML of parsed prose, each heading with its id and level (in the order of `parsed.headings`, levels as they may have been adjusted). */
export function proseHtml(parsed: ParsedProse, ids: readonly string[]): string {
  for (const [i, heading] of parsed.headings.entries()) {
    const open = parsed.tokens[heading.index]!;
    const close = parsed.tokens.slice(heading.index).find((t) => t.type === "heading_close")!;
    open.tag = close.tag = `h${heading.level}`;
    open.attrSet("id", ids[i]!);
  }
  return md.renderer.render(parsed.tokens, md.options, parsed.env);
}
