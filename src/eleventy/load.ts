// The data folder all the way to the site as the templates get it (the model built once, the prose
// rendered), with every problem of the data reported at once: when some files are invalid, the
// förbund whose files are all valid are still built and their prose rendered, so one build names
// the schema problems and the prose's wrong paths alike.
import { type LoadOptions, problemOf, readData } from "../data/load.ts";
import { DataError } from "../data/problem.ts";
import { documentKinds } from "../documents/index.ts";
import { buildSite, type Site, type SiteOptions } from "../model/site.ts";
import { type PreparedSite, prepareSite } from "./prepare.ts";

export async function loadPreparedSite(
  dataDir: string,
  options: SiteOptions & Pick<LoadOptions, "proseDir"> = {},
): Promise<{ model: Site; site: PreparedSite }> {
  const { forbund, problems } = readData(dataDir, { kinds: documentKinds, proseDir: options.proseDir });
  if (problems.length === 0) {
    const model = await buildSite(forbund, options);
    return { model, site: prepareSite(model) };
  }
  // A förbund with an invalid file is left out: its documents read each other, and what they would
  // say about a missing sibling would only repeat the problem.
  const valid = forbund.filter((f) => !problems.some((p) => problemOf(p, f.slug, dataDir, options.proseDir)));
  try {
    prepareSite(await buildSite(valid, { ...options, charts: false }));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
  }
  throw new DataError(problems);
}
