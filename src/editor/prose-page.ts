// The page of a document's texts: each prose file in a labelled textarea with its own buttons
// (Förhandsvisa, Spara), a status line and a preview, and one figure picker beside them that
// inserts a bound value where the cursor was (templates/editor/prose.js). Every text from the files
// goes through escapeHtml; the picker's paths and values come from the API and are set as text.
import { escapeHtml } from "../format/index.ts";
import type { DocumentAddress } from "./files.ts";
import { page } from "./pages.ts";
import type { ProseFile } from "./prose-files.ts";

function sectionBlock(file: ProseFile): string {
  const name = escapeHtml(file.name);
  const heading = `<h2 id="rubrik-${name}">${name}.md</h2>`;
  if (file.text === undefined) {
    return `<section class="prose-section" aria-labelledby="rubrik-${name}">${heading}
<p class="prose-problem">Filen är inte UTF-8 (kanske Latin-1/Windows-1252): spara den som UTF-8 i en textredigerare, så kan den redigeras här.</p>
</section>`;
  }
  const rows = Math.min(24, Math.max(6, file.text.split("\n").length + 1));
  // The newline after <textarea> is the one the HTML parser drops, so a text that begins with an empty line keeps it.
  return `<section class="prose-section" id="avsnitt-${name}" aria-labelledby="rubrik-${name}" data-section="${name}" data-hash="${escapeHtml(file.hash)}">
${heading}
<label for="text-${name}">Text i markdown, med värden som {% belopp "sökväg" %}</label>
<textarea id="text-${name}" class="prose-source" rows="${rows}" spellcheck="true" aria-describedby="status-${name}">
${escapeHtml(file.text)}</textarea>
<div class="prose-actions">
<button type="button" class="prose-pick" aria-controls="sok-sokvag">Infoga värde…</button>
<button type="button" class="prose-preview-button">Förhandsvisa</button>
<button type="button" class="prose-save">Spara</button>
</div>
<p class="prose-status" id="status-${name}" role="status"></p>
<div class="prose-preview-area" aria-labelledby="forhand-${name}">
<h3 class="prose-preview-heading" id="forhand-${name}">Förhandsvisning av ${name}</h3>
<div class="prose-preview" aria-live="polite"></div>
</div>
</section>`;
}

export function prosePage(address: DocumentAddress, title: string, files: readonly ProseFile[], folder: string, token: string): string {
  const base = `/redigera/${escapeHtml(address.slug)}/${address.year}/${escapeHtml(address.id)}/`;
  const list = files.length
    ? `<nav aria-labelledby="avsnitt-rubrik" class="prose-toc"><h2 id="avsnitt-rubrik">Avsnitt</h2><ol>${files
        .map((f) => `<li><a href="#avsnitt-${escapeHtml(f.name)}">${escapeHtml(f.name)}</a></li>`)
        .join("")}</ol></nav>`
    : `<p>Dokumentet har inga texter ännu. En text är en fil <code>NN-avsnitt.md</code> i mappen ovan.</p>`;
  const picker = `<section class="prose-picker" aria-labelledby="infoga-rubrik">
<h2 id="infoga-rubrik">Infoga ett värde</h2>
<p class="prose-hint" id="infoga-hjalp">Värdet infogas där markören stod i den text du senast skrev i. Det hämtas ur data när sidan byggs.</p>
<label for="sok-sokvag">Sök sökväg eller värde</label>
<input type="search" id="sok-sokvag" autocomplete="off" spellcheck="false" aria-describedby="infoga-hjalp sokvag-antal">
<label for="sokvag">Sökväg och värde i dag</label>
<select id="sokvag" size="8" aria-describedby="sokvag-vald"></select>
<p id="sokvag-antal" class="prose-hint" role="status">Hämtar sökvägarna…</p>
<p id="sokvag-vald" class="prose-hint prose-chosen"></p>
<label for="kortkod">Skrivs som</label>
<select id="kortkod">
<option value="belopp">belopp (belopp med enhet)</option>
<option value="tal">tal (antal)</option>
<option value="procent">procent (andel)</option>
</select>
<p><button type="button" id="infoga">Infoga i texten</button></p>
<p id="infoga-status" class="prose-hint" role="status"></p>
</section>`;
  return page(
    `Texter: ${title}`,
    token,
    `<link rel="stylesheet" href="/redigera/assets/prose.css">
<h1>Texter: ${escapeHtml(title)}</h1>
<p class="file">${escapeHtml(folder)}</p>
<p><a href="${base}">Dokumentets formulär</a></p>
<div class="prose-layout" data-slug="${escapeHtml(address.slug)}" data-year="${address.year}" data-id="${escapeHtml(address.id)}">
<div class="prose-main">
${list}
${files.map(sectionBlock).join("\n")}
</div>
${files.length ? picker : ""}
</div>
<script type="module" src="/redigera/assets/prose.js"></script>`,
  );
}
