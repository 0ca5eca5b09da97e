// One build for every test that needs a built site: the examples (data/, with every PDF, as of
// 2025-12-20 for the anslagstavla) and the long fixture document. Built in this process before the
// test files run; tests get the folders with `inject("examplesSite")`. Every temporary folder of
// the run is inside one folder, removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { build } from "../src/build/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The example site (data/), with PDFs. */
    examplesSite: string;
    /** tests/fixtures/long-document, with its PDF. */
    longSite: string;
    /** The run's temporary folder: tests make theirs inside it; it goes when the run ends. */
    tempRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "finsam-shared-"));
  const examplesSite = join(root, "examples");
  const longSite = join(root, "long");
  const log = () => {};
  // A cache of the run's own (the project's .cache/ is the director's), gone with the run's folder.
  const cacheDir = join(root, "cache");
  await build({ dataDir: "data", outDir: examplesSite, buildDate: "2025-12-20", log, cacheDir });
  await build({
    dataDir: "tests/fixtures/long-document/data",
    proseDir: "tests/fixtures/long-document/prose",
    outDir: longSite,
    buildDate: "2025-12-20",
    log,
    cacheDir,
  });
  project.provide("examplesSite", examplesSite);
  project.provide("longSite", longSite);
  project.provide("tempRoot", root);
  return () => rmSync(root, { recursive: true, force: true });
}
