// The innehåll of a document, made from its own headings after rendering: every <h2> and <h3>
// after the placeholder <nav class="toc" data-toc></nav> (put there by layouts/document.njk) gets an
// id, and the placeholder becomes a nested list of links. Each entry has an empty
// <span data-toc-page="id"> that the PDF step fills with the printed page number
// (src/pdf/toc-page-numbers.ts); on screen it stays hidden.
import { slugify, textOf } from "../../format/index.ts";

const PLACEHOLDER = '<nav class="toc" data-toc></nav>';

interface Entry {
  level: 2 | 3;
  id: string;
  html: string;
}

function entryItem(entry: Entry): string {
  const title = entry.html.replace(/<(?!\/?(em|i|strong|b)\b)[^>]+>/g, "");
  return `<a href="#${entry.id}"><span class="toc-title">${title}</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" data-toc-page="${entry.id}"></span></a>`;
}

function list(entries: Entry[]): string {
  let html = '<ol class="toc-list">';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.level === 3) continue;
    const children: Entry[] = [];
    for (let j = i + 1; j < entries.length && entries[j]!.level === 3; j++) children.push(entries[j]!);
    html += `<li>${entryItem(entry)}`;
    if (children.length) html += `<ol>${children.map((child) => `<li>${entryItem(child)}</li>`).join("")}</ol>`;
    html += "</li>";
  }
  // h3s before the first h2 are listed at the top level.
  const leading = entries.findIndex((e) => e.level === 2);
  const orphans = (leading === -1 ? entries : entries.slice(0, leading)).filter((e) => e.level === 3);
  return html.replace('<ol class="toc-list">', `<ol class="toc-list">${orphans.map((e) => `<li>${entryItem(e)}</li>`).join("")}`) + "</ol>";
}

export function addTableOfContents(html: string): string {
  const at = html.indexOf(PLACEHOLDER);
  if (at === -1) return html;
  const end = html.indexOf("</article>", at);
  const body = html.slice(at + PLACEHOLDER.length, end === -1 ? undefined : end);

  const used = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const entries: Entry[] = [];
  const withIds = body.replace(/<h([23])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g, (whole, level: string, attributes: string, inner: string) => {
    const existing = /\sid="([^"]+)"/.exec(attributes)?.[1];
    let id = existing ?? (slugify(textOf(inner)) || "avsnitt");
    if (!existing) {
      for (let n = 2; used.has(id); n++) id = `${slugify(textOf(inner))}-${n}`;
      used.add(id);
    }
    entries.push({ level: Number(level) as 2 | 3, id, html: inner.trim() });
    return existing ? whole : `<h${level} id="${id}"${attributes}>${inner}</h${level}>`;
  });

  const toc =
    entries.length < 2
      ? ""
      : `<nav class="toc" aria-labelledby="innehall"><h2 id="innehall" class="toc-heading">Innehåll</h2>${list(entries)}</nav>`;
  return html.slice(0, at) + toc + withIds + (end === -1 ? "" : html.slice(end));
}
