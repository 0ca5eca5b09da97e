// What is wrong with a SIE file, in Swedish, located by line.

export type SieSeverity = "fel" | "varning";

export interface SieProblem {
  /** The file name the caller gave (for messages only; nothing here reads files). */
  file: string;
  /** 1-based line; absent for what concerns the whole file (a missing #RAR 0). */
  line?: number;
  severity: SieSeverity;
  message: string;
}

/** `bokslut.se:120: #VER A 14 balanserar inte: …`; a varning says so after the place. */
export function formatSieProblem(problem: SieProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.severity === "varning" ? "varning: " : ""}${problem.message}`;
}

/** File order: by line, whole-file problems first. Stable for problems on one line. */
export function sortProblems(problems: SieProblem[]): SieProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Collects problems for one file. */
export class ProblemList {
  readonly problems: SieProblem[] = [];
  constructor(readonly file: string) {}

  fel(line: number | undefined, message: string): void {
    this.problems.push({ file: this.file, ...(line ? { line } : {}), severity: "fel", message });
  }

  varning(line: number | undefined, message: string): void {
    this.problems.push({ file: this.file, ...(line ? { line } : {}), severity: "varning", message });
  }
}
