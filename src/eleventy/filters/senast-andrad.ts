import { lastCommitDate } from "../../site/git-dates.ts";

interface DocumentLike {
  sourceFile: string;
  decided: string;
  computed?: unknown;
}

/**
 * `{{ doc | senastAndrad }}` → "2025-12-10": when the document last changed. The date of the last
 * git commit of its data file (one `git log` over the data folder for the whole build,
 * src/site/git-dates.ts); for a file git does not track (a copy, a fresh folder), the latest date
 * the data itself gives (the justering of a protokoll, else the decision date). Both are the same
 * on every build of the same commit, so two builds give the same bytes.
 */
export function senastAndrad(doc: DocumentLike): string {
  const fromData = (doc.computed as { anslag?: { justering?: string } } | undefined)?.anslag?.justering ?? doc.decided;
  const fromGit = lastCommitDate(doc.sourceFile);
  return fromGit && fromGit > fromData ? fromGit : fromData;
}
