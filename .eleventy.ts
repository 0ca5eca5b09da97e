// `npm start`: the dev server. Wiring only: the configuration lives in src/eleventy/config.ts,
// which the build (src/build/build.ts) uses too.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { configureSite } from "./src/eleventy/config.ts";

export default function (eleventyConfig: UserConfig) {
  configureSite(eleventyConfig as never, { dataDir: process.env.FINSAM_DATA_DIR ?? "data" });
}
