// Wiring only: the logic lives in src/. Run with `node --import tsx` (see README).
import type UserConfig from "@11ty/eleventy/UserConfig";
import finsamPlugin from "./src/eleventy/plugin.ts";

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(finsamPlugin, { dataDir: process.env.FINSAM_DATA_DIR ?? "data" });
}

export const config = {
  dir: { input: "content", includes: "../templates", layouts: "../templates/layouts", data: "_data" },
  templateFormats: ["njk", "md"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
