// finsam-rapport: the start page's filter of the förbund by name or län (content/index.njk,
// templates/components/national-overview.njk). Whatever carries data-filter-text — a row of the
// overview, a förbund's list of documents — is hidden while it does not hold every word typed; a
// län's row group with no row left is hidden too, and a status line says how many förbund match.
// Without this script the field stays hidden and the page shows every förbund.

const filter = document.querySelector("[data-forbund-filter]");
if (filter) enhance(filter);

/** Lower case without diacritics: "jamt" finds Jämtland, "solle" Sollefteå. */
function plain(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function enhance(filter) {
  const input = filter.querySelector("input");
  const status = filter.querySelector("[role=status]");
  const items = [...document.querySelectorAll("[data-filter-text]")].map((element) => ({ element, text: plain(element.dataset.filterText) }));
  // The overview's rows are the förbund counted; the lists below follow the same words.
  const rows = items.filter((item) => item.element.tagName === "TR");
  const groups = [...document.querySelectorAll("[data-filter-group]")];
  const total = rows.length;

  const apply = () => {
    const words = plain(input.value).split(/\s+/).filter(Boolean);
    for (const item of items) item.element.hidden = !words.every((word) => item.text.includes(word));
    for (const group of groups) group.hidden = !group.querySelector("[data-filter-text]:not([hidden])");
    const shown = rows.filter((row) => !row.element.hidden).length;
    if (!words.length) status.textContent = "";
    else if (shown === 0) status.textContent = `Inget förbund matchar ”${input.value.trim()}”.`;
    else status.textContent = `${shown} av ${total} förbund visas.`;
  };

  input.addEventListener("input", apply);
  filter.hidden = false;
  // A query the browser kept (back to the page) filters at once.
  if (input.value) apply();
}
