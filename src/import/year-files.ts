// The year's data files an import writes into: the file's text as it is, or — where the year has
// none yet — the text `npm run new-year` would write (and does write, prose included, when the
// import is not a dry run). Written whole or not at all: to a temporary file beside it, then renamed.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createTwoFilesPatch } from "diff";
import { parse } from "yaml";
import type { z } from "zod";
import { type ForbundData, loadData } from "../data/load.ts";
import { documentKinds } from "../documents/index.ts";
import { newYear, scaffoldFiles } from "../scaffold/new-year.ts";

export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`Importen avbröts, inget har skrivits:\n${problems.join("\n")}`);
    this.name = "ImportError";
  }
}

export interface YearFile<T> {
  file: string;
  kind: string;
  text: string;
  data: T;
  /** The year had no such file: it comes from the new-year scaffold. */
  scaffolded: boolean;
}

export interface YearFiles {
  forbund: ForbundData;
  dataDir: string;
  proseDir: string;
  year: number;
  file<T>(kind: string, schema: z.ZodType<T>): YearFile<T>;
}

export function yearFiles(options: { dataDir: string; proseDir: string; slug: string; year: number }): YearFiles {
  const { dataDir, proseDir, slug, year } = options;
  const forbund = loadData(dataDir, { kinds: documentKinds, proseDir }).find((f) => f.slug === slug);
  if (!forbund) throw new ImportError([`inget förbund ${slug} i ${dataDir}/`]);
  const planned = scaffoldFiles({ dataDir, slug, year, documents: forbund.documents });
  return {
    forbund,
    dataDir,
    proseDir,
    year,
    file<T>(kind: string, schema: z.ZodType<T>): YearFile<T> {
      const file = join(dataDir, slug, String(year), `${kind}.yaml`);
      const existing = existsSync(file) ? readFileSync(file, "utf8") : undefined;
      const text = existing ?? planned.find((p) => p.kind === kind)?.text;
      if (text === undefined)
        throw new ImportError([
          `${relative(process.cwd(), file)} finns inte och kan inte skapas (ingen verksamhetsplan eller förra årets dokument att utgå från)`,
        ]);
      return { file, kind, text, data: schema.parse(parse(text)), scaffolded: existing === undefined };
    },
  };
}

export interface Change {
  file: string;
  before: string;
  after: string;
}

/** The changes as a unified diff, file by file (for --dry-run). */
export function diffOf(changes: readonly Change[]): string {
  return changes
    .filter((c) => c.before !== c.after)
    .map((c) => createTwoFilesPatch(relative(process.cwd(), c.file), relative(process.cwd(), c.file), c.before, c.after, "", "", { context: 2 }))
    .join("\n");
}

/** Writes the changed files; scaffolds the year first (its prose too) when a file is new. */
export function writeChanges(files: YearFiles, changes: readonly Change[]): void {
  if (changes.some((c) => !existsSync(c.file))) {
    newYear({ dataDir: files.dataDir, proseDir: files.proseDir, slug: files.forbund.slug, year: files.year, documents: files.forbund.documents });
  }
  for (const change of changes) {
    if (existsSync(change.file) && readFileSync(change.file, "utf8") === change.after) continue;
    const temporary = `${change.file}.${process.pid}.tmp`;
    writeFileSync(temporary, change.after);
    renameSync(temporary, change.file);
  }
}
