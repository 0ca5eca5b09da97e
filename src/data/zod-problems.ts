// Turns Zod issues into problems that say, in Swedish, where (file, line, field path), what was
// expected and what was found. A schema's own message is used where it gives one; Zod's generic
// (English) messages are worded here instead.
import type { z } from "zod";
import { formatPath, type Problem } from "./problem.ts";
import type { YamlSource } from "./yaml-source.ts";

const typeNames: Record<string, string> = {
  string: "en text",
  number: "ett tal",
  int: "ett heltal",
  boolean: "true eller false",
  object: "fält med värden",
  array: "en lista",
  date: "ett datum",
  null: "ett tomt värde",
};

function describe(found: { found: boolean; value?: unknown }): string {
  if (!found.found) return "ingenting";
  const value = found.value;
  if (value === null || value === undefined) return "ett tomt värde";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "en lista";
  return "fält med värden";
}

/** A hint for the mistakes Swedish writers make: decimal comma, spaces between thousands, a unit after the number. */
function hint(found: { found: boolean; value?: unknown }): string {
  if (typeof found.value !== "string") return "";
  const text = found.value.trim();
  if (/^[−-]?\d+,\d+$/.test(text)) return ` (skriv decimaltal med punkt: ${text.replace(",", ".").replace("−", "-")})`;
  if (/^[−-]?\d{1,3}([ \u00a0]\d{3})+$/.test(text)) return ` (skriv talet utan mellanslag: ${text.replace(/[ \u00a0]/g, "").replace("−", "-")})`;
  if (/^[−-]?[\d \u00a0]+(,\d+)?\s*(kr|tkr|%)$/.test(text)) return " (skriv bara talet, utan enhet: enheten står i dokumentets unit)";
  return "";
}

/** Zod's own messages are English and generic; a schema's `error:` is the project's wording. */
const isGeneric = (message: string) => /^(Invalid|Too (small|big)|Unrecognized|Expected|Required)/.test(message);

function message(issue: z.core.$ZodIssue, source: YamlSource): string {
  const at = source.valueAt(issue.path);
  const found = describe(at);
  const withFound = (text: string) => (/\bfann\b/.test(text) ? text : `${text}, fann ${found}${hint(at)}`);
  if (!isGeneric(issue.message)) return withFound(issue.message);
  switch (issue.code) {
    case "invalid_type":
      return withFound(`väntade ${typeNames[issue.expected] ?? issue.expected}`);
    case "invalid_value":
      return withFound(`väntade ${issue.values.length === 1 ? String(issue.values[0]) : `ett av ${issue.values.map(String).join(", ")}`}`);
    case "too_small":
      return issue.origin === "array"
        ? withFound(`väntade minst ${issue.minimum} ${Number(issue.minimum) === 1 ? "post" : "poster"}`)
        : withFound(`väntade minst ${issue.minimum}`);
    case "too_big":
      return issue.origin === "array"
        ? withFound(`väntade högst ${issue.maximum} ${Number(issue.maximum) === 1 ? "post" : "poster"}`)
        : withFound(`väntade högst ${issue.maximum}`);
    case "invalid_union":
      return withFound("väntade ett annat slags värde");
    default:
      return withFound("ogiltigt värde");
  }
}

export function zodProblems(error: z.ZodError, source: YamlSource): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const problem = (path: readonly PropertyKey[], text: string): Problem => ({
      file: source.file,
      line: source.lineOf(path),
      path: formatPath(path),
      message: text,
    });
    if (issue.code === "unrecognized_keys") {
      // Each unknown key is reported at the key itself, so its line is the one to fix.
      return issue.keys.map((key) => problem([...issue.path, key], "okänt fält (felstavat, eller inte en del av den här sortens fil)"));
    }
    if (issue.code === "invalid_key") {
      // A key of a map by year: "20x5" is not a year.
      const key = String(issue.path.at(-1));
      const why = issue.issues.map((inner) => inner.message).find((text) => !isGeneric(text)) ?? "ogiltig nyckel";
      return [problem(issue.path, `${why}, fann nyckeln ${JSON.stringify(key)}`)];
    }
    return [problem(issue.path, message(issue, source))];
  });
}
