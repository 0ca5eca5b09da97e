// Reads every YAML file under the data folder, validates each against its schema, reads each
// document's prose, and returns the typed data — or throws one DataError listing every problem in
// every file. Which schema a file has is the caller's to say (the document kinds, src/documents/),
// so this layer knows nothing of them.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { z } from "zod";
import { type Forbund, forbundSchema } from "../schemas/index.ts";
import { type Kontoplan, kontoplanSchema } from "../schemas/kontoplan.ts";
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
  /** data/<förbund>/kontoplan.yaml, when there is one: accounts → rows, for the SIE import. */
  kontoplan?: { data: Kontoplan; source: YamlSource };
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

const where = (path: string) => relative(process.cwd(), path) || path;

/**
 * A folder's entries, hidden ones left out. A symbolic link is followed only when it stays inside
 * the data folder: one that leads out of it is a problem, and its target is never read.
 */
function listDir(dir: string, root: string, problems: Problem[]) {
  return readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (lstatSync(path).isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(path);
        } catch {
          target = undefined;
        }
        const inside = target !== undefined && (target === realpathSync(root) || target.startsWith(`${realpathSync(root)}${sep}`));
        if (!inside) {
          problems.push({ file: where(path), path: "", message: "en symbolisk länk som leder ut ur datamappen (eller ingenstans): den läses inte" });
          return [];
        }
      }
      return [{ name, path, isDir: statSync(path).isDirectory() }];
    });
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file's text; a file that is not UTF-8 (a Latin-1 export, say) is a problem, not "�vriga int�kter". */
function readText(path: string, problems: Problem[]): string | undefined {
  try {
    return utf8.decode(readFileSync(path)).replace(/^\ufeff/, "");
  } catch {
    problems.push({ file: where(path), line: 1, path: "", message: "filen är inte UTF-8 (kanske Latin-1/Windows-1252): spara den som UTF-8" });
    return undefined;
  }
}

function validate<S extends z.ZodType>(schema: S, path: string, problems: Problem[]) {
  const file = where(path);
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  const parsed = parseYamlSource(file, text);
  problems.push(...parsed.problems);
  if (!parsed.source) return undefined;
  const result = schema.safeParse(parsed.source.value);
  if (!result.success) {
    problems.push(...zodProblems(result.error, parsed.source));
    return undefined;
  }
  return { data: result.data as z.output<S>, source: parsed.source };
}

/** The data folder as loaded, with every problem found; loadData throws them. */
export interface ReadData {
  forbund: ForbundData[];
  problems: Problem[];
}

/**
 * Every file of the data folder: the förbund and documents that are valid, and the problems of
 * those that are not (so a caller can still look at the valid ones and report everything at once).
 */
export function readData(dataDir: string, options: LoadOptions): ReadData {
  const problems: Problem[] = [];
  const forbund = [...eachForbund(dataDir, options, problems)].map((read) => read.forbund);
  return { forbund, problems };
}

/** One förbund as read, and whether its files (data and prose) had no problem. */
export interface ReadForbund {
  forbund: ForbundData;
  clean: boolean;
}

/**
 * The data folder one förbund at a time, each read when it is asked for (so that a build can draw
 * one förbund's charts while it reads the next); problems are added to `problems` as they are found.
 */
export function* eachForbund(dataDir: string, options: LoadOptions, problems: Problem[]): Generator<ReadForbund> {
  if (!existsSync(dataDir)) {
    problems.push({ file: dataDir, path: "", message: "datamappen finns inte" });
    return;
  }
  for (const forbundDir of listDir(dataDir, dataDir, problems).filter((entry) => entry.isDir)) {
    const before = problems.length;
    const forbund = readForbund(forbundDir, dataDir, options, problems);
    if (forbund) yield { forbund, clean: problems.length === before };
  }
}

function readForbund(forbundDir: { name: string; path: string }, dataDir: string, options: LoadOptions, problems: Problem[]): ForbundData | undefined {
  const proseDir = options.proseDir ?? PROSE_DIR;
  const forbundFile = join(forbundDir.path, "forbund.yaml");
  if (!existsSync(forbundFile)) {
    problems.push({ file: where(forbundFile), path: "", message: "filen saknas: varje förbunds mapp behöver en forbund.yaml" });
    return undefined;
  }
  const forbund = validate(forbundSchema, forbundFile, problems);
  const documents: LoadedDocument[] = [];
  // The logo the förbund names must be there (a broken image on every cover otherwise).
  const logo = forbund?.data.logo;
  if (forbund && logo && !existsSync(join(forbundDir.path, logo))) {
    problems.push({
      file: forbund.source.file,
      line: forbund.source.lineOf(["logo"]),
      path: "logo",
      message: `väntade filen ${logo} bredvid forbund.yaml, fann ingen`,
    });
  }
  const kontoplanFile = join(forbundDir.path, "kontoplan.yaml");
  const kontoplan = existsSync(kontoplanFile) ? validate(kontoplanSchema, kontoplanFile, problems) : undefined;
  for (const entry of listDir(forbundDir.path, dataDir, problems)) {
    if (entry.name === "forbund.yaml" || entry.name === "kontoplan.yaml" || /\.(svg|png|jpg)$/.test(entry.name)) continue;
    if (!entry.isDir || !/^\d{4}$/.test(entry.name)) {
      problems.push({
        file: relative(process.cwd(), entry.path),
        path: "",
        message: "hör inte hit: ett förbunds mapp har forbund.yaml, ev. kontoplan.yaml och en mapp per år (t.ex. 2025/)",
      });
      continue;
    }
    for (const file of listDir(entry.path, dataDir, problems)) {
      const kind = file.isDir || !/\.ya?ml$/.test(file.name) ? undefined : kindOfFile(options.kinds, file.name);
      if (!kind) {
        const expected = options.kinds.map((k) => `${k.kind}.yaml`).join(", ");
        problems.push({
          file: relative(process.cwd(), file.path),
          path: "",
          message: `okänd sorts fil: väntade en av ${expected} (eller <sort>-<namn>.yaml)`,
        });
        continue;
      }
      const validated = validate(kind.schema, file.path, problems);
      const id = file.name.replace(/\.ya?ml$/, "");
      if (validated)
        documents.push({
          kind: kind.kind,
          id,
          year: Number(entry.name),
          ...validated,
          prose: readProse(proseDir, forbundDir.name, entry.name, id, problems),
        });
    }
  }
  if (!forbund) return undefined;
  return { slug: forbundDir.name, forbund: forbund.data, source: forbund.source, documents, ...(kontoplan ? { kontoplan } : {}) };
}

/** The data folder, validated; a DataError lists every problem in every file. */
export function loadData(dataDir: string, options: LoadOptions): ForbundData[] {
  const { forbund, problems } = readData(dataDir, options);
  if (problems.length > 0) throw new DataError(problems);
  return forbund;
}

/** Whether a problem is in a förbund's files: its data folder or its prose. */
export function problemOf(problem: Problem, slug: string, dataDir: string, proseDir = PROSE_DIR): boolean {
  return [dataDir, proseDir].some((dir) => `${problem.file}${sep}`.startsWith(`${where(join(dir, slug))}${sep}`));
}
