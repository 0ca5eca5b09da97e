// The editor's view of data/: each förbund's year folders and their documents, the file of one,
// its kind, its text and the hash of that text (what a save is checked against: a file changed on
// disk since the form was opened is not overwritten).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { kindOfFile } from "../data/load.ts";
import { documentKinds } from "../documents/index.ts";
import type { DocumentKind } from "../documents/kind.ts";

export interface DocumentAddress {
  slug: string;
  year: number;
  /** The file name without .yaml: driftsredovisning, protokoll-2025-11-28, uppfoljning-t2. */
  id: string;
}

const name = /^[a-z0-9][a-z0-9_-]*$/;

/** An address from request parameters, or undefined when it does not name a document file (no path tricks). */
export function parseAddress(slug: unknown, year: unknown, id: unknown): DocumentAddress | undefined {
  if (typeof slug !== "string" || typeof id !== "string" || !name.test(slug) || !name.test(id)) return undefined;
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1990 || y > 2200) return undefined;
  if (!kindOfFile(documentKinds, `${id}.yaml`)) return undefined;
  return { slug, year: y, id };
}

export const fileOf = (dataDir: string, address: DocumentAddress) => join(dataDir, address.slug, String(address.year), `${address.id}.yaml`);

export const kindOf = (address: DocumentAddress): DocumentKind => kindOfFile(documentKinds, `${address.id}.yaml`)!;

export const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

export function readDocumentFile(dataDir: string, address: DocumentAddress): { file: string; text: string; hash: string } | undefined {
  const file = fileOf(dataDir, address);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  return { file, text, hash: hashOf(text) };
}

/** The förbund folders of data/. */
export function forbundSlugs(dataDir: string): string[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && name.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}
