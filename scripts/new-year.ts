// npm run new-year -- <förbund> <year>: scaffolds the year's documents (src/scaffold/new-year.ts)
// and prints what they still lack. Never overwrites a file.
import { resolve } from "node:path";
import { loadData } from "../src/data/load.ts";
import { DataError, formatProblem } from "../src/data/problem.ts";
import { PROSE_DIR } from "../src/data/prose.ts";
import { documentKinds } from "../src/documents/index.ts";
import { loadSite } from "../src/model/site.ts";
import { newYear } from "../src/scaffold/new-year.ts";
import { statusText } from "../src/status/status.ts";

const [slug, yearText] = process.argv.slice(2);
const year = Number(yearText);
if (!slug || !/^\d{4}$/.test(yearText ?? "")) {
  console.error("Användning: npm run new-year -- <förbund> <år>, t.ex. npm run new-year -- jamtland 2026");
  process.exit(2);
}
const dataDir = process.env.FINSAM_DATA_DIR ?? "data";
const proseDir = process.env.FINSAM_PROSE_DIR ?? PROSE_DIR;
try {
  const forbund = loadData(dataDir, { kinds: documentKinds, proseDir }).find((f) => f.slug === slug);
  if (!forbund) {
    console.error(`Inget förbund ${slug} i ${dataDir}/`);
    process.exit(2);
  }
  const result = newYear({ dataDir: resolve(dataDir), proseDir: resolve(proseDir), slug, year, documents: forbund.documents });
  for (const file of result.written) console.log(`skapad:   ${file}`);
  for (const file of result.kept) console.log(`finns:    ${file} (orörd)`);
  for (const file of result.skipped) console.log(`saknas:   ${file} (inget att utgå från: skapa den för hand)`);
  console.log(`\n${statusText(await loadSite(dataDir, { proseDir, charts: false }), slug, year)}`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exit(2);
}
