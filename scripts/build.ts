// npm run build [-- --data <folder>] [--out <folder>] [--prose <folder>] [--no-pdf] [--strict]
import { parseArgs } from "node:util";
import { build, StrictError } from "../src/build/build.ts";
import { DataError, formatProblem } from "../src/data/problem.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "data" },
    out: { type: "string", default: "_site" },
    prose: { type: "string" },
    "no-pdf": { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
  },
});

try {
  const result = await build({ dataDir: values.data, outDir: values.out, proseDir: values.prose, pdf: !values["no-pdf"], strict: values.strict });
  console.log(`Klart: ${values.out}/ med ${result.pdfs.length} PDF på ${(result.timings.total / 1000).toFixed(1)} s.`);
} catch (error) {
  if (error instanceof DataError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`\nBygget avbröts: ${error.problems.length} fel i data. ${values.out}/ är oförändrad.`);
  } else {
    // A --strict failure is a report, not a crash: no stack trace.
    console.error(error instanceof StrictError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
    console.error(`\nBygget avbröts. ${values.out}/ är oförändrad.`);
  }
  process.exit(1);
}
