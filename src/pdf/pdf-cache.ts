// The PDF cache's entries: one file per key (./cache-key.ts) in <cacheDir>/pdf/, a line of JSON
// (what the entry is: its key, the PDF's size and SHA-256, the page-flow warnings, every file the
// print read) and then the PDF's bytes. One file, written to a temporary name and renamed, so an
// entry is there whole or not at all; a kill can leave only a temporary file, which the next run
// removes. An entry is checked before it is used — its own record, the PDF's bytes, and that every
// file the print read is still the same — and anything else is printed again.
import { mkdirSync, readFileSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomically } from "../data/atomic-file.ts";
import { pruneUnused, removeStaleTemporaries as removeStale } from "../data/cache-folder.ts";
import { sha256 } from "../site/pdf-info.ts";
import type { PageFlowWarning } from "./page-flow.ts";
import type { ServedFile } from "./serve-from-folder.ts";

/** The layout of an entry; another one is not read. */
const FORMAT = 1;

const TEMPORARY = /^[0-9a-f]{64}\.entry\.(\d+)-t\d+n\d+\.tmp$/;

interface EntryRecord {
  format: number;
  key: string;
  size: number;
  sha256: string;
  pageFlow: PageFlowWarning[];
  served: ServedFile[];
}

/** The entry is good: its PDF and what the page-flow rule found in it. */
export interface Hit {
  status: "hit";
  pdf: Buffer;
  pageFlow: PageFlowWarning[];
}

/** No entry, or one printed from other files than the page would read now. */
export interface Miss {
  status: "miss";
}

/** An entry that is not what it says it is (cut short, changed, another format): printed again. */
export interface Broken {
  status: "broken";
  reason: string;
}

/** A file's SHA-256 in the site folder, null when there is none (as ./serve-from-folder.ts would serve it). */
export type FileHash = (path: string) => string | null;

/** The PDF is whole: the size and SHA-256 recorded, a PDF header and an end-of-file marker. */
function pdfProblem(pdf: Buffer, record: EntryRecord): string | undefined {
  if (pdf.length !== record.size) return `${pdf.length} byte i stället för ${record.size}`;
  if (sha256(pdf) !== record.sha256) return "PDF-filens SHA-256 stämmer inte";
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") return "börjar inte med %PDF-";
  if (!/%%EOF\s*$/.test(pdf.subarray(-32).toString("latin1"))) return "slutar inte med %%EOF";
  return undefined;
}

export class PdfCache {
  /** `dir` is the cache's PDF folder, <cacheDir>/pdf. */
  constructor(readonly dir: string) {}

  private entryPath(key: string): string {
    return join(this.dir, `${key}.entry`);
  }

  /** Removes the temporary files of runs that were killed while they stored an entry; returns their names. */
  removeStaleTemporaries(): string[] {
    return removeStale(this.dir, TEMPORARY);
  }

  /** The entry of `key`, checked; `fileHash` says what each file the print read holds now. */
  lookup(key: string, fileHash: FileHash): Hit | Miss | Broken {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.entryPath(key));
    } catch {
      return { status: "miss" };
    }
    const newline = bytes.indexOf(0x0a);
    let record: EntryRecord;
    try {
      if (newline < 0) throw new Error("no record");
      record = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as EntryRecord;
    } catch {
      return { status: "broken", reason: "postens beskrivning går inte att läsa" };
    }
    if (record.format !== FORMAT || record.key !== key || !Array.isArray(record.served) || !Array.isArray(record.pageFlow)) {
      return { status: "broken", reason: "postens beskrivning är inte en PDF-posts" };
    }
    const pdf = bytes.subarray(newline + 1);
    const problem = pdfProblem(pdf, record);
    if (problem) return { status: "broken", reason: problem };
    if (!record.served.every((file) => fileHash(file.path) === file.sha256)) return { status: "miss" };
    // Used: a recent time keeps it from being pruned.
    const now = new Date();
    try {
      utimesSync(this.entryPath(key), now, now);
    } catch {
      // A cache that cannot be written to is still read.
    }
    return { status: "hit", pdf, pageFlow: record.pageFlow };
  }

  /** Stores an entry (replacing one of the same key); throws when the folder cannot be written. */
  store(key: string, pdf: Uint8Array, served: readonly ServedFile[], pageFlow: readonly PageFlowWarning[]): void {
    const record: EntryRecord = { format: FORMAT, key, size: pdf.length, sha256: sha256(pdf), pageFlow: [...pageFlow], served: [...served] };
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomically(this.entryPath(key), Buffer.concat([Buffer.from(`${JSON.stringify(record)}\n`), pdf]));
  }

  /** Removes entries no build has used for 30 days. */
  prune(now = Date.now()): void {
    pruneUnused(this.dir, ".entry", now);
  }
}
