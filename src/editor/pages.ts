// The editor's HTML pages: the list of förbund, years and documents with their state and checklist
// (as `npm run status`), and a document's form page. Every text from data goes through escapeHtml;
// the per-start token is in a meta tag, which only a page of the editor's own origin can read.
import { escapeHtml } from "../format/index.ts";
import type { Site } from "../model/site.ts";
import { yearStatus } from "../status/status.ts";

export const page = (title: string, token: string, body: string) => `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="finsam-token" content="${escapeHtml(token)}">
<title>${escapeHtml(title)} – redigera</title>
<link rel="stylesheet" href="/redigera/assets/editor.css">
<link rel="icon" href="data:,">
</head>
<body>
<header class="editor-header"><a href="/redigera/">Redigera</a></header>
<main id="innehall">
${body}
</main>
</body>
</html>
`;

/** A year's import: a file (chosen or dropped), what it is, and first the changes it would make. */
function importForm(slug: string, year: number): string {
  const key = `${escapeHtml(slug)}-${year}`;
  return `<details class="import"><summary>Importera till ${year}</summary>
<form class="import-form" data-slug="${escapeHtml(slug)}" data-year="${year}">
<p><label for="fil-${key}">Fil (SIE-export eller deltagarregister; du kan också släppa den här)</label><br>
<input type="file" id="fil-${key}" name="fil" required></p>
<p><label for="vad-${key}">Vad filen är</label><br><select id="vad-${key}" name="vad">
<option value="sie">Bokföringen (SIE 4)</option><option value="deltagare">Deltagarregistret (.xlsx, .csv)</option></select></p>
<p><label for="period-${key}">Till</label><br><select id="period-${key}" name="period">
<option value="">Årets dokument (bokslut)</option><option value="1">Tertialuppföljning T1 (januari–april)</option>
<option value="2">Tertialuppföljning T2 (januari–augusti)</option></select></p>
<p><button type="submit">Visa ändringarna</button></p>
<div class="import-result" role="status" aria-live="polite"></div>
</form></details>`;
}

export function listPage(site: Site | undefined, problems: string[], token: string): string {
  const forbund = (site?.forbund ?? [])
    .map((f) => {
      const years = [...new Set(f.documents.map((d) => d.year))].sort((a, b) => b - a);
      const yearBlocks = years
        .map((year) => {
          const known = yearStatus(site!, f.slug, year);
          const others = f.documents.filter((d) => d.year === year && !known.some((s) => s.id === d.id));
          const items = [
            ...known.map((s) => ({ id: s.id, label: s.label, state: s.state, checklist: s.document?.checklist ?? [] })),
            ...others.map((d) => ({ id: d.id, label: d.title, state: d.draft ? "utkast" : "antagen", checklist: d.checklist })),
          ]
            .map((item) => {
              const link =
                item.state === "saknas"
                  ? escapeHtml(item.label)
                  : `<a href="/redigera/${escapeHtml(f.slug)}/${year}/${escapeHtml(item.id)}/">${escapeHtml(item.label)}</a>`;
              const lacking = item.checklist.length ? `<ul class="checklist">${item.checklist.map((c) => `<li>${escapeHtml(c.text)}</li>`).join("")}</ul>` : "";
              return `<li>${link} <span class="state state-${escapeHtml(item.state)}">${escapeHtml(item.state)}</span>${lacking}</li>`;
            })
            .join("\n");
          return `<h3>${year}</h3>\n<ul class="documents">\n${items}\n</ul>\n${importForm(f.slug, year)}`;
        })
        .join("\n");
      return `<section><h2>${escapeHtml(f.name)}</h2>\n${yearBlocks}</section>`;
    })
    .join("\n");
  const errors = problems.length
    ? `<section class="problems"><h2>Fel i data/</h2><ul>${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul></section>`
    : "";
  return page(
    "Förbund och dokument",
    token,
    `<h1>Förbund och dokument</h1>\n${errors}\n${forbund}\n<script type="module" src="/redigera/assets/import.js"></script>`,
  );
}

export function formPage(address: { slug: string; year: number; id: string }, title: string, token: string, previewOrigin: string | undefined): string {
  const where = `data/${address.slug}/${address.year}/${address.id}.yaml`;
  const preview = previewOrigin
    ? `<section class="preview"><h2>Förhandsvisning</h2><iframe title="Sidan som den byggs" ` +
      `src="${escapeHtml(`${previewOrigin}/${address.slug}/${address.year}/${address.id}/`)}"></iframe></section>`
    : "";
  return page(
    title,
    token,
    `<h1>${escapeHtml(title)}</h1>
<p class="file">${escapeHtml(where)}</p>
<p><a href="/redigera/${escapeHtml(address.slug)}/${address.year}/${escapeHtml(address.id)}/texter/">Dokumentets texter</a></p>
<p id="enhet" class="unit-line" hidden></p>
<nav aria-label="Formulärets delar" id="delar" class="form-outline"></nav>
<div class="editor-layout" data-slug="${escapeHtml(address.slug)}" data-year="${address.year}" data-id="${escapeHtml(address.id)}">
<form id="dokument" novalidate><div id="formular"></div>
<p><button type="submit" id="spara">Spara</button></p></form>
<aside aria-labelledby="granskning-rubrik"><h2 id="granskning-rubrik">Granskning</h2><div id="meddelanden" role="status" aria-live="polite"></div></aside>
</div>
<section aria-labelledby="berakningar-rubrik"><h2 id="berakningar-rubrik">Beräknat</h2>
<p>Summor, skillnader, andelar och det som läses från andra dokument och år (budgeten från verksamhetsplanen, förra årets utfall): så som bygget räknar
dem ur fälten ovan. De skrivs inte i formuläret; de räknas om när du sparar.</p>
<div id="berakningar"></div></section>
${preview}
<script src="/redigera/assets/jsoneditor.js"></script>
<script src="/redigera/assets/sv.js"></script>
<script type="module" src="/redigera/assets/editor.js"></script>`,
  );
}
