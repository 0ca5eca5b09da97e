// Turns Zod issues into problems that say where (file, line, field path), what was expected and
// what was found.
import type { z } from "zod";
import { formatPath, type Problem } from "./problem.ts";
import type { YamlSource } from "./yaml-source.ts";

function describe(found: { found: boolean; value?: unknown }): string {
  if (!found.found) return "nothing";
  const value = found.value;
  if (value === null || value === undefined) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}

function message(issue: z.core.$ZodIssue, source: YamlSource): string {
  const found = describe(source.valueAt(issue.path));
  switch (issue.code) {
    case "invalid_type":
      return issue.message.startsWith("Invalid input") ? `expected ${issue.expected}, found ${found}` : `${issue.message}, found ${found}`;
    default:
      return issue.message.includes("found") ? issue.message : `${issue.message}, found ${found}`;
  }
}

export function zodProblems(error: z.ZodError, source: YamlSource): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      // Each unknown key is reported at the key itself, so its line is the one to fix.
      return issue.keys.map((key) => ({
        file: source.file,
        line: source.lineOf([...issue.path, key]),
        path: formatPath([...issue.path, key]),
        message: "unknown field (misspelt, or not part of this kind of file)",
      }));
    }
    return [{ file: source.file, line: source.lineOf(issue.path), path: formatPath(issue.path), message: message(issue, source) }];
  });
}
