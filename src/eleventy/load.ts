// The data folder all the way to the site as the templates get it (the model built once, the prose
// rendered), with every problem of the data reported at once: when some files are invalid, the
// förbund whose files are all valid are still built and their prose rendered, so one build names
// the schema problems and the prose's wrong paths alike. The data is read one förbund at a time as
// the model is built (src/data/load.ts eachForbund), so that charts are drawn while it is read.
import { eachForbund, type LoadOptions } from "../data/load.ts";
import { DataError, type Problem } from "../data/problem.ts";
import { documentKinds } from "../documents/index.ts";
import { buildSite, type DocumentPage, type ForbundPage, type Site, type SiteOptions } from "../model/site.ts";
import { type PreparedEarly, type PreparedSite, prepareEarly, prepareSite } from "./prepare.ts";

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
  // Each förbund's prose is rendered as soon as its page is built, while the charts of the later
  // ones are still being drawn in the workers (at 80 förbund the prose took 3–5 s after the last chart).
  const early = new Map<DocumentPage, PreparedEarly>();
  const onForbund = (page: ForbundPage) => {
    for (const doc of page.documents) early.set(doc, prepareEarly(doc));
  };
  let model: Site;
  try {
    // Once a problem is found no chart is needed: the build stops with the problems.
    model = await buildSite(valid(), { ...options, skipChartsWhen: () => problems.length > 0, onForbund });
  } catch (error) {
    if (!(error instanceof DataError) || problems.length === 0) throw error;
    throw new DataError([...problems, ...error.problems]);
  }
  if (problems.length === 0) return { model, site: prepareSite(model, early) };
  try {
    prepareSite(model, early);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
  }
  throw new DataError(problems);
}
