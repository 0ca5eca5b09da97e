// npm run status [-- <förbund> [<year>]]: each year's documents — missing, utkast or antagen — and
// what each still lacks. Without arguments: every förbund, every year in data/.
import { DataError, formatProblem } from "../src/data/problem.ts";
import { PROSE_DIR } from "../src/data/prose.ts";
import { loadSite } from "../src/model/site.ts";
import { calendarText, statusText } from "../src/status/status.ts";

const [slug, year] = process.argv.slice(2);
try {
  const site = await loadSite(process.env.FINSAM_DATA_DIR ?? "data", { proseDir: process.env.FINSAM_PROSE_DIR ?? PROSE_DIR, charts: false });
  const forbund = site.forbund.filter((f) => !slug || f.slug === slug);
  if (slug && forbund.length === 0) {
    console.error(`Inget förbund ${slug} i data/ (finns: ${site.forbund.map((f) => f.slug).join(", ")})`);
    process.exit(2);
  }
  for (const f of forbund) {
    const years = year ? [Number(year)] : [...new Set(f.documents.map((d) => d.year))].sort();
    for (const y of years) {
      const calendar = calendarText(site, f.slug, y);
      console.log(`${statusText(site, f.slug, y)}\n${calendar ? `${calendar}\n` : ""}`);
    }
  }
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exit(2);
}
