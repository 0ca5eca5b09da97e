// The seeds as data (tests/fixtures/seeds/, a frozen copy of the examples): what unit tests of the
// compute, checks and schemas read, so that editing data/ never breaks them.
import { join } from "node:path";
import { type ForbundData, loadData } from "../../src/data/load.ts";
import { documentKinds } from "../../src/documents/index.ts";
import { loadSite, type Site } from "../../src/model/site.ts";
import { projectRoot } from "./build.ts";

export const seedsDir = join(projectRoot, "tests/fixtures/seeds");
export const seedsData = join(seedsDir, "data");
export const seedsProse = join(seedsDir, "prose");

/**
 * The seeds' driftsredovisning as it stands alone, without the plan it reads its budget from:
 * its budget typed (tests/fixtures/driftsredovisning-alone), for tests of one document.
 */
export const aloneDir = join(projectRoot, "tests/fixtures/driftsredovisning-alone/data");
export const standaloneDrifts = join(aloneDir, "jamtland/2025/driftsredovisning.yaml");

/** A seed data file's path: seedFile("jamtland/2025/driftsredovisning.yaml"). */
export const seedFile = (path: string) => join(seedsData, path);

/** Loads a data folder with every kind's schema (default: the seeds). */
export function loadAll(dataDir = seedsData, proseDir = seedsProse): ForbundData[] {
  return loadData(dataDir, { kinds: documentKinds, proseDir });
}

export function seedSite(options: { charts?: boolean } = {}): Promise<Site> {
  return loadSite(seedsData, { proseDir: seedsProse, charts: options.charts ?? false });
}
