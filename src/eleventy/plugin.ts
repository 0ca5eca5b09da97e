// Everything finsam-rapport adds to Eleventy; .eleventy.ts only registers this plugin.
import { RenderPlugin } from "@11ty/eleventy";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import markdownIt from "markdown-it";
import { loadData } from "../data/load.ts";
import { buildSite } from "../model/site.ts";
import * as filters from "./filters/index.ts";
import { PROSE_DIR } from "./prose.ts";
import * as shortcodes from "./shortcodes/index.ts";
import { transforms } from "./transforms/index.ts";
import { tableCsvTransform } from "./transforms/table-csv.ts";
import { buildDate } from "../site/build-date.ts";

export interface FinsamPluginOptions {
  /** The folder with data/<förbund>/… YAML files. */
  dataDir: string;
}

// Eleventy's config object is untyped at runtime; only the methods used here are declared.
interface EleventyConfig {
  addGlobalData(name: string, data: unknown): void;
  addWatchTarget(path: string): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addShortcode(name: string, shortcode: (...args: never[]) => unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addTransform(name: string, transform: (this: { page: { outputPath?: string | false } }, content: string) => string): void;
  ignores: { add(glob: string): void };
  addPassthroughCopy(copy: Record<string, string>): void;
  setLibrary(name: string, library: unknown): void;
}

export default function finsamPlugin(config: EleventyConfig, options: FinsamPluginOptions): void {
  // A function, so that `npm start` reloads the data on every rebuild.
  config.addGlobalData("site", () => buildSite(loadData(options.dataDir)));
  config.addWatchTarget(options.dataDir);
  for (const [name, filter] of Object.entries(filters)) config.addFilter(name, filter as (...args: never[]) => unknown);
  for (const [name, shortcode] of Object.entries(shortcodes)) config.addShortcode(name, shortcode as (...args: never[]) => unknown);
  // Prose belongs to documents and is rendered into them (src/eleventy/prose.ts), never on its own.
  config.addPlugin(RenderPlugin);
  config.ignores.add(`${PROSE_DIR}/**`);
  config.addWatchTarget(PROSE_DIR);
  config.addPassthroughCopy({ "templates/assets": "assets" });
  // Images in a förbund's data folder (its logo) are published under /<förbund>/.
  for (const image of imagesInForbundFolders(options.dataDir)) config.addPassthroughCopy({ [image.from]: image.to });
  // The font ships as an npm package, so every machine prints the same PDF.
  config.addPassthroughCopy({ "node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-{400-italic,400-normal,600-normal,700-normal}.woff2": "assets/fonts" });
  for (const [name, transform] of Object.entries(transforms)) {
    config.addTransform(name, function (content) {
      return typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html") ? transform(content) : content;
    });
  }
  // Every table of a document page also as CSV next to the page, linked under the table.
  config.addTransform("tableCsv", function (content) { return tableCsvTransform(content, this.page.outputPath); });
  // The day the anslagstavla is shown for (FINSAM_BUILD_DATE, else today).
  config.addGlobalData("buildDate", () => buildDate());
  config.setLibrary("md", markdownIt({ html: true, typographer: false }));
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
