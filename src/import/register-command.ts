// `npm run import -- deltagare <fil.xlsx|fil.csv> --forbund <förbund> --year <år> [--dry-run]`:
// the year's participant counts (Tabell 1–3) from the insatser's participant register into the
// årsredovisning: participants.years.<år> and each exit category's values. The register is read,
// checked and counted in memory; only counts are written — never a row, a name or a date.
// `npm run import -- deltagare --template <fil.xlsx>` writes an empty register to fill in.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parse } from "yaml";
import { tertialPeriod } from "../compute/uppfoljning.ts";
import { formatNumber, formatTertialPeriod } from "../format/index.ts";
import { arsredovisningSchema } from "../schemas/arsredovisning/index.ts";
import type { Verksamhetsplan } from "../schemas/index.ts";
import { uppfoljningSchema } from "../schemas/uppfoljning.ts";
import {
  countRegisterFile,
  DEFAULT_EXIT_CATEGORIES,
  type ExitCategory,
  formatRegisterProblem,
  toParticipantsData,
  writeRegisterTemplate,
} from "./register/index.ts";
import type { ImportReport } from "./sie-command.ts";
import { editYaml, type YamlEdit } from "./yaml-edit.ts";
import { type Change, diffOf, ImportError, writeChanges, yearFiles } from "./year-files.ts";

export interface RegisterImportOptions {
  dataDir: string;
  proseDir: string;
  file: string;
  slug: string;
  year: number;
  /** Count the year to the tertial's end into its follow-up (uppfoljning-t1/-t2) instead of the årsredovisning. */
  tertial?: 1 | 2;
  /** "YYYY-MM-DD": dates after it are a problem (default today). */
  today?: string;
  dryRun?: boolean;
}

/** The report's exit categories with the register values of each: its own `register_values`, else the standard ones of its id. */
function categoriesOf(exitStatus: { id: string; label: string; prefix?: string; of?: string; register_values?: string[] }[] | undefined): {
  categories: ExitCategory[];
  problems: string[];
} {
  if (!exitStatus?.length) return { categories: [...DEFAULT_EXIT_CATEGORIES], problems: [] };
  const problems: string[] = [];
  const categories = exitStatus.map((category): ExitCategory => {
    const standard = DEFAULT_EXIT_CATEGORIES.find((c) => c.id === category.id);
    const values = category.register_values ?? standard?.values;
    if (!values && !exitStatus.some((c) => c.of === category.id)) {
      problems.push(`kategorin ${category.id} (${category.label}) i participants.exit_status: ange register_values, registrets värden för den`);
    }
    return {
      id: category.id,
      label: category.label,
      ...(category.prefix ? { prefix: category.prefix } : {}),
      ...(category.of ? { of: category.of } : {}),
      ...(values ? { values } : {}),
    };
  });
  // The standard values the report prints no category for are still values the register may write:
  // such a participant counts among the ended, in no category of Tabell 3.
  const taken = new Set(categories.flatMap((c) => c.values ?? []));
  const rest = DEFAULT_EXIT_CATEGORIES.filter((c) => !categories.some((own) => own.id === c.id) && (c.values ?? []).every((v) => !taken.has(v)));
  return { categories: [...categories, ...rest.map(({ of: _of, ...c }) => c)], problems };
}

export async function importRegister(options: RegisterImportOptions): Promise<ImportReport> {
  if (options.tertial) return importTertialRegister(options, options.tertial);
  const files = yearFiles({ dataDir: options.dataDir, proseDir: options.proseDir, slug: options.slug, year: options.year });
  const ars = files.file("arsredovisning", arsredovisningSchema);
  const exitStatus = ars.data.participants?.exit_status;
  const { categories, problems } = categoriesOf(exitStatus);
  if (problems.length) throw new ImportError(problems);
  const result = await countRegisterFile(options.file, { today: options.today ?? new Date().toISOString().slice(0, 10), years: [options.year], categories });
  if (!result.ok) throw new ImportError(result.problems.map(formatRegisterProblem));
  const counts = toParticipantsData(result.counts, categories);
  const y = String(options.year);

  const edits: YamlEdit[] = [{ path: ["participants", "years", options.year], value: counts.years[y] }];
  if (exitStatus?.length) {
    for (const [index, category] of exitStatus.entries()) {
      const split = counts.exit_status.find((c) => c.id === category.id)?.values[y];
      if (split) edits.push({ path: ["participants", "exit_status", index, "values", options.year], value: split });
    }
  } else {
    edits.push({ path: ["participants", "exit_status"], value: counts.exit_status.map((c) => ({ ...c, values: { [options.year]: c.values[y] } })) });
  }
  const after = editYaml(ars.text, edits);
  if (!arsredovisningSchema.safeParse(parse(after)).success) throw new Error("importen gav ogiltig data");
  const changes: Change[] = [{ file: ars.file, before: ars.scaffolded ? "" : ars.text, after }];

  const year = result.counts.years[y]!;
  const split = (c: { total: number; women: number; men: number }) => `${formatNumber(c.total)} (${formatNumber(c.women)} kvinnor, ${formatNumber(c.men)} män)`;
  const countedBy = result.counts.countedBy === "person" ? "person (Deltagar-id)" : "rad";
  const lines = [
    `${relative(process.cwd(), options.file)}: ${result.counts.rows} rader, räknade per ${countedBy}`,
    ...(result.ignoredColumns.length ? [`Kolumner som inte läses: ${result.ignoredColumns.join(", ")}`] : []),
    `${relative(process.cwd(), ars.file)}${ars.scaffolded ? " (ny)" : ""}: deltagare ${y}`,
    `  inskrivna ${split(year.enrolled)}, nya ${split(year.new)}, avslutade ${split(year.ended)}`,
    ...counts.exit_status
      .filter((c) => !exitStatus?.length || exitStatus.some((own) => own.id === c.id))
      .map((c) => `  ${c.label}: ${formatNumber(c.values[y]!.women)} kvinnor, ${formatNumber(c.values[y]!.men)} män`),
    `  per insats, som registret skriver den: ${Object.entries(result.counts.insatser)
      .map(([id, years]) => `${id} ${formatNumber(years[y]?.enrolled.total ?? 0)}`)
      .join(", ")} inskrivna`,
  ];
  const changed = changes.filter((c) => c.before !== c.after);
  if (options.dryRun) return { lines: [...lines, changed.length ? "--dry-run: inget skrivet." : "Inga ändringar."], changes, diff: diffOf(changes) };
  writeChanges(files, changed);
  return { lines: [...lines, changed.length ? `Skrivet: ${relative(process.cwd(), ars.file)}` : "Inga ändringar: filen har redan dessa antal."], changes };
}

