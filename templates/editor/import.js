// Imports from the editor's list page: the file is read in the browser and sent with the token;
// the server runs the import as a dry run and shows its changes, and writes them only when the
// director accepts exactly those changes. Texts from the server are set as text, never as HTML.
const token = document.querySelector('meta[name="finsam-token"]').content;

async function send(form, accept) {
  const file = form.elements.fil.files[0];
  const content = await new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result).split(",")[1] ?? "");
    reader.onerror = () => fail(reader.error);
    reader.readAsDataURL(file);
  });
  const period = form.elements.period.value;
  const body = {
    slug: form.dataset.slug,
    year: Number(form.dataset.year),
    what: form.elements.vad.value,
    ...(period ? { tertial: Number(period) } : {}),
    fileName: file.name,
    content,
    ...(accept ? { accept } : {}),
  };
  const response = await fetch("/redigera/api/import", {
    method: "POST",
    headers: { "X-Finsam-Token": token, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

function text(tag, content, className) {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

function showResult(form, { status, json }) {
  const result = form.querySelector(".import-result");
  result.replaceChildren();
  if (status !== 200) {
    result.append(text("p", json.message, "message message-fel"));
    if (json.problems?.length) {
      const list = document.createElement("ul");
      for (const problem of json.problems) list.append(text("li", problem));
      result.append(list);
    }
    return;
  }
  for (const line of json.lines ?? []) result.append(text("p", line, "import-line"));
  if (json.written || !json.changes) return;
  result.append(text("pre", json.diff, "import-diff"));
  const accept = text("button", "Skriv ändringarna");
  accept.type = "button";
  accept.addEventListener("click", async () => showResult(form, await send(form, json.hash)));
  result.append(accept);
}

for (const form of document.querySelectorAll(".import-form")) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!form.elements.fil.files.length) return;
    showResult(form, await send(form));
  });
  // A file dropped anywhere on the form is the file to import.
  form.addEventListener("dragover", (event) => event.preventDefault());
  form.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer?.files.length) form.elements.fil.files = event.dataTransfer.files;
  });
}
