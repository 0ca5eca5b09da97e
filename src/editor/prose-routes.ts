// The editor's prose pages: a document's prose sections edited as markdown with their shortcodes,
// a picker that inserts a bound figure, and a preview rendered as the build renders it.
//   GET  /redigera/<förbund>/<år>/<dokument>/texter/   the page (./prose-page.ts)
//   GET  /redigera/assets/prose.js, prose.css           its script and style
//   GET  /redigera/api/prose/paths?slug&year&id        the quotable paths with their values (./prose-paths.ts)
//   POST /redigera/api/prose/preview {slug, year, id, section, source}        → { html, gaps } or 422 { message }
//   POST /redigera/api/prose/save    {slug, year, id, section, source, hash}  → { hash, changed } or 409/422 { message }
// The server has checked the request before it gets here (own Host; the API with the token; a POST
// from the editor's own Origin). A section is named by its file ("11-om-forbundet"): only a name of
// that form whose file exists is accepted. A save is written only if the text renders, and only over
// the file the page was opened from (its hash).
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type DocumentAddress, kindOf, parseAddress, readDocumentFile } from "./files.ts";
import { json, readBody, send } from "./http.ts";
import { proseFile, proseFiles, proseFolder, withLineBreaksOf, writeProseFile } from "./prose-files.ts";
import { prosePage } from "./prose-page.ts";
import { quotablePaths } from "./prose-paths.ts";
import { documentIn, loadEditorSite, renderSection } from "./prose-render.ts";
import type { Route, RouteContext } from "./routes.ts";

const assetsDir = fileURLToPath(new URL("../../templates/editor/", import.meta.url));
const assets: Record<string, { name: string; type: string }> = {
  "/redigera/assets/prose.js": { name: "prose.js", type: "text/javascript" },
  "/redigera/assets/prose.css": { name: "prose.css", type: "text/css" },
};

/** The largest text a section may be (a prose file is a few kilobytes). */
const MAX_SOURCE = 1_000_000;

const missingDocument = { message: "Dokumentet finns inte." };
const missingSection = { message: "Avsnittet finns inte: bara en befintlig textfil (som 11-om-forbundet) kan förhandsvisas och sparas." };

interface ProseRequest {
  address: DocumentAddress;
  section: string;
  source: string;
  hash?: string;
}

async function readRequest(context: RouteContext): Promise<ProseRequest | { status: number; message: string }> {
  let input: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(await readBody(context.request, MAX_SOURCE * 2));
    if (typeof parsed !== "object" || parsed === null) throw new Error("inte ett objekt");
    input = parsed as Record<string, unknown>;
  } catch (error) {
    if (String(error).includes("för stor")) return { status: 413, message: "Texten är för lång." };
    return { status: 400, message: "Begäran är inte JSON." };
  }
  const address = parseAddress(input.slug, input.year, input.id);
  if (!address || !readDocumentFile(context.options.dataDir, address)) return { status: 404, ...missingDocument };
  if (typeof input.section !== "string") return { status: 404, ...missingSection };
  if (typeof input.source !== "string") return { status: 400, message: "Begäran saknar texten (source)." };
  if (input.source.length > MAX_SOURCE) return { status: 413, message: "Texten är för lång." };
  return { address, section: input.section, source: input.source, ...(typeof input.hash === "string" ? { hash: input.hash } : {}) };
}

