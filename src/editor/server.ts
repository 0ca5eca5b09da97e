// The director's editor (`npm start` → http://localhost:8081/redigera/): local only, no account. It
// binds to 127.0.0.1, answers only requests whose Host is its own (a DNS-rebinding page cannot reach
// it), and accepts a save only from its own page: the Origin must be its own and the request must
// carry the token made at start, which only its pages hold. Nothing of it is in the built _site/.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { DataError, formatProblem } from "../data/problem.ts";
import { loadSite, type Site } from "../model/site.ts";
import { documentChecks } from "./checks.ts";
import { type DocumentAddress, kindOf, parseAddress, readDocumentFile } from "./files.ts";
import { formSchema } from "./form-schema.ts";
import { json, readBody, security, send } from "./http.ts";
import { importRoute } from "./import-routes.ts";
import { formPage, listPage } from "./pages.ts";
import { proseRoute } from "./prose-routes.ts";
import { type FieldChange, saveDocument, withChanges } from "./save.ts";

export interface EditorOptions {
  dataDir: string;
  proseDir: string;
  /** 0: any free port (tests). */
  port: number;
  /** Where the dev server shows the pages, for the preview (http://localhost:8080); none: no preview. */
  previewOrigin?: string;
  /** Default: 32 random bytes, new at every start. */
  token?: string;
}

export interface Editor {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

const assetsDir = fileURLToPath(new URL("../../templates/editor/", import.meta.url));
const require = createRequire(import.meta.url);

const assets: Record<string, { file: () => string; type: string }> = {
  "jsoneditor.js": { file: () => require.resolve("@json-editor/json-editor/dist/jsoneditor.js"), type: "text/javascript" },
  "sv.js": { file: () => join(assetsDir, "sv.js"), type: "text/javascript" },
  "editor.js": { file: () => join(assetsDir, "editor.js"), type: "text/javascript" },
  "editor.css": { file: () => join(assetsDir, "editor.css"), type: "text/css" },
};

async function siteOrProblems(options: EditorOptions): Promise<{ site?: Site; problems: string[] }> {
  try {
    return { site: await loadSite(options.dataDir, { proseDir: options.proseDir, charts: false }), problems: [] };
  } catch (error) {
    if (error instanceof DataError) return { problems: error.problems.map(formatProblem) };
    throw error;
  }
}

export async function startEditor(options: EditorOptions): Promise<Editor> {
  const token = options.token ?? randomBytes(32).toString("hex");
  let origins: string[] = [];

  const documentOf = (url: URL): DocumentAddress | undefined =>
    parseAddress(url.searchParams.get("slug"), url.searchParams.get("year"), url.searchParams.get("id"));

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only requests to this server by its own name: another host name is a rebinding attempt.
    const host = request.headers.host ?? "";
    if (!origins.includes(`http://${host}`)) return send(response, 421, "text/plain", "Fel värdnamn");
    const url = new URL(request.url ?? "/", `http://${host}`);
    const path = url.pathname;
    const isApi = path.startsWith("/redigera/api/");
    if (isApi && request.headers["x-finsam-token"] !== token)
      return json(response, 403, { message: "Saknar redigerarens nyckel: öppna sidan från /redigera/." });
    if (request.method === "POST") {
      // A write only from the editor's own page (a page in another tab has another Origin, and no token).
      if (request.headers.origin !== `http://${host}`) return json(response, 403, { message: "Sparar bara från redigerarens egen sida." });
    } else if (request.method !== "GET") return send(response, 405, "text/plain", "Metoden stöds inte");

    if (request.method === "GET" && (path === "/" || path === "/redigera")) {
      response.writeHead(302, { Location: "/redigera/", ...security });
      return void response.end();
    }
    if (request.method === "GET" && path === "/redigera/") {
      const { site, problems } = await siteOrProblems(options);
      return send(response, 200, "text/html", listPage(site, problems, token));
    }
    const asset = path.startsWith("/redigera/assets/") ? assets[path.slice("/redigera/assets/".length)] : undefined;
    if (request.method === "GET" && asset) return send(response, 200, asset.type, readFileSync(asset.file()));
    const pageMatch = /^\/redigera\/([^/]+)\/(\d{4})\/([^/]+)\/$/.exec(path);
    if (request.method === "GET" && pageMatch) {
      const address = parseAddress(pageMatch[1], pageMatch[2], pageMatch[3]);
      const file = address && readDocumentFile(options.dataDir, address);
      if (!address || !file) return send(response, 404, "text/plain", "Dokumentet finns inte");
      const title = `${kindOf(address).label} ${address.year}`;
      return send(response, 200, "text/html", formPage(address, title, token, options.previewOrigin));
    }
    if (path === "/redigera/api/document") {
      const address = request.method === "GET" ? documentOf(url) : undefined;
      if (request.method === "GET") {
        const file = address && readDocumentFile(options.dataDir, address);
        if (!address || !file) return json(response, 404, { message: "Dokumentet finns inte" });
        const kind = kindOf(address);
        const checks = await documentChecks(options.dataDir, options.proseDir, address);
        return json(response, 200, { kind: kind.kind, label: kind.label, values: parse(file.text), hash: file.hash, schema: formSchema(kind.kind), ...checks });
      }
      let input: { slug?: unknown; year?: unknown; id?: unknown; values?: unknown; changes?: unknown; hash?: unknown };
      try {
        input = JSON.parse(await readBody(request));
      } catch {
        return json(response, 400, { message: "Begäran är inte JSON" });
      }
      const target = parseAddress(input.slug, input.year, input.id);
      if (!target || typeof input.hash !== "string") return json(response, 400, { message: "Begäran saknar dokument eller hash" });
      // The form sends the fields changed; a whole set of values is taken too (scripts, tests).
      let values = input.values;
      if (Array.isArray(input.changes)) {
        const file = readDocumentFile(options.dataDir, target);
        values = file ? withChanges(parse(file.text), input.changes as FieldChange[]) : undefined;
      }
      const result = saveDocument(options.dataDir, target, values, input.hash);
      if (result.status === "invalid") return json(response, 422, { message: "Inget sparat: värdena stämmer inte med schemat.", problems: result.problems });
      if (result.status === "conflict") return json(response, 409, { message: result.message });
      if (result.status === "missing") return json(response, 404, { message: result.message });
      const checks = await documentChecks(options.dataDir, options.proseDir, target);
      return json(response, 200, { hash: result.hash, changed: result.changed, ...checks });
    }
    for (const route of [proseRoute, importRoute]) if (await route({ request, response, url, options, token })) return;
    return send(response, 404, "text/plain", "Finns inte");
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) json(response, 500, { message: `Internt fel: ${String(error)}` });
      else response.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  return {
    server,
    url: `http://localhost:${port}/redigera/`,
    token,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
