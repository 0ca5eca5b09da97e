/** One thing wrong with the input, located as precisely as the input allows. */
export interface Problem {
  file: string;
  line?: number;
  path: string;
  message: string;
}

/** `file:line field.path: message`, in the style of Astro's content collections. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Thrown when the data cannot be used; carries every problem found, not just the first. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the data:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataError";
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
