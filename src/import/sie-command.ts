// `npm run import -- sie <fil> --forbund <förbund> [--year <år>] [--dry-run]`: the year's figures
// from the accounting system's SIE 4 export into the driftsredovisning and the årsredovisning.
// A file with a fel (a #VER that does not balance, sums that disagree, another fiscal year)
// changes nothing; importing the same file again changes nothing either.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, relative } from "node:path";
import { parse } from "yaml";
import { formatNumber } from "../format/index.ts";
import { arsredovisningSchema } from "../schemas/arsredovisning/index.ts";
import { driftsredovisningSchema } from "../schemas/driftsredovisning.ts";
import { uppfoljningSchema } from "../schemas/uppfoljning.ts";
import { formatKronor, formatSieProblem, readSie, yearOf } from "./sie/index.ts";
import { type Edit, planSieImport } from "./sie-plan.ts";
import { planUppfoljningImport } from "./sie-uppfoljning.ts";
import { editYaml } from "./yaml-edit.ts";
import { type Change, diffOf, ImportError, writeChanges, yearFiles } from "./year-files.ts";

export interface SieImportOptions {
  dataDir: string;
  proseDir: string;
  file: string;
  slug: string;
  year?: number;
  /** A file exported during the year: fill the tertial's follow-up (uppfoljning-t1/-t2) instead of the year's documents. */
  tertial?: 1 | 2;
  dryRun?: boolean;
}

export interface ImportReport {
  /** What the import says, line by line (Swedish). */
  lines: string[];
  changes: Change[];
  /** --dry-run: the changes as a diff. */
  diff?: string;
}

const describeEdit = (edit: Edit, unit: string) =>
  edit.describe
    ? `  ${edit.describe.label}: ${edit.describe.value === null ? "–" : `${formatNumber(edit.describe.value)} ${unit}`}` +
      (edit.describe.kronor === null ? " (inga konton)" : ` (${formatKronor(edit.describe.kronor)})`)
    : undefined;

export function importSie(options: SieImportOptions): ImportReport {
  if (!existsSync(options.file)) throw new ImportError([`${options.file}: filen finns inte`]);
  const bytes = readFileSync(options.file);
  const name = basename(options.file);
  const read = readSie(bytes, { file: name, ...(options.year !== undefined ? { year: options.year } : {}) });
  const fel = read.problems.filter((p) => p.severity === "fel");
  if (fel.length) throw new ImportError(fel.map(formatSieProblem));
  const year = options.year ?? yearOf(read.sie);
  if (year === undefined) throw new ImportError([`${name}: filen saknar #RAR 0; ange året med --year`]);
  if (options.tertial) return importTertial(options, { name, bytes, read, year, tertial: options.tertial });

  const files = yearFiles({ dataDir: options.dataDir, proseDir: options.proseDir, slug: options.slug, year });
  const drifts = files.file("driftsredovisning", driftsredovisningSchema);
  const ars = files.file("arsredovisning", arsredovisningSchema);
  const unitOf = (data: { unit?: "kr" | "tkr" }) => data.unit ?? files.forbund.forbund.unit;
  const plan = planSieImport({
    sie: read.sie,
    file: name,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    year,
    kontoplan: files.forbund.kontoplan?.data,
    drifts: { data: drifts.data, unit: unitOf(drifts.data) },
    ars: { data: ars.data, unit: unitOf(ars.data) },
  });
  if (plan.problems.length) throw new ImportError(plan.problems.map((p) => `${name}: ${p} (data/${options.slug}/kontoplan.yaml, se README)`));

  const changes: Change[] = [
    { file: drifts.file, before: drifts.scaffolded ? "" : drifts.text, after: editYamlChecked(drifts.text, plan.drifts, driftsredovisningSchema) },
    { file: ars.file, before: ars.scaffolded ? "" : ars.text, after: editYamlChecked(ars.text, plan.ars, arsredovisningSchema) },
  ];
  const where = (file: string) => relative(process.cwd(), file);
  const lines = [
    `${name}: ${read.sie.fnamn ?? "(inget #FNAMN)"}, räkenskapsår ${year}, ${read.encoding === "cp437" ? "IBM-teckentabell 437" : read.encoding}`,
    ...read.problems.filter((p) => p.severity === "varning").map(formatSieProblem),
    `${where(drifts.file)}${drifts.scaffolded ? " (ny)" : ""}:`,
    ...plan.drifts.flatMap((edit) => describeEdit(edit, unitOf(drifts.data)) ?? []),
    `${where(ars.file)}${ars.scaffolded ? " (ny)" : ""}:`,
    ...plan.ars.flatMap((edit) => describeEdit(edit, unitOf(ars.data)) ?? []),
    `  Kontrollsummor (bokforing): årets resultat ${formatKronor(plan.bokforing.arets_resultat)}`,
    ...plan.bokforing.unmapped.map(
      (a) => `fel: konto ${a.account}${a.name ? ` ${a.name}` : ""} (${formatKronor(a.amount)}) tas inte av någon regel i kontoplanen`,
    ),
    ...plan.rounding.map((r) => `avrundning: ${r}`),
    ...(plan.notFromBookkeeping.length ? [`Inte från bokföringen (fyll i själv): ${plan.notFromBookkeeping.join("; ")}`] : []),
  ];
  const changed = changes.filter((c) => c.before !== c.after);
  if (options.dryRun) return { lines: [...lines, changed.length ? "--dry-run: inget skrivet." : "Inga ändringar."], changes, diff: diffOf(changes) };
  writeChanges(files, changed);
  return {
    lines: [...lines, changed.length ? `Skrivet: ${changed.map((c) => where(c.file)).join(", ")}` : "Inga ändringar: filerna har redan dessa värden."],
    changes,
  };
}

