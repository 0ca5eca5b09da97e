// npm run import -- sie <fil.se> --forbund <förbund> [--year <år>] [--tertial 1|2] [--dry-run]
// npm run import -- deltagare <fil.xlsx|fil.csv> --forbund <förbund> --year <år> [--tertial 1|2] [--dry-run]
// npm run import -- deltagare --template <fil.xlsx>
import { parseArgs } from "node:util";
import { DataError, formatProblem } from "../src/data/problem.ts";
import { PROSE_DIR } from "../src/data/prose.ts";
import { importRegister, writeTemplate } from "../src/import/register-command.ts";
import { type ImportReport, importSie } from "../src/import/sie-command.ts";
import { ImportError } from "../src/import/year-files.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    forbund: { type: "string" },
    year: { type: "string" },
    tertial: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    template: { type: "string" },
  },
});
const [what, file] = positionals;
const usage = [
  "Användning:",
  "  npm run import -- sie <fil.se> --forbund <förbund> [--year <år>] [--tertial 1|2] [--dry-run]",
  "  npm run import -- deltagare <fil.xlsx|fil.csv> --forbund <förbund> --year <år> [--tertial 1|2] [--dry-run]",
  "  npm run import -- deltagare --template <fil.xlsx>",
].join("\n");
const dataDir = process.env.FINSAM_DATA_DIR ?? "data";
const proseDir = process.env.FINSAM_PROSE_DIR ?? PROSE_DIR;
const year = values.year === undefined ? undefined : Number(values.year);
const tertial = values.tertial === undefined ? undefined : values.tertial === "1" ? 1 : values.tertial === "2" ? 2 : 0;

function print(report: ImportReport): void {
  for (const line of report.lines) console.log(line);
  if (report.diff) console.log(`\n${report.diff}`);
}

try {
  if (what === "deltagare" && values.template) {
    await writeTemplate(values.template);
    console.log(`Skrivet: ${values.template} (fyll i en rad per deltagare och insats; inga namn eller personnummer)`);
  } else if ((what !== "sie" && what !== "deltagare") || !file || !values.forbund || (year !== undefined && !/^\d{4}$/.test(values.year!)) || tertial === 0) {
    console.error(usage);
    process.exit(2);
  } else if (what === "sie") {
    print(importSie({ dataDir, proseDir, file, slug: values.forbund, ...(year ? { year } : {}), ...(tertial ? { tertial } : {}), dryRun: values["dry-run"] }));
  } else {
    if (!year) {
      console.error(`Ange året: --year <år>\n${usage}`);
      process.exit(2);
    }
    print(
      await importRegister({
        dataDir,
        proseDir,
        file,
        slug: values.forbund,
        year,
        ...(tertial ? { tertial } : {}),
        dryRun: values["dry-run"],
        ...(process.env.FINSAM_TODAY ? { today: process.env.FINSAM_TODAY } : {}),
      }),
    );
  }
} catch (error) {
  if (error instanceof ImportError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof DataError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error("\nImporten avbröts: fel i data/. Inget har skrivits.");
    process.exit(1);
  }
  throw error;
}
