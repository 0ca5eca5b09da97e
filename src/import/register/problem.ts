// A problem with the register file, located as the spreadsheet shows it: row numbers with the
// heading as row 1, and the column's heading. Messages are Swedish and never quote a cell's text;
// only dates and category values (kön, status) that the module has recognised are printed.

export interface RegisterProblem {
  /** The file's name as the caller gave it ("deltagare.xlsx"). */
  file: string;
  /** The spreadsheet's row number (the heading is row 1). */
  row?: number;
  /** The column's heading as the file writes it (or as the template does, for a missing column). */
  column?: string;
  message: string;
}

/** "deltagare.xlsx rad 14, kolumn Slutdatum: slutdatum 2025-02-01 är före startdatum 2025-03-10". */
export function formatRegisterProblem(problem: RegisterProblem): string {
  const where = [problem.row !== undefined ? `rad ${problem.row}` : "", problem.column !== undefined ? `kolumn ${problem.column}` : ""]
    .filter(Boolean)
    .join(", ");
  return where ? `${problem.file} ${where}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Thrown by the *OrThrow functions; carries every problem found. */
export class RegisterError extends Error {
  constructor(readonly problems: readonly RegisterProblem[]) {
    super(`${problems.length} problem i deltagarregistret:\n${problems.map(formatRegisterProblem).join("\n")}`);
    this.name = "RegisterError";
  }
}