/** The participants so far — enrolled, new and ended to the tertial's last day, per insats too — into the follow-up. */
async function importTertialRegister(options: RegisterImportOptions, tertial: 1 | 2): Promise<ImportReport> {
  const files = yearFiles({ dataDir: options.dataDir, proseDir: options.proseDir, slug: options.slug, year: options.year });
  const followUp = files.file(`uppfoljning-t${tertial}`, uppfoljningSchema);
  const { to } = tertialPeriod(options.year, tertial);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (today < to) throw new ImportError([`perioden slutar ${to}, men i dag är det ${today}: räkna deltagarna när perioden är slut`]);
  // Per insats only by the ids of the year's plan: a register's insats must then be one of them.
  const plan = files.forbund.documents.find((d) => d.kind === "verksamhetsplan" && d.id === "verksamhetsplan" && d.year === options.year)?.data as
    | Verksamhetsplan
    | undefined;
  const insatser = (plan?.insatser ?? []).map((insats) => ({ id: insats.id, name: insats.name }));
  const result = await countRegisterFile(options.file, {
    today,
    years: [options.year],
    categories: [...DEFAULT_EXIT_CATEGORIES],
    to,
    ...(insatser.length ? { insatser } : {}),
  });
  if (!result.ok) throw new ImportError(result.problems.map(formatRegisterProblem));
  const y = String(options.year);
  const period = (counts: { enrolled: Split; new: Split; ended: Split }) => ({ enrolled: counts.enrolled, new: counts.new, ended: counts.ended });
  const deltagare = {
    ...period(result.counts.years[y]!),
    insatser: insatser.length ? Object.fromEntries(Object.entries(result.counts.insatser).map(([id, years]) => [id, period(years[y]!)])) : {},
  };
  const after = editYaml(followUp.text, [{ path: ["deltagare"], value: deltagare }]);
  if (!uppfoljningSchema.safeParse(parse(after)).success) throw new Error("importen gav ogiltig data");
  const change: Change = { file: followUp.file, before: followUp.scaffolded ? "" : followUp.text, after };
  const split = (c: Split) => `${formatNumber(c.total)} (${formatNumber(c.women)} kvinnor, ${formatNumber(c.men)} män)`;
  const lines = [
    `${relative(process.cwd(), options.file)}: ${result.counts.rows} rader, räknade till ${to}`,
    `${relative(process.cwd(), followUp.file)}${followUp.scaffolded ? " (ny)" : ""}: deltagare ${formatTertialPeriod(tertial)} ${y}`,
    `  inskrivna ${split(deltagare.enrolled)}, nya ${split(deltagare.new)}, avslutade ${split(deltagare.ended)}`,
  ];
  const changed = change.before !== change.after;
  if (options.dryRun) return { lines: [...lines, changed ? "--dry-run: inget skrivet." : "Inga ändringar."], changes: [change], diff: diffOf([change]) };
  writeChanges(files, changed ? [change] : []);
  return {
    lines: [...lines, changed ? `Skrivet: ${relative(process.cwd(), followUp.file)}` : "Inga ändringar: filen har redan dessa antal."],
    changes: [change],
  };
}

type Split = { total: number; women: number; men: number };

/** The empty register to fill in (.xlsx, with drop-down lists and instructions). */
export async function writeTemplate(file: string): Promise<void> {
  writeFileSync(file, await writeRegisterTemplate());
}
