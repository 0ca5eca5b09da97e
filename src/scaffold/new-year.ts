// `npm run new-year -- <förbund> <year>`: the year's data files and prose, made from last year's
// with everything the chain of years provides left out (it is read), and empty places for what
// only the new year can supply. Never overwrites a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadedDocument } from "../data/load.ts";
import type { Arsredovisning, Driftsredovisning, Verksamhetsplan } from "../schemas/index.ts";
import type { Uppfoljning } from "../schemas/uppfoljning.ts";
import { newArsredovisning } from "./arsredovisning.ts";
import { newDriftsredovisning } from "./driftsredovisning.ts";
import { markParagraphs } from "./prose.ts";
import { newUppfoljning } from "./uppfoljning.ts";
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

interface NewYearOptions {
  dataDir: string;
  proseDir: string;
  slug: string;
  year: number;
  documents: readonly LoadedDocument[];
}

/** The year's data files new-year would write — those missing — with their text; nothing is written. */
export function scaffoldFiles(options: Omit<NewYearOptions, "proseDir">): { file: string; kind: string; text: string }[] {
  const { dataDir, slug, year, documents } = options;
  const dir = join(dataDir, slug, String(year));
  const plan = find(documents, "verksamhetsplan", year)?.data as Verksamhetsplan | undefined;
  const files: { file: string; kind: string; text: string }[] = [];
  // `kind` names the file (uppfoljning-t1); `schema` the kind whose JSON Schema the file points at.
  const add = (kind: string, value: object | undefined, header: string[], schema = kind) => {
    const file = join(dir, `${kind}.yaml`);
    if (value && !existsSync(file)) files.push({ file, kind, text: yamlFile(value, { kind: schema, header }) });
  };
  const previousDrifts = find(documents, "driftsredovisning", year - 1)?.data as Driftsredovisning | undefined;
  add("driftsredovisning", newDriftsredovisning(year, previousDrifts, plan), [
    `Driftsredovisning ${year}, skapad med npm run new-year${previousDrifts ? ` från driftsredovisningen ${year - 1}` : " från verksamhetsplanen"}.`,
    `Fyll i utfall ${year} (eller importera bokföringen: npm run import -- sie …). Utfall ${year - 1} läses från`,
    `driftsredovisningen ${year - 1} och budgeten från verksamhetsplanen för respektive år (plan_line).`,
    "Utan decided är dokumentet ett utkast.",
  ]);
  const previousReport = find(documents, "arsredovisning", year - 1)?.data as Arsredovisning | undefined;
  add("arsredovisning", newArsredovisning(year, previousReport, plan), [
    `Årsredovisning ${year}, skapad med npm run new-year${previousReport ? ` från årsredovisningen ${year - 1}` : ""}.`,
    `Fyll i årets siffror: deltagare, status vid avslut, enkätresultat, balansräkningens och noternas värden för ${year}.`,
    `Siffrorna för ${year - 1} och tidigare år läses från årsredovisningarna och driftsredovisningarna i data/ —`,
    "skriv dem inte igen. Målen är verksamhetsplanens resultatmål. npm run status visar vad som saknas.",
  ]);
  for (const tertial of [1, 2] as const) {
    const id = `uppfoljning-t${tertial}`;
    const previous = documents.find((d) => d.kind === "uppfoljning" && d.id === id && d.year === year - 1)?.data as Uppfoljning | undefined;
    add(
      id,
      // The rows: last year's follow-up, else the driftsredovisning of the year (when written) or of last year.
      newUppfoljning(year, tertial, {
        previous,
        drifts: (find(documents, "driftsredovisning", year)?.data as Driftsredovisning | undefined) ?? previousDrifts,
        plan,
      }),
      [
        `Tertialuppföljning ${tertial === 1 ? "januari–april" : "januari–augusti"} ${year}, skapad med npm run new-year.`,
        `Importera periodens utfall ur bokföringen efter ${tertial === 1 ? "30 april" : "31 augusti"}:`,
        `npm run import -- sie <fil> --forbund <förbund> --tertial ${tertial}.`,
        `Årsbudgeten läses från verksamhetsplanen för ${year} (plan_line). Skriv helårsprognosen per rad (prognos);`,
        "en rad utan prognos visar årsbudgeten, och dokumentet säger det. Utan decided är dokumentet ett utkast.",
      ],
      "uppfoljning",
    );
  }
  return files;
}

export function newYear(options: NewYearOptions): NewYearResult {
  const { dataDir, proseDir, slug, year } = options;
  const result: NewYearResult = { written: [], kept: [], skipped: [] };
  const dir = join(dataDir, slug, String(year));
  mkdirSync(dir, { recursive: true });
  const planned = scaffoldFiles(options);
  for (const kind of ["driftsredovisning", "arsredovisning", "uppfoljning-t1", "uppfoljning-t2"]) {
    const file = join(dir, `${kind}.yaml`);
    const text = planned.find((p) => p.kind === kind)?.text;
    if (existsSync(file)) result.kept.push(file);
    else if (text === undefined) result.skipped.push(file);
    else {
      writeFileSync(file, text);
      result.written.push(file);
    }
    copyProse(proseDir, slug, year, kind, result);
  }
  // The plan is the board's own document, adopted in the autumn: never scaffolded, only reported.
  const planFile = join(dir, "verksamhetsplan.yaml");
  (existsSync(planFile) ? result.kept : result.skipped).push(planFile);
  return result;
}
