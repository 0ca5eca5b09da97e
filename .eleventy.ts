// `npm start`: the dev server. Wiring only: the configuration lives in src/eleventy/config.ts,
// which the build (src/build/build.ts) uses too. FINSAM_DATA_DIR, FINSAM_PROSE_DIR and
// FINSAM_CHART_CACHE point it elsewhere (the editor's preview test runs it on a copy).
import type UserConfig from "@11ty/eleventy/UserConfig";
import { configureSite } from "./src/eleventy/config.ts";

export default function (eleventyConfig: UserConfig) {
  const env = process.env;
  configureSite(eleventyConfig as never, {
    dataDir: env.FINSAM_DATA_DIR ?? "data",
    // The dev server prints no PDFs, so its pages link none.
    pdfs: false,
    ...(env.FINSAM_PROSE_DIR ? { proseDir: env.FINSAM_PROSE_DIR } : {}),
    ...(env.FINSAM_CHART_CACHE ? { chartCache: env.FINSAM_CHART_CACHE } : {}),
  });
}
