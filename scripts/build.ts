// npm run build [-- --data <folder>] [--out <folder>] [--prose <folder>] [--no-pdf] [--no-cache] [--cache-dir <folder>] [--strict]
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build, StrictError } from "../src/build/build.ts";
import { DataError, formatProblem } from "../src/data/problem.ts";
import { writeJsonSchemas } from "../src/scaffold/json-schemas.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "data" },
    out: { type: "string", default: "_site" },
    prose: { type: "string" },
    "no-pdf": { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
    "cache-dir": { type: "string" },
    strict: { type: "boolean", default: false },
  },
});

function causes(error: unknown): string[] {
  if (!(error instanceof Error)) return [String(error)];
  const inner = (error as { originalError?: unknown }).originalError ?? error.cause;
  return [error.message, ...(inner ? causes(inner) : [])];
}

// The editor's JSON Schemas follow the Zod schemas (written only when they changed: commit them).
for (const file of writeJsonSchemas(fileURLToPath(new URL("../schemas", import.meta.url)))) console.log(`JSON Schema uppdaterad: ${file}`);

try {
  const result = await build({
    dataDir: values.data,
    outDir: values.out,
    proseDir: values.prose,
    pdf: !values["no-pdf"],
    cache: !values["no-cache"],
    cacheDir: values["cache-dir"],
    strict: values.strict,
  });
  console.log(`Klart: ${values.out}/ med ${result.pdfs.length} PDF på ${(result.timings.total / 1000).toFixed(1)} s.`);
} catch (error) {
  if (error instanceof DataError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`\nBygget avbröts: ${error.problems.length} fel i data. ${values.out}/ är oförändrad.`);
  } else {
    // What went wrong, innermost cause last; Eleventy has already printed its own details.
    console.error(error instanceof StrictError ? error.message : causes(error).join("\n  because: "));
    console.error(`\nBygget avbröts. ${values.out}/ är oförändrad.`);
  }
  process.exit(1);
}
