import markdownIt from "markdown-it";
import { literalAsWritten } from "../../checks/prose-literals.ts";

const md = markdownIt({ html: false, typographer: false });

/**
 * `{{ paragraph.text | markdown | safe }}`: Markdown text from the data (no raw HTML) as HTML. A
 * figure marked `{% ordagrant "84" %}` (rule siffra-i-text) prints as written.
 */
export function markdown(text: string | undefined): string {
  return text ? md.render(literalAsWritten(text)) : "";
}
