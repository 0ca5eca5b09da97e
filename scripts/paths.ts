// npm run paths -- <förbund>/<år>/<dokument> [filter]: the paths prose can quote, with their values.
import { DataError, formatProblem } from "../src/data/problem.ts";
import { PROSE_DIR } from "../src/data/prose.ts";
import { loadSite } from "../src/model/site.ts";
import { findDocument, pathsText } from "../src/status/paths.ts";

const [ref, filter] = process.argv.slice(2);
try {
  const site = await loadSite(process.env.FINSAM_DATA_DIR ?? "data", { proseDir: process.env.FINSAM_PROSE_DIR ?? PROSE_DIR, charts: false });
  const doc = ref ? findDocument(site, ref) : undefined;
  if (!doc) {
    console.error(`Ange ett dokument som förbund/år/dokument, t.ex. jamtland/2025/arsredovisning. Finns:`);
    for (const d of site.documents) console.error(`  ${d.url.slice(1, -1)}`);
    process.exit(2);
  }
  console.log(pathsText(doc, filter));
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exit(2);
}
