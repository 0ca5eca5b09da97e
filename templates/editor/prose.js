// The page of a document's texts (src/editor/prose-page.ts): each section's markdown in a textarea,
// previewed as the build renders it (as you type, and with Förhandsvisa), saved with the hash of the
// file as it was opened; one picker inserts {% belopp|tal|procent "path" %} where the cursor was in
// the text last written in. Every text from data (paths, values, messages) is set as text; only
// the preview's HTML is inserted as HTML, and that is the project's own prose renderer's output, in
// which every data string is escaped (src/editor/prose-render.ts says how).
const layout = document.querySelector(".prose-layout");
const token = document.querySelector('meta[name="finsam-token"]').content;
const address = { slug: layout.dataset.slug, year: Number(layout.dataset.year), id: layout.dataset.id };
const search = document.getElementById("sok-sokvag");
const pathList = document.getElementById("sokvag");
const count = document.getElementById("sokvag-antal");
const chosenText = document.getElementById("sokvag-vald");
const kind = document.getElementById("kortkod");
const insertButton = document.getElementById("infoga");
const insertStatus = document.getElementById("infoga-status");
let paths = [];
let target;
const unsaved = new Set();

const numberText = (n) => n.toLocaleString("sv-SE");

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "X-Finsam-Token": token, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  let json = {};
  try {
    json = await response.json();
  } catch {
    json = { message: `Oväntat svar från redigeraren (${response.status}).` };
  }
  return { status: response.status, json };
}

// ——— The figure picker ———

function showPaths() {
  const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = paths.filter((p) => words.every((w) => p.path.toLowerCase().includes(w) || p.text.toLowerCase().includes(w)));
  const options = matching.map((p) => {
    const option = document.createElement("option");
    option.value = p.path;
    option.textContent = `${p.path} = ${p.text}${p.source === "data" ? " (data)" : ""}`;
    return option;
  });
  pathList.replaceChildren(...options);
  if (options.length) pathList.selectedIndex = 0;
  chosen();
  count.textContent = words.length
    ? `${numberText(matching.length)} av ${numberText(paths.length)} sökvägar passar sökningen.`
    : `${numberText(paths.length)} sökvägar.`;
}

/** The chosen path in full below the list (an option is cut at the list's width), and its shortcode as the default. */
function chosen() {
  const path = paths.find((p) => p.path === pathList.value);
  chosenText.textContent = path ? `Vald: ${path.path} = ${path.text}` : "Ingen sökväg vald.";
  if (path) kind.value = path.shortcode;
}

function sectionOf(element) {
  return element?.closest(".prose-section");
}

function insert() {
  const path = pathList.value;
  if (!path) {
    insertStatus.textContent = "Välj först en sökväg i listan.";
    return;
  }
  if (!target) {
    insertStatus.textContent = "Klicka först i den text värdet ska stå i (eller på dess knapp Infoga värde…).";
    return;
  }
  const code = `{% ${kind.value} "${path}" %}`;
  const start = target.selectionStart ?? target.value.length;
  const end = target.selectionEnd ?? start;
  target.focus();
  target.setRangeText(code, start, end, "end");
  target.dispatchEvent(new Event("input", { bubbles: true }));
  insertStatus.textContent = `Infogade ${code} i ${sectionOf(target).dataset.section}.`;
}

async function loadPaths() {
  const query = new URLSearchParams({ slug: address.slug, year: String(address.year), id: address.id });
  const response = await fetch(`/redigera/api/prose/paths?${query}`, { headers: { "X-Finsam-Token": token } });
  const json = await response.json();
  if (response.status !== 200) {
    count.textContent = json.message ?? "Sökvägarna kunde inte hämtas.";
    return;
  }
  paths = json.paths;
  showPaths();
}

search.addEventListener("input", showPaths);
search.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown" && pathList.options.length) {
    event.preventDefault();
    pathList.focus();
  }
});
pathList.addEventListener("change", chosen);
pathList.addEventListener("dblclick", insert);
pathList.addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();
    insert();
  }
});
insertButton.addEventListener("click", insert);

// ——— The sections ———

function setStatus(section, text, isError = false) {
  const status = section.querySelector(".prose-status");
  status.textContent = text;
  status.classList.toggle("prose-error", isError);
}

function showPreview(section, html, gaps, message) {
  const area = section.querySelector(".prose-preview");
  if (message) {
    const p = document.createElement("p");
    p.className = "prose-error";
    p.textContent = message;
    area.replaceChildren(p);
    return;
  }
  // The renderer's own output (markdown-it without HTML, Nunjucks autoescaping): every data string in it is escaped.
  area.innerHTML = html;
  if (gaps?.length) {
    const list = document.createElement("ul");
    list.className = "prose-gaps";
    for (const gap of gaps) {
      const li = document.createElement("li");
      li.textContent = `Saknas än: ${gap}`;
      list.append(li);
    }
    area.prepend(list);
  }
}

const body = (section, extra = {}) => ({ ...address, section: section.dataset.section, source: section.querySelector("textarea").value, ...extra });

async function preview(section, announce) {
  const turn = (Number(section.dataset.turn) || 0) + 1;
  section.dataset.turn = String(turn);
  const { status, json } = await post("/redigera/api/prose/preview", body(section));
  // An answer to an older request (typed on since) is not shown over a newer one.
  if (section.dataset.turn !== String(turn)) return;
  const textarea = section.querySelector("textarea");
  if (status === 200) {
    textarea.removeAttribute("aria-invalid");
    showPreview(section, json.html, json.gaps);
    if (announce) setStatus(section, json.placed === false ? "Förhandsvisat (avsnittet placeras inte av dokumentet)." : "Förhandsvisat.");
  } else {
    if (status === 422) textarea.setAttribute("aria-invalid", "true");
    showPreview(section, "", [], json.message);
    setStatus(section, json.message, true);
  }
}

async function save(section) {
  const { status, json } = await post("/redigera/api/prose/save", body(section, { hash: section.dataset.hash }));
  const textarea = section.querySelector("textarea");
  if (status === 200) {
    section.dataset.hash = json.hash;
    unsaved.delete(section);
    textarea.removeAttribute("aria-invalid");
    setStatus(section, json.changed ? "Sparat." : "Inga ändringar att spara.");
    preview(section, false);
  } else {
    if (status === 422) textarea.setAttribute("aria-invalid", "true");
    setStatus(section, json.message, true);
  }
}

for (const section of document.querySelectorAll(".prose-section[data-section]")) {
  const textarea = section.querySelector("textarea");
  let timer;
  textarea.addEventListener("focus", () => {
    target = textarea;
  });
  textarea.addEventListener("input", () => {
    unsaved.add(section);
    setStatus(section, "Ändrat, inte sparat.");
    clearTimeout(timer);
    timer = setTimeout(() => preview(section, false), 700);
  });
  section.querySelector(".prose-pick").addEventListener("click", () => {
    target = textarea;
    insertStatus.textContent = `Värdet infogas i ${section.dataset.section}.`;
    search.focus();
  });
  section.querySelector(".prose-preview-button").addEventListener("click", () => {
    clearTimeout(timer);
    preview(section, true);
  });
  section.querySelector(".prose-save").addEventListener("click", () => {
    clearTimeout(timer);
    save(section);
  });
}

window.addEventListener("beforeunload", (event) => {
  if (unsaved.size) event.preventDefault();
});

loadPaths();
