import { execFileSync } from "node:child_process";

interface DocumentLike {
  sourceFile: string;
  decided: string;
  computed?: unknown;
}

const cache = new Map<string, string | undefined>();

/** The date of the last commit that changed the file, or undefined when git does not know it. */
function gitDate(file: string): string | undefined {
  if (!cache.has(file)) {
    let date: string | undefined;
    try {
      const out = execFileSync("git", ["log", "-1", "--format=%cs", "--", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
    } catch {
      date = undefined;
    }
    cache.set(file, date);
  }
  return cache.get(file);
}

/**
 * `{{ doc | senastAndrad }}` → "2025-12-10": when the document last changed. The date of the last
 * git commit of its data file; for a file git does not track (a copy, a fresh folder), the latest
 * date the data itself gives (the justering of a protokoll, else the decision date). Both are the
 * same on every build of the same commit, so two builds give the same bytes.
 */
export function senastAndrad(doc: DocumentLike): string {
  const fromData = (doc.computed as { anslag?: { justering?: string } } | undefined)?.anslag?.justering ?? doc.decided;
  const fromGit = gitDate(doc.sourceFile);
  return fromGit && fromGit > fromData ? fromGit : fromData;
}
