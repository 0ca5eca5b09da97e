// Imports from the editor: an SIE file or a participant register dropped on a year runs the same
// import as the command line (src/import/), first as a dry run whose diff is shown, and writes only
// when the director accepts that diff — and only if it is still what the import would write (the
// data did not change in between). The uploaded file lives in a temporary folder for the length of
// the request and is removed whatever happens; only counts and sums ever reach data/.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DataError, formatProblem } from "../data/problem.ts";
import { importRegister } from "../import/register-command.ts";
import { type ImportReport, importSie } from "../import/sie-command.ts";
import { ImportError } from "../import/year-files.ts";
import { json, readBody, send } from "./http.ts";
import type { Route, RouteOptions } from "./routes.ts";

const script = fileURLToPath(new URL("../../templates/editor/import.js", import.meta.url));

interface ImportRequest {
  slug: string;
  year: number;
  what: "sie" | "deltagare";
  tertial?: 1 | 2;
  fileName: string;
  /** The file, base64. */
  content: string;
  /** The hash of the diff the director accepted; absent: show the diff. */
  accept?: string;
}

function parseRequest(value: unknown): ImportRequest | string {
  const input = value as Partial<ImportRequest>;
  if (typeof input.slug !== "string" || !/^[a-z0-9][a-z0-9_-]*$/.test(input.slug)) return "förbundet saknas";
  if (!Number.isInteger(input.year)) return "året saknas";
  if (input.what !== "sie" && input.what !== "deltagare") return "väntade sie eller deltagare";
  if (input.tertial !== undefined && input.tertial !== 1 && input.tertial !== 2) return "väntade tertial 1 eller 2";
  if (typeof input.fileName !== "string" || typeof input.content !== "string") return "filen saknas";
  return input as ImportRequest;
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

async function run(options: RouteOptions, input: ImportRequest, dryRun: boolean): Promise<ImportReport> {
  const dir = mkdtempSync(join(tmpdir(), "finsam-import-"));
  try {
    // The file's own name (for the import's messages and the bokforing record), never a path.
    const file = join(dir, basename(input.fileName).replace(/[^\p{L}\p{N}._-]/gu, "_") || "fil");
    writeFileSync(file, Buffer.from(input.content, "base64"));
    const common = {
      dataDir: options.dataDir,
      proseDir: options.proseDir,
      file,
      slug: input.slug,
      dryRun,
      ...(input.tertial ? { tertial: input.tertial } : {}),
    };
    return input.what === "sie" ? importSie({ ...common, year: input.year }) : await importRegister({ ...common, year: input.year });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const importRoute: Route = async ({ request, response, url, options }) => {
  if (request.method === "GET" && url.pathname === "/redigera/assets/import.js") {
    send(response, 200, "text/javascript", readFileSync(script));
    return true;
  }
  if (url.pathname !== "/redigera/api/import" || request.method !== "POST") return false;
  let input: ImportRequest | string;
  try {
    input = parseRequest(JSON.parse(await readBody(request, 30_000_000)));
  } catch {
    input = "begäran är inte JSON";
  }
  if (typeof input === "string") {
    json(response, 400, { message: input });
    return true;
  }
  try {
    const preview = await run(options, input, true);
    const diff = preview.diff ?? "";
    const hash = digest(diff);
    if (!input.accept) {
      json(response, 200, { lines: preview.lines, diff, hash, changes: diff !== "" });
      return true;
    }
    if (input.accept !== hash) {
      json(response, 409, { message: "Ändringarna är inte längre de du godkände (data har ändrats): visa dem igen innan du skriver.", diff, hash });
      return true;
    }
    const written = await run(options, input, false);
    json(response, 200, { lines: written.lines, written: true });
  } catch (error) {
    if (error instanceof ImportError) json(response, 422, { message: "Importen avbröts, inget har skrivits.", problems: error.problems });
    else if (error instanceof DataError) json(response, 422, { message: "Fel i data/: inget har skrivits.", problems: error.problems.map(formatProblem) });
    else throw error;
  }
  return true;
};
