// Ids inside rendered prose, for the findings that link to a place in the text: the value a
// shortcode prints, and the first literal figure of a source line (rule siffra-i-text). Markdown
// runs without HTML, so a place is marked in the text with private-use characters — one opens it
// and names its id by its number in the render's list, one closes it — and a markdown-it core rule
// turns the marks into <span id>. An id the page already has is not given again: the first place
// keeps it. The marks never reach the page: any left in code, link targets or attributes go.
import type markdownIt from "markdown-it";
import { literalNumbers } from "../../checks/prose-literals.ts";
import { literalAnchor } from "../../documents/prose-anchors.ts";
import { escapeHtml } from "../../format/index.ts";

const OPEN = "\uE001";
const CLOSE = "\uE002";
// The id's number is one character after OPEN, from this range.
const FIRST = 0xe100;
const LAST = 0xf8ff;
const MARK = /\uE001([\uE100-\uF8FF])|\uE002/g;
const ANY_MARK = /\uE001[\uE100-\uF8FF]?|\uE002/g;

/** What a render passes to markdown-it: the ids the marks name, and the ids the page already has. */
export interface AnchorEnv {
  anchors: string[];
  usedIds: Set<string>;
}

/** `text` marked to stand in <span id="…">; as it is when the render has no number left for an id. */
export function anchored(anchors: string[], id: string, text: string): string {
  if (FIRST + anchors.length > LAST) return text;
  anchors.push(id);
  return `${OPEN}${String.fromCharCode(FIRST + anchors.length - 1)}${text}${CLOSE}`;
}

/** A prose source with the first literal figure of each line marked with its line's id; marks the author typed are dropped. */
export function markLiterals(source: string, documentId: string, section: string, anchors: string[]): string {
  const clean = source.replace(ANY_MARK, "");
  const lines = clean.split("\n");
  const first = new Map<number, { column: number; length: number }>();
  for (const literal of literalNumbers(clean)) if (!first.has(literal.line)) first.set(literal.line, literal);
  for (const [line, { column, length }] of first) {
    const text = lines[line - 1]!;
    const marked = anchored(anchors, literalAnchor(documentId, section, line), text.slice(column, column + length));
    lines[line - 1] = `${text.slice(0, column)}${marked}${text.slice(column + length)}`;
  }
  return lines.join("\n");
}

type MarkdownIt = ReturnType<typeof markdownIt>;
type StateCore = Parameters<Parameters<MarkdownIt["core"]["ruler"]["push"]>[1]>[0];
type Token = StateCore["tokens"][number];
type TokenClass = StateCore["Token"];

function unmark(token: Token): void {
  token.content = token.content.replace(ANY_MARK, "");
  for (const attr of token.attrs ?? []) attr[1] = String(attr[1]).replace(ANY_MARK, "");
  for (const child of token.children ?? []) unmark(child);
}

/** A text's marks: the text without them, and where each stood in it (an opening one with its id's number). */
function marksOf(content: string): { text: string; marks: { at: number; open?: number }[] } {
  let text = "";
  let last = 0;
  const marks: { at: number; open?: number }[] = [];
  for (const match of content.matchAll(MARK)) {
    text += content.slice(last, match.index);
    last = match.index + match[0].length;
    marks.push({ at: text.length, ...(match[1] === undefined ? {} : { open: match[1].charCodeAt(0) - FIRST }) });
  }
  return { text: text + content.slice(last), marks };
}

/**
 * An inline token's children with the marks in its text turned into spans (the first of an id
 * only). A span takes in the rest of the word it stands in ("(8 228 tkr)." whole): the PDF's text
 * is split where a span begins and ends, and a split at a space reads as the same text.
 */
function withSpans(children: Token[], env: AnchorEnv, TokenOf: TokenClass): Token[] {
  const out: Token[] = [];
  const open: boolean[] = [];
  const push = (type: "text" | "html_inline", content: string) => {
    if (!content) return;
    const token = new TokenOf(type, "", 0);
    token.content = content;
    out.push(token);
  };
  for (const child of children) {
    if (child.type !== "text") {
      unmark(child);
      out.push(child);
      continue;
    }
    const { text, marks } = marksOf(child.content);
    let last = 0;
    marks.forEach((mark, i) => {
      const next = marks[i + 1]?.at ?? text.length;
      // Out to the word's edges, never past the text already written or the next mark.
      const at =
        mark.open === undefined
          ? Math.min(next, ...[/\s/u.exec(text.slice(mark.at))].map((m) => (m ? mark.at + m.index : text.length)))
          : Math.max(last, text.slice(0, mark.at).search(/\S*$/u));
      push("text", text.slice(last, at));
      last = at;
      if (mark.open === undefined) {
        if (open.pop()) push("html_inline", "</span>");
        return;
      }
      const id = env.anchors[mark.open];
      const give = id !== undefined && !env.usedIds.has(id);
      if (give) {
        env.usedIds.add(id);
        push("html_inline", `<span id="${escapeHtml(id)}">`);
      }
      open.push(give);
    });
    push("text", text.slice(last));
  }
  while (open.length) if (open.pop()) push("html_inline", "</span>");
  return out;
}

/** The markdown-it plugin: marks become spans once the inline content is parsed (env: AnchorEnv; without one, the marks just go). */
export const proseAnchors = (md: MarkdownIt): void => {
  md.core.ruler.push("prose_anchors", (state: StateCore) => {
    const env = state.env as Partial<AnchorEnv>;
    const anchorEnv: AnchorEnv = { anchors: env.anchors ?? [], usedIds: env.usedIds ?? new Set() };
    for (const token of state.tokens) {
      if (token.type === "inline" && token.children) token.children = withSpans(token.children, anchorEnv, state.Token);
      else unmark(token);
    }
  });
};
