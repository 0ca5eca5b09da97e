// The prose files of a document as the editor sees them: content/prose/<förbund>/<år>/<dokument>/NN-<avsnitt>.md,
// each by its name without .md ("11-om-forbundet"), its text and the hash of that text (a save is
// checked against it, as a form's is: a file changed on disk since the page was opened is not
// overwritten). Only the names of files that exist are accepted — no path tricks.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { writeFileAtomically } from "../data/atomic-file.ts";
import { type DocumentAddress, hashOf } from "./files.ts";

/** "11-om-forbundet": two digits, a dash, lower-case letters, digits and dashes. */
export const sectionName = /^[0-9]{2}-[a-z0-9-]+$/;

export interface ProseFile {
  /** The file name without .md: "11-om-forbundet". */
  name: string;
  /** The path of the file. */
  file: string;
  /** The path as the build names it in messages (relative to the working directory, as src/data/prose.ts readProse). */
  shown: string;
  /** Its text (a byte order mark left out), or undefined when the file is not UTF-8. */
  text?: string;
  /** The hash of the file's text as read (src/editor/files.ts hashOf). */
  hash: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export const proseFolder = (proseDir: string, address: DocumentAddress) => join(proseDir, address.slug, String(address.year), address.id);

function readProseFile(proseDir: string, address: DocumentAddress, name: string): ProseFile {
  const file = join(proseFolder(proseDir, address), `${name}.md`);
  const shown = relative(process.cwd(), file) || file;
  const bytes = readFileSync(file);
  try {
    const raw = utf8.decode(bytes);
    return { name, file, shown, text: raw.replace(/^\ufeff/, ""), hash: hashOf(raw) };
  } catch {
    return { name, file, shown, hash: hashOf(bytes.toString("latin1")) };
  }
}

/** The document's prose files in file-name order (the order of the page), only those with a name the editor accepts. */
export function proseFiles(proseDir: string, address: DocumentAddress): ProseFile[] {
  const dir = proseFolder(proseDir, address);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md") && sectionName.test(entry.name.slice(0, -3)))
    .map((entry) => entry.name.slice(0, -3))
    .sort()
    .map((name) => readProseFile(proseDir, address, name));
}

/** One prose file by its name, or undefined when the name is not a section name or no such file exists. */
export function proseFile(proseDir: string, address: DocumentAddress, name: unknown): ProseFile | undefined {
  if (typeof name !== "string" || !sectionName.test(name)) return undefined;
  const file = join(proseFolder(proseDir, address), `${name}.md`);
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return readProseFile(proseDir, address, name);
}

/** The text to write for `source`: with the line breaks the file already has (a textarea gives \n). */
export function withLineBreaksOf(current: ProseFile, source: string): string {
  const crlf = current.text?.includes("\r\n") ?? false;
  const lf = source.replace(/\r\n?/g, "\n");
  return crlf ? lf.replace(/\n/g, "\r\n") : lf;
}

export type ProseSaveResult = { status: "saved"; hash: string; changed: boolean } | { status: "conflict"; message: string };

/** Writes `text` over the file atomically, only if the file on disk is still the one `openedHash` was made from. */
export function writeProseFile(current: ProseFile, text: string, openedHash: string): ProseSaveResult {
  if (current.hash !== openedHash) {
    return {
      status: "conflict",
      message:
        "Texten har ändrats på disken sedan sidan öppnades (i en annan flik eller ett annat program). Inget är sparat, och det du skrev " +
        "finns kvar i textfältet: kopiera det, ladda om sidan och gör ändringen igen.",
    };
  }
  if (current.text === text) return { status: "saved", hash: current.hash, changed: false };
  writeFileAtomically(current.file, text);
  return { status: "saved", hash: hashOf(text), changed: true };
}
