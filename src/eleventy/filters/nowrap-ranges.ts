import { escapeHtml } from "../../format/index.ts";

/** `{{ doc.title | utanRadbrytning | safe }}`: "2026–2028" never breaks at its dash (the text is HTML-escaped). */
export function utanRadbrytning(text: string): string {
  const escaped = escapeHtml(text);
  return escaped.replace(/\b(\d{4})\s*([–-])\s*(\d{4})\b/g, '<span class="nowrap">$1$2$3</span>');
}
