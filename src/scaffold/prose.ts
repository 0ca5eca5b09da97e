// Last year's prose for the new year: every bound figure kept (the shortcodes read the new year's
// values), and each paragraph marked {# skriv om #} — a Nunjucks comment, so it prints nothing —
// until the director has rewritten it; the checklist counts the marks that remain.
export const REWRITE_MARK = "{# skriv om #}";

/** The text with the mark before each paragraph (not before headings, lists' items, tags or blank lines). */
export function markParagraphs(markdown: string): string {
  const lines = markdown.split("\n");
  return lines
    .map((line, i) => {
      const startsParagraph = line.trim() !== "" && (i === 0 || lines[i - 1]!.trim() === "");
      const isText = !/^\s*(#|\{%|\{#|[-*+] |\d+\. |\||>)/.test(line);
      return startsParagraph && isText ? `${REWRITE_MARK} ${line}` : line;
    })
    .join("\n");
}
