// npm run check [-- --format text|json|jsonl|sarif|html|pdf] [--out <mapp>] [--data <mapp>] [--date ÅÅÅÅ-MM-DD]: the
// granskning report; html and pdf write a granskningsrapport per förbund and year into --out
// (default _granskning/). Exit 1 when it has a fel, 2 for bad arguments or data.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ReportFolderError, writeGranskningsrapporter } from "../src/build/report-files.ts";
import { jsonReport, summarizeFindings, textReport } from "../src/checks/report.ts";
import { jsonlReport } from "../src/checks/report-jsonl.ts";
import { sarifReport } from "../src/checks/report-sarif.ts";
import { DataError, formatProblem } from "../src/data/problem.ts";
import { loadSite } from "../src/model/site.ts";
import { buildDate } from "../src/site/build-date.ts";

const formats = ["text", "json", "jsonl", "sarif", "html", "pdf"] as const;
type Format = (typeof formats)[number];
const usage = `användning: npm run check -- [--format ${formats.join("|")}] [--out <mapp>] [--data <mapp>] [--date ÅÅÅÅ-MM-DD]`;

function stop(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let values: { data: string; format: string; out?: string; date?: string };
try {
  ({ values } = parseArgs({
    options: { data: { type: "string", default: "data" }, format: { type: "string", default: "text" }, out: { type: "string" }, date: { type: "string" } },
  }));
} catch (error) {
  stop(`felaktiga argument: ${error instanceof Error ? error.message : error}`);
}
if (!(formats as readonly string[]).includes(values.format)) stop(`--format ska vara ${formats.join(", ")}, inte "${values.format}"`);
const format = values.format as Format;
if (values.out !== undefined && format !== "html" && format !== "pdf") stop("--out gäller bara --format html och pdf");

let date: string;
try {
  date = values.date === undefined ? buildDate() : buildDate({ FINSAM_BUILD_DATE: values.date });
} catch {
  const [name, value] = values.date === undefined ? ["FINSAM_BUILD_DATE", process.env.FINSAM_BUILD_DATE] : ["--date", values.date];
  stop(`${name}: väntade ett datum skrivet ÅÅÅÅ-MM-DD, fann "${value}"`);
}

try {
  const site = await loadSite(values.data, { charts: false, today: date });
  const { findings } = site;
  if (format === "html" || format === "pdf") {
    const outDir = values.out ?? "_granskning";
    const written = await writeGranskningsrapporter(site, { outDir, format, date });
    console.log(summarizeFindings(findings));
    for (const entry of written) {
      console.log(`Granskningsrapport: ${join(outDir, entry.file)}`);
      for (const warning of entry.pageFlow) console.log(`  varning, sidflöde i ${entry.file}: ${warning.message}`);
    }
  } else {
    const render = { text: textReport, json: jsonReport, jsonl: jsonlReport, sarif: sarifReport }[format];
    const text = render(findings);
    // JSON Lines of no findings is no line at all.
    if (text || format !== "jsonl") console.log(text);
  }
  process.exitCode = findings.some((f) => f.severity === "fel") ? 1 : 0;
} catch (error) {
  if (error instanceof ReportFolderError) stop(error.message);
  if (!(error instanceof DataError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exit(2);
}
