// Everything finsam-rapport adds to Eleventy. The build hands it the site it has already built
// (built once per build); `npm start` hands it the data folder, and the site is built anew only
// when a data or prose file has changed.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { PROSE_DIR } from "../data/prose.ts";
import { buildDate } from "../site/build-date.ts";
import { writeCsvFiles } from "../site/csv-files.ts";
import { granskningPage } from "../site/granskning.ts";
import { identities } from "../site/identity.ts";
import { nationalOverview } from "../site/national-overview.ts";
import { overviewTable } from "../site/national-overview-table.ts";
import * as filters from "./filters/index.ts";
import { loadPreparedSite } from "./load.ts";
import type { PreparedSite } from "./prepare.ts";

export interface FinsamPluginOptions {
  /** The folder with data/<förbund>/… YAML files (and each förbund's logo). */
  dataDir: string;
  /** The prose folder (default content/prose). */
  proseDir?: string;
  /** The site, already built and prepared (the build); without it the plugin builds it from dataDir on each change. */
  site?: PreparedSite;
  /** "Today" for the anslagstavla (default FINSAM_BUILD_DATE or today). */
  buildDate?: string;
  /** The chart cache's folder when the plugin builds the site itself (default .cache/charts/). */
  chartCache?: string;
  /**
   * Which pages this run renders: the documents' pages only (of `site.documents`, a batch of them),
   * or every other page (start, förbund, anslagstavla, search, granskning) with the assets. Default
   * all. The build renders a large site in batches, so that Eleventy never holds every page at once.
   */
  pages?: "documents" | "others";
  /**
   * Whether the site gets its PDFs (default true). A build with --no-pdf and the dev server print
   * none, so their pages link none: no "Ladda ner som PDF" that leads nowhere.
   */
  pdfs?: boolean;
}

// Eleventy's config object is untyped at runtime; only the methods used here are declared.
export interface EleventyConfig {
  addGlobalData(name: string, data: unknown): void;
  addWatchTarget(path: string): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  on(event: "eleventy.after", listener: (event: { directories: { output: string } }) => Promise<void> | void): void;
  ignores: { add(path: string): void };
}

/** The granskning's page (content/granskning.njk), which the published site leaves out unless a förbund publishes it. */
const GRANSKNING_TEMPLATE = join("content", "granskning.njk");
/** The one template of every document's page (a pagination over site.documents). */
const DOCUMENT_TEMPLATE = join("content", "document.njk");

/** The templates a run leaves out, for the pages it renders. */
function ignoredTemplates(pages: FinsamPluginOptions["pages"]): string[] {
  if (pages === "others") return [DOCUMENT_TEMPLATE];
  if (pages !== "documents") return [];
  return readdirSync("content")
    .filter((name) => name.endsWith(".njk"))
    .map((name) => join("content", name))
    .filter((template) => template !== DOCUMENT_TEMPLATE);
}

/** A fingerprint of every file under the folders: path, size and time of change. */
function fingerprint(dirs: string[]): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  dirs.forEach(walk);
  return parts.join("\n");
}

/** The site for `npm start`: rebuilt when the data or the prose changed, else the last one. */
function siteFromData(dataDir: string, proseDir: string, chartCache: string | undefined): () => Promise<PreparedSite> {
  let last: { key: string; site: Promise<PreparedSite> } | undefined;
  return () => {
    const key = fingerprint([dataDir, proseDir]);
    if (!last || last.key !== key)
      last = { key, site: loadPreparedSite(dataDir, { proseDir, ...(chartCache ? { chartCache } : {}) }).then((loaded) => loaded.site) };
    return last.site;
  };
}

export default function finsamPlugin(config: EleventyConfig, options: FinsamPluginOptions): void {
  const proseDir = options.proseDir ?? PROSE_DIR;
  const site = options.site ? () => Promise.resolve(options.site!) : siteFromData(options.dataDir, proseDir, options.chartCache);
  config.addGlobalData("site", site);
  // The director's report: `npm start` (no site handed in) always shows it; a build only when a
  // förbund publishes it (forbund.yaml publish_granskning), and never indexes it for search.
  const preview = !options.site;
  config.addGlobalData("granskning", async () => granskningPage(await site(), { preview }));
  if (options.site && !granskningPage(options.site, { preview }).shown) config.ignores.add(GRANSKNING_TEMPLATE);
  for (const template of ignoredTemplates(options.pages)) config.ignores.add(template);
  // Each förbund's logo, tab icon and accent colour, by slug (src/site/identity.ts).
  config.addGlobalData("identity", async () => identities((await site()).forbund, options.dataDir));
  // The start page's overview: every förbund by län with its key figures (src/site/national-overview.ts).
  // (A batch of documents' pages has no start page to show it on.)
  if (options.pages !== "documents") config.addGlobalData("oversikt", async () => overviewTable(nationalOverview((await site()).forbund)));
  if (!options.site) {
    config.addWatchTarget(options.dataDir);
    config.addWatchTarget(proseDir);
    // The dev server writes the tables' CSV files itself (the build does it as a step of its own).
    config.on("eleventy.after", async ({ directories }) => {
      await writeCsvFiles(directories.output, (await site()).documents);
    });
  }
  for (const [name, filter] of Object.entries(filters)) config.addFilter(name, filter as (...args: never[]) => unknown);
  // The day the anslagstavla is shown for (FINSAM_BUILD_DATE, else today).
  config.addGlobalData("buildDate", options.buildDate ?? buildDate());
  config.addGlobalData("pdfs", options.pdfs !== false);
  // The assets go with the other pages; a batch of documents' pages copies nothing again.
  if (options.pages === "documents") return;
  config.addPassthroughCopy({ "templates/assets": "assets" });
  // Images in a förbund's data folder (its logo) are published under /<förbund>/.
  for (const image of imagesInForbundFolders(options.dataDir)) config.addPassthroughCopy({ [image.from]: image.to });
  // The font ships as an npm package, so every machine prints the same PDF.
  config.addPassthroughCopy({
    "node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-{400-italic,400-normal,600-normal,700-normal}.woff2": "assets/fonts",
  });
}

function imagesInForbundFolders(dataDir: string): { from: string; to: string }[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(dataDir, entry.name))
        .filter((name) => /\.(svg|png|jpg)$/.test(name))
        .map((name) => ({ from: join(dataDir, entry.name, name), to: `${entry.name}/${name}` })),
    );
}
