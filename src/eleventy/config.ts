// The Eleventy configuration, in one place for both ways Eleventy runs: `npm start` (through
// .eleventy.ts) and the build (src/build/, programmatically, with the site it has built).
import finsamPlugin, { type FinsamPluginOptions } from "./plugin.ts";

// Only the methods used here are declared (Eleventy's UserConfig is untyped at runtime).
interface SiteConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setLayoutsDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  setQuietMode(quiet: boolean): void;
}

export const directories = { input: "content", includes: "../templates", layouts: "../templates/layouts" } as const;

export function configureSite(config: SiteConfig, options: FinsamPluginOptions): void {
  config.setInputDirectory(directories.input);
  config.setIncludesDirectory(directories.includes);
  config.setLayoutsDirectory(directories.layouts);
  config.setTemplateFormats(["njk"]);
  config.addPlugin(finsamPlugin, options);
}
