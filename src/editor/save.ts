// Saving a form: the new values are validated as the build validates the file (the kind's schema,
// Swedish messages at their field paths) before anything is written; then written in place with
// the yaml document API (src/import/yaml-edit.ts: untouched lines keep their bytes), atomically,
// and only if the file on disk is still the one the form was opened from.
import { parse } from "yaml";
import { writeFileAtomically } from "../data/atomic-file.ts";
import { parseYamlSource } from "../data/yaml-source.ts";
import { zodProblems } from "../data/zod-problems.ts";
import { editYaml } from "../import/yaml-edit.ts";
import { editsBetween } from "./edits.ts";
import { type DocumentAddress, hashOf, kindOf, readDocumentFile } from "./files.ts";

export type SaveResult =
  | { status: "saved"; hash: string; changed: boolean }
  | { status: "invalid"; problems: { path: string; message: string }[] }
  | { status: "conflict"; message: string }
  | { status: "missing"; message: string };

/** A changed field as the form sends it: its path and value, or that it was removed. */
export interface FieldChange {
  path: (string | number)[];
  value?: unknown;
  remove?: boolean;
}

/** The file's values with the changes made: every field not named keeps the value the file has. */
export function withChanges(values: unknown, changes: readonly FieldChange[]): unknown {
  const result = structuredClone(values) as Record<string | number, unknown>;
  for (const change of changes) {
    if (change.path.length === 0) continue;
    let node = result as Record<string | number, unknown>;
    for (const [index, part] of change.path.slice(0, -1).entries()) {
      const key = Array.isArray(node) ? Number(part) : String(part);
      if (typeof node[key] !== "object" || node[key] === null) node[key] = typeof change.path[index + 1] === "number" ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
    const last = change.path.at(-1)!;
    const key = Array.isArray(node) ? Number(last) : String(last);
    if (change.remove) {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[key];
    } else node[key] = change.value;
  }
  return result;
}

export function saveDocument(dataDir: string, address: DocumentAddress, values: unknown, openedHash: string): SaveResult {
  const current = readDocumentFile(dataDir, address);
  if (!current) return { status: "missing", message: `filen finns inte: data/${address.slug}/${address.year}/${address.id}.yaml` };
  if (current.hash !== openedHash) {
    return {
      status: "conflict",
      message:
        "Filen har ändrats på disken sedan formuläret öppnades (i en annan flik eller ett annat program). Inget är sparat, och dina ändringar " +
        "finns kvar i formuläret: kopiera dem, ladda om sidan och gör dem igen.",
    };
  }
  const kind = kindOf(address);
  let after: string;
  try {
    after = editYaml(current.text, editsBetween(parse(current.text), values));
  } catch (error) {
    return { status: "invalid", problems: [{ path: "", message: `värdena kunde inte skrivas som YAML: ${String(error)}` }] };
  }
  const parsed = parseYamlSource(current.file, after);
  const result = parsed.source ? kind.schema.safeParse(parsed.source.value) : undefined;
  if (!parsed.source || !result?.success) {
    const problems = parsed.source && result && !result.success ? zodProblems(result.error, parsed.source) : parsed.problems;
    return { status: "invalid", problems: problems.map((p) => ({ path: p.path, message: p.message })) };
  }
  if (after === current.text) return { status: "saved", hash: current.hash, changed: false };
  writeFileAtomically(current.file, after);
  return { status: "saved", hash: hashOf(after), changed: true };
}