/** The period's utfall of a file exported during the year into the tertial's follow-up. */
function importTertial(
  options: SieImportOptions,
  input: { name: string; bytes: Uint8Array; read: ReturnType<typeof readSie>; year: number; tertial: 1 | 2 },
): ImportReport {
  const { name, read, year, tertial } = input;
  const files = yearFiles({ dataDir: options.dataDir, proseDir: options.proseDir, slug: options.slug, year });
  const followUp = files.file(`uppfoljning-t${tertial}`, uppfoljningSchema);
  const unit = followUp.data.unit ?? files.forbund.forbund.unit;
  const plan = planUppfoljningImport({
    sie: read.sie,
    file: name,
    sha256: createHash("sha256").update(input.bytes).digest("hex"),
    year,
    tertial,
    kontoplan: files.forbund.kontoplan?.data,
    data: followUp.data,
    unit,
  });
  const fel = plan.problems.filter((p) => p.severity === "fel");
  if (fel.length || plan.ruleProblems.length)
    throw new ImportError([...fel.map(formatSieProblem), ...plan.ruleProblems.map((p) => `${name}: ${p} (data/${options.slug}/kontoplan.yaml, se README)`)]);
  const change: Change = {
    file: followUp.file,
    before: followUp.scaffolded ? "" : followUp.text,
    after: editYamlChecked(followUp.text, plan.edits, uppfoljningSchema),
  };
  const where = (file: string) => relative(process.cwd(), file);
  const lines = [
    `${name}: ${read.sie.fnamn ?? "(inget #FNAMN)"}, tertial ${tertial} ${year} (januari–${tertial === 1 ? "april" : "augusti"}), ur ${plan.source}`,
    ...[...read.problems, ...plan.problems].filter((p) => p.severity === "varning").map(formatSieProblem),
    `${where(followUp.file)}${followUp.scaffolded ? " (ny)" : ""}:`,
    ...plan.edits.flatMap((edit) => describeEdit(edit, unit) ?? []),
    ...(plan.notFromBookkeeping.length ? [`Inte från bokföringen (fyll i själv): ${plan.notFromBookkeeping.join("; ")}`] : []),
    "Helårsprognosen (prognos per rad) skriver du själv.",
  ];
  const changed = change.before !== change.after;
  if (options.dryRun) return { lines: [...lines, changed ? "--dry-run: inget skrivet." : "Inga ändringar."], changes: [change], diff: diffOf([change]) };
  writeChanges(files, changed ? [change] : []);
  return { lines: [...lines, changed ? `Skrivet: ${where(change.file)}` : "Inga ändringar: filen har redan dessa värden."], changes: [change] };
}

/** The edited text, which must still be valid data (a failure here is a bug in the import, not in the data). */
function editYamlChecked(text: string, edits: readonly Edit[], schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }): string {
  const after = editYaml(text, edits);
  const result = schema.safeParse(parse(after));
  if (!result.success) throw new Error(`importen gav ogiltig data: ${String(result.error)}`);
  return after;
}
