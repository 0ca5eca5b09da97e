// Reads every YAML file under the data folder, validates each against its schema, reads each
// document's prose, and returns the typed data — or throws one DataError listing every problem in
// every file. Which schema a file has is the caller's to say (the document kinds, src/documents/),
// so this layer knows nothing of them.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { type Forbund, forbundSchema } from "../schemas/index.ts";
import { DataError, type Problem } from "./problem.ts";
import { PROSE_DIR, type ProseSection, readProse } from "./prose.ts";
import { parseYamlSource, type YamlSource } from "./yaml-source.ts";
import { zodProblems } from "./zod-problems.ts";

/** A kind of data file: data/<förbund>/<year>/<kind>.yaml or <kind>-<name>.yaml. */
export interface FileKind {
  kind: string;
  schema: z.ZodType;
}

/** One document's data as loaded: validated, with where it came from and its prose. */
export interface LoadedDocument {
  kind: string;
  /** File name without extension: "driftsredovisning", "protokoll-2025-11-28". */
  id: string;
  year: number;
  data: unknown;
  source: YamlSource;
  prose: ProseSection[];
}

export interface ForbundData {
  /** The folder name, used in URLs: data/jamtland → /jamtland/. */
  slug: string;
  forbund: Forbund;
  source: YamlSource;
  documents: LoadedDocument[];
}

export interface LoadOptions {
  /** The kinds of document files a year folder may hold. */
  kinds: readonly FileKind[];
  /** The prose folder (default content/prose). */
  proseDir?: string;
}

export function kindOfFile<K extends FileKind>(kinds: readonly K[], fileName: string): K | undefined {
  const base = fileName.replace(/\.ya?ml$/, "");
  return kinds.find((k) => base === k.kind || base.startsWith(`${k.kind}-`));
}

function listDir(dir: string) {
  return readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => ({ name, path: join(dir, name), isDir: statSync(join(dir, name)).isDirectory() }));
}

function validate<S extends z.ZodType>(schema: S, path: string, problems: Problem[]) {
  const file = relative(process.cwd(), path) || path;
  const parsed = parseYamlSource(file, readFileSync(path, "utf8"));
  problems.push(...parsed.problems);
  if (!parsed.source) return undefined;
  const result = schema.safeParse(parsed.source.value);
  if (!result.success) {
    problems.push(...zodProblems(result.error, parsed.source));
    return undefined;
  }
  return { data: result.data as z.output<S>, source: parsed.source };
}

export function loadData(dataDir: string, options: LoadOptions): ForbundData[] {
  if (!existsSync(dataDir)) throw new DataError([{ file: dataDir, path: "", message: "data folder not found" }]);
  const proseDir = options.proseDir ?? PROSE_DIR;
  const problems: Problem[] = [];
  const result: ForbundData[] = [];

  for (const forbundDir of listDir(dataDir).filter((entry) => entry.isDir)) {
    const forbundFile = join(forbundDir.path, "forbund.yaml");
    if (!existsSync(forbundFile)) {
      problems.push({ file: relative(process.cwd(), forbundFile), path: "", message: "expected this file: every förbund folder needs a forbund.yaml" });
      continue;
    }
    const forbund = validate(forbundSchema, forbundFile, problems);
    const documents: LoadedDocument[] = [];
    for (const entry of listDir(forbundDir.path)) {
      if (entry.name === "forbund.yaml" || /\.(svg|png|jpg)$/.test(entry.name)) continue;
      if (!entry.isDir || !/^\d{4}$/.test(entry.name)) {
        problems.push({
          file: relative(process.cwd(), entry.path),
          path: "",
          message: "unexpected here: a förbund folder holds forbund.yaml and one folder per year (e.g. 2025/)",
        });
        continue;
      }
      for (const file of listDir(entry.path)) {
        const kind = file.isDir || !/\.ya?ml$/.test(file.name) ? undefined : kindOfFile(options.kinds, file.name);
        if (!kind) {
          const expected = options.kinds.map((k) => `${k.kind}.yaml`).join(", ");
          problems.push({
            file: relative(process.cwd(), file.path),
            path: "",
            message: `unknown kind of file: expected one of ${expected} (or <kind>-<name>.yaml)`,
          });
          continue;
        }
        const validated = validate(kind.schema, file.path, problems);
        const id = file.name.replace(/\.ya?ml$/, "");
        if (validated)
          documents.push({ kind: kind.kind, id, year: Number(entry.name), ...validated, prose: readProse(proseDir, forbundDir.name, entry.name, id) });
      }
    }
    if (forbund) result.push({ slug: forbundDir.name, forbund: forbund.data, source: forbund.source, documents });
  }
  if (problems.length > 0) throw new DataError(problems);
  return result;
}
