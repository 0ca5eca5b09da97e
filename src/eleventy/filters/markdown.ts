import markdownIt from "markdown-it";

const md = markdownIt({ html: false, typographer: false });

/** `{{ paragraph.text | markdown | safe }}`: Markdown text from the data (no raw HTML) as HTML. */
export function markdown(text: string | undefined): string {
  return text ? md.render(text) : "";
}
