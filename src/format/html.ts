// HTML text: the one place that escapes text for an HTML text node or a double-quoted attribute
// where a string is built outside a template (chart labels, the PDF-info marker).

/** Text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
