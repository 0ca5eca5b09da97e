// Synthetic förbund as files: generateForbund(seed, options) gives one förbund's data and prose as
// a map of relative paths (data/<slug>/…, prose/<slug>/…) to file contents, and generateSite(count)
// a set of them with distinct slugs. Pure and deterministic: the same seed and options give the
// same bytes. ./write.ts writes a map into a folder.
import { yamlFile } from "../scaffold/yaml-file.ts";
import { arsredovisningData } from "./documents/arsredovisning.ts";
import { driftsredovisningData } from "./documents/driftsredovisning.ts";
import { forbundData } from "./documents/forbund.ts";
import { protokollData } from "./documents/protokoll.ts";
import { uppfoljningData } from "./documents/uppfoljning.ts";
import { verksamhetsplanData } from "./documents/verksamhetsplan.ts";
import { type ForbundModel, identityOf, makeModel, type SyntheticOptions } from "./model.ts";
import { arsredovisningProse } from "./prose/arsredovisning.ts";
import { driftsredovisningProse, verksamhetsplanProse } from "./prose/verksamhetsplan.ts";
import type { ProseFile } from "./prose/words.ts";

/** Relative path → file contents. */
export type FileMap = Map<string, string>;

export interface SyntheticForbund {
  slug: string;
  name: string;
  unit: "kr" | "tkr";
  years: number[];
  /** How many documents the förbund has (each gets a page and a PDF). */
  documents: number;
  files: FileMap;
}

const header = (model: ForbundModel, what: string) => [
  `${what}: syntetiska data (src/synthetic/, frö ${JSON.stringify(model.seed)}), inte ett verkligt förbund.`,
];

export function generateForbund(seed: string | number, options: SyntheticOptions = {}): SyntheticForbund {
  const model = makeModel(seed, options);
  const { slug } = model.identity;
  const files: FileMap = new Map();
  const data = (path: string, kind: string, value: object, what: string) =>
    files.set(`data/${slug}/${path}`, yamlFile(value, { kind, header: header(model, what) }));
  const prose = (year: number, document: string, list: ProseFile[]) => {
    for (const file of list) files.set(`prose/${slug}/${year}/${document}/${file.file}`, file.text);
  };
  // forbund.yaml sits one folder below data/, the year's files two: yamlFile's schema line assumes two.
  files.set(
    `data/${slug}/forbund.yaml`,
    yamlFile(forbundData(model), { kind: "forbund", header: header(model, model.identity.name) }).replace("$schema=../../../", "$schema=../../"),
  );
  let documents = 0;
  for (const plan of model.economy.plans) {
    const { year } = plan;
    data(`${year}/verksamhetsplan.yaml`, "verksamhetsplan", verksamhetsplanData(model, plan), `Verksamhetsplan ${year}`);
    prose(year, "verksamhetsplan", verksamhetsplanProse(model, year));
    const actual = model.economy.actuals.find((a) => a.year === year)!;
    data(`${year}/driftsredovisning.yaml`, "driftsredovisning", driftsredovisningData(model, actual), `Driftsredovisning ${year}`);
    prose(year, "driftsredovisning", driftsredovisningProse(year));
    data(`${year}/arsredovisning.yaml`, "arsredovisning", arsredovisningData(model, year), `Årsredovisning ${year}`);
    prose(year, "arsredovisning", arsredovisningProse(model, year));
    documents += 3;
    if (model.uppfoljning) {
      for (const tertial of [1, 2] as const)
        data(`${year}/uppfoljning-t${tertial}.yaml`, "uppfoljning", uppfoljningData(model, actual, tertial), `Tertialuppföljning T${tertial} ${year}`);
      documents += 2;
    }
    if (model.protokoll) {
      const protokoll = protokollData(model, year);
      data(`${year}/protokoll-${protokoll.date}.yaml`, "protokoll", protokoll.data, `Protokoll ${protokoll.date}`);
      documents += 1;
    }
  }
  return { slug, name: model.identity.name, unit: model.identity.unit, years: model.years, documents, files };
}

export interface SiteOptions extends Omit<SyntheticOptions, "name" | "shortName" | "slug"> {
  /** The first förbund's seed; the others' follow from it (default 1). */
  seed?: string | number;
}

/** How many other seeds a förbund whose name is taken tries before it keeps the name (and its slug gets -2). */
const NAME_ATTEMPTS = 20;

/**
 * `count` förbund with distinct names and slugs: a förbund whose name an earlier one has (a län has
 * one "Samordningsförbundet i … län") is drawn again from a seed derived from its own; should that
 * not give a new name, the name stays and its slug gets -2, -3 …
 */
export function generateSite(count: number, options: SiteOptions = {}): { forbund: SyntheticForbund[]; files: FileMap } {
  const { seed = 1, ...rest } = options;
  const usedSlugs = new Set<string>();
  const usedNames = new Set<string>();
  const forbund: SyntheticForbund[] = [];
  for (let i = 0; i < count; i++) {
    let itemSeed = `${seed}-${i}`;
    let identity = identityOf(itemSeed, rest);
    for (let attempt = 1; attempt <= NAME_ATTEMPTS && usedNames.has(identity.name); attempt++) {
      const candidateSeed = `${seed}-${i}-${attempt}`;
      const candidate = identityOf(candidateSeed, rest);
      if (usedNames.has(candidate.name)) continue;
      itemSeed = candidateSeed;
      identity = candidate;
    }
    let slug = identity.slug;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${identity.slug}-${n}`;
    usedSlugs.add(slug);
    usedNames.add(identity.name);
    forbund.push(generateForbund(itemSeed, { ...rest, slug }));
  }
  return { forbund, files: new Map(forbund.flatMap((f) => [...f.files])) };
}
