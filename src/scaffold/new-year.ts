// `npm run new-year -- <förbund> <year>`: the year's data files and prose, made from last year's
// with everything the chain of years provides left out (it is read), and empty places for what
// only the new year can supply. Never overwrites a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadedDocument } from "../data/load.ts";
import type { Arsredovisning, Driftsredovisning, Verksamhetsplan } from "../schemas/index.ts";
import { newArsredovisning } from "./arsredovisning.ts";
import { newDriftsredovisning } from "./driftsredovisning.ts";
import { markParagraphs } from "./prose.ts";
import { yamlFile } from "./yaml-file.ts";

export interface NewYearResult {
  written: string[];
  kept: string[];
  skipped: string[];
}

const find = (documents: readonly LoadedDocument[], kind: string, year: number) => documents.find((d) => d.kind === kind && d.id === kind && d.year === year);

/** Copies last year's prose of a document with every paragraph marked, unless the year has prose already. */
function copyProse(proseDir: string, slug: string, year: number, id: string, result: NewYearResult): void {
  const from = join(proseDir, slug, String(year - 1), id);
  const to = join(proseDir, slug, String(year), id);
  if (!existsSync(from)) return;
  if (existsSync(to)) {
    result.kept.push(to);
    return;
  }
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((n) => n.endsWith(".md"))) {
    writeFileSync(join(to, name), markParagraphs(readFileSync(join(from, name), "utf8")));
    result.written.push(join(to, name));
  }
}

export function newYear(options: { dataDir: string; proseDir: string; slug: string; year: number; documents: readonly LoadedDocument[] }): NewYearResult {
  const { dataDir, proseDir, slug, year, documents } = options;
  const result: NewYearResult = { written: [], kept: [], skipped: [] };
  const dir = join(dataDir, slug, String(year));
  mkdirSync(dir, { recursive: true });
  const plan = find(documents, "verksamhetsplan", year)?.data as Verksamhetsplan | undefined;
  const write = (name: string, value: object | undefined, kind: string, header: string[]) => {
    const file = join(dir, name);
    if (existsSync(file)) return result.kept.push(file);
    if (!value) return result.skipped.push(file);
    writeFileSync(file, yamlFile(value, { kind, header }));
    result.written.push(file);
  };

  const previousDrifts = find(documents, "driftsredovisning", year - 1)?.data as Driftsredovisning | undefined;
  write("driftsredovisning.yaml", newDriftsredovisning(year, previousDrifts, plan), "driftsredovisning", [
    `Driftsredovisning ${year}, skapad med npm run new-year${previousDrifts ? ` från driftsredovisningen ${year - 1}` : " från verksamhetsplanen"}.`,
    `Fyll i utfall ${year} (eller importera bokföringen: npm run import -- sie …). Utfall ${year - 1} läses från`,
    `driftsredovisningen ${year - 1} och budgeten från verksamhetsplanen för respektive år (plan_line).`,
    "Utan decided är dokumentet ett utkast.",
  ]);
  copyProse(proseDir, slug, year, "driftsredovisning", result);

  const previousReport = find(documents, "arsredovisning", year - 1)?.data as Arsredovisning | undefined;
  write("arsredovisning.yaml", newArsredovisning(year, previousReport, plan), "arsredovisning", [
    `Årsredovisning ${year}, skapad med npm run new-year${previousReport ? ` från årsredovisningen ${year - 1}` : ""}.`,
    `Fyll i årets siffror: deltagare, status vid avslut, enkätresultat, balansräkningens och noternas värden för ${year}.`,
    `Siffrorna för ${year - 1} och tidigare år läses från årsredovisningarna och driftsredovisningarna i data/ —`,
    "skriv dem inte igen. Målen är verksamhetsplanens resultatmål. npm run status visar vad som saknas.",
  ]);
  copyProse(proseDir, slug, year, "arsredovisning", result);
  // The plan is the board's own document, adopted in the autumn: never scaffolded, only reported.
  const planFile = join(dir, "verksamhetsplan.yaml");
  (existsSync(planFile) ? result.kept : result.skipped).push(planFile);
  return result;
}
