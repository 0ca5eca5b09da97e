// The data folder all the way to the site as the templates get it (the model built once, the prose
// rendered), with every problem of the data reported at once: when some files are invalid, the
// förbund whose files are all valid are still built and their prose rendered, so one build names
// the schema problems and the prose's wrong paths alike. The data is read one förbund at a time as
// the model is built (src/data/load.ts eachForbund), so that charts are drawn while it is read.
import { eachForbund, type LoadOptions } from "../data/load.ts";
import { DataError, type Problem } from "../data/problem.ts";
import { documentKinds } from "../documents/index.ts";
import { buildSite, type Site, type SiteOptions } from "../model/site.ts";
import { type PreparedSite, prepareSite } from "./prepare.ts";

export async function loadPreparedSite(
  dataDir: string,
  options: SiteOptions & Pick<LoadOptions, "proseDir"> = {},
): Promise<{ model: Site; site: PreparedSite }> {
  const problems: Problem[] = [];
  // A förbund with an invalid file is left out: its documents read each other, and what they would
  // say about a missing sibling would only repeat the problem.
  function* valid() {
    for (const read of eachForbund(dataDir, { kinds: documentKinds, proseDir: options.proseDir }, problems)) if (read.clean) yield read.forbund;
  }
  let model: Site;
  try {
    // Once a problem is found no chart is needed: the build stops with the problems.
    model = await buildSite(valid(), { ...options, skipChartsWhen: () => problems.length > 0 });
  } catch (error) {
    if (!(error instanceof DataError) || problems.length === 0) throw error;
    throw new DataError([...problems, ...error.problems]);
  }
  if (problems.length === 0) return { model, site: prepareSite(model) };
  try {
    prepareSite(model);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
  }
  throw new DataError(problems);
}
