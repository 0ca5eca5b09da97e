// npm run check [-- --format json] [--data <folder>]: the granskning report; exit 1 when it has a fel.
import { parseArgs } from "node:util";
import { jsonReport, textReport } from "../src/checks/report.ts";
import { DataError, formatProblem } from "../src/data/problem.ts";
import { loadSite } from "../src/model/site.ts";

const { values } = parseArgs({
  options: { data: { type: "string", default: "data" }, format: { type: "string", default: "text" } },
});
if (values.format !== "text" && values.format !== "json") {
  console.error(`--format must be text or json, not ${values.format}`);
  process.exit(2);
}

try {
  const { findings } = await loadSite(values.data, { charts: false });
  console.log(values.format === "json" ? jsonReport(findings) : textReport(findings));
  process.exitCode = findings.some((f) => f.severity === "fel") ? 1 : 0;
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exit(2);
}