/** The section rendered with `source`, or the answer to give instead (no such section, data that cannot be read, a render error). */
async function render(context: RouteContext, input: ProseRequest) {
  const { dataDir, proseDir } = context.options;
  const file = proseFile(proseDir, input.address, input.section);
  if (!file) return { answer: { status: 404, body: missingSection } };
  if (file.text === undefined) return { answer: { status: 422, body: { message: "Filen är inte UTF-8: spara den som UTF-8 först." } } };
  const loaded = await loadEditorSite(dataDir, proseDir);
  if (!loaded.site) {
    const message = "Texten kan inte provas: data har fel som bygget stannar på. Rätta dem först (se förstasidan).";
    return { answer: { status: 422, body: { message, problems: loaded.problems } } };
  }
  const doc = documentIn(loaded.site, input.address);
  if (!doc) return { answer: { status: 404, body: missingDocument } };
  const result = renderSection(doc, file, input.source);
  if (result.status === "error") {
    const where = result.line ? `Rad ${result.line}: ` : "";
    return { answer: { status: 422, body: { message: `${where}${result.message}`, ...(result.line ? { line: result.line } : {}) } } };
  }
  return { file, result };
}

async function preview(context: RouteContext): Promise<void> {
  const input = await readRequest(context);
  if ("status" in input) return json(context.response, input.status, { message: input.message });
  const rendered = await render(context, input);
  if (rendered.answer) return json(context.response, rendered.answer.status, rendered.answer.body);
  const { html, gaps, placed } = rendered.result;
  json(context.response, 200, { html, gaps, placed });
}

async function save(context: RouteContext): Promise<void> {
  const input = await readRequest(context);
  if ("status" in input) return json(context.response, input.status, { message: input.message });
  if (input.hash === undefined) return json(context.response, 400, { message: "Begäran saknar filens hash." });
  const rendered = await render(context, input);
  if (rendered.answer) {
    const body = rendered.answer.body as { message: string };
    const message = rendered.answer.status === 422 ? `Inget sparat: ${body.message}` : body.message;
    return json(context.response, rendered.answer.status, { ...body, message });
  }
  const result = writeProseFile(rendered.file, withLineBreaksOf(rendered.file, input.source), input.hash);
  if (result.status === "conflict") return json(context.response, 409, { message: result.message });
  json(context.response, 200, { hash: result.hash, changed: result.changed, gaps: rendered.result.gaps });
}

async function paths(context: RouteContext): Promise<void> {
  const { url, options, response } = context;
  const address = parseAddress(url.searchParams.get("slug"), url.searchParams.get("year"), url.searchParams.get("id"));
  if (!address) return json(response, 404, missingDocument);
  const loaded = await loadEditorSite(options.dataDir, options.proseDir);
  if (!loaded.site) return json(response, 422, { message: "Värdena kan inte räknas fram: data har fel som bygget stannar på.", problems: loaded.problems });
  const doc = documentIn(loaded.site, address);
  if (!doc) return json(response, 404, missingDocument);
  json(response, 200, { title: doc.title, unit: doc.unit, paths: quotablePaths(doc) });
}

export const proseRoute: Route = async (context) => {
  const { request, response, url, options, token } = context;
  const path = url.pathname;
  const asset = assets[path];
  if (request.method === "GET" && asset) {
    send(response, 200, asset.type, readFileSync(`${assetsDir}${asset.name}`));
    return true;
  }
  const pageMatch = /^\/redigera\/([^/]+)\/(\d{4})\/([^/]+)\/texter\/$/.exec(path);
  if (request.method === "GET" && pageMatch) {
    const address = parseAddress(pageMatch[1], pageMatch[2], pageMatch[3]);
    if (!address || !readDocumentFile(options.dataDir, address)) {
      send(response, 404, "text/plain", "Dokumentet finns inte");
      return true;
    }
    const dir = proseFolder(options.proseDir, address);
    const folder = relative(process.cwd(), dir).startsWith("..") ? dir : relative(process.cwd(), dir);
    const title = `${kindOf(address).label} ${address.year}`;
    send(response, 200, "text/html", prosePage(address, title, proseFiles(options.proseDir, address), `${folder}/`, token));
    return true;
  }
  if (request.method === "GET" && path === "/redigera/api/prose/paths") await paths(context);
  else if (request.method === "POST" && path === "/redigera/api/prose/preview") await preview(context);
  else if (request.method === "POST" && path === "/redigera/api/prose/save") await save(context);
  else return false;
  return true;
};
