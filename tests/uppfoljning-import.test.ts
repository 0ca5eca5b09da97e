// npm run import -- sie --tertial: a file exported during the year into the tertial's follow-up.
// Jämtland's 2025 month by month (tests/helpers/sie-period.ts), exported through April and through
// August as monthly #PSALDO and as one #VER a month, gives T1 and T2 whose every computed figure is
// the one counted here from the months; a file that does not reach the period's end, one made
// before it, or a bokslut export with only #RES changes nothing; #PBUDGET becomes the periodised
// budget; the same file again, and --dry-run, write nothing.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ComputedUppfoljning } from "../src/compute/uppfoljning.ts";
import { writeSie } from "../src/import/sie/index.ts";
import { importSie } from "../src/import/sie-command.ts";
import { ImportError } from "../src/import/year-files.ts";
import { loadSite, type Site } from "../src/model/site.ts";
import { type MonthlyAccount, type PeriodExportOptions, periodExport } from "../src/synthetic/index.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";
import { jamtland2026, sieBytes } from "./helpers/sie-files.ts";
import { jamtland2025Months, jamtlandIdentity } from "./helpers/sie-period.ts";

type Dirs = { data: string; prose: string };

/** The seeds' data and prose, with the fixture kontoplan for Jämtland. */
function workspace(): Dirs {
  const data = copyOfData();
  const prose = join(data, "..", "prose");
  cpSync(join(projectRoot, "tests/fixtures/seeds/prose"), prose, { recursive: true });
  cpSync(join(projectRoot, "tests/fixtures/sie/kontoplan.yaml"), join(data, "jamtland/kontoplan.yaml"));
  return { data, prose };
}

// The director's follow-up with the driftsredovisning's rows, written before the import (the seeds
// have no driftsredovisning 2024: new-year's follow-up for 2025 would have the plan's lines instead).
const followUpText = (tertial: 1 | 2) =>
  [
    `tertial: ${tertial}`,
    "intakter:",
    "  label: Verksamhetens intäkter",
    "  sum_label: Summa intäkter",
    "  rows:",
    "    - id: medlemsbidrag",
    "      label: Medlemsbidrag",
    "      plan_line: intakter",
    "    - id: ovriga_intakter",
    "      label: Övriga intäkter",
    '      budget: "-"',
    "kostnader:",
    "  label: Verksamhetens kostnader",
    "  sum_label: Summa verksamhetskostnader",
    "  rows:",
    "    - id: insatsfinansiering",
    "      label: Insatsfinansiering",
    "      plan_line: finansiering",
    "    - id: personalkostnader",
    "      label: Personalkostnader",
    "      plan_line: personalkostnader",
    "    - id: drift_aktiviteter",
    "      label: Driftskostnader och Aktivitetskostnader",
    "      plan_line: ovriga-kostnader",
    "finansiella_poster:",
    "  rows:",
    "    - id: finansiella_poster",
    "      label: Finansiella poster",
    "      plan_line: finansiella",
    "",
  ].join("\n");

const followUpFile = (dirs: Dirs, tertial: 1 | 2, year = 2025) => join(dirs.data, `jamtland/${year}/uppfoljning-t${tertial}.yaml`);
function writeFollowUp(dirs: Dirs, tertial: 1 | 2, year = 2025): string {
  const file = followUpFile(dirs, tertial, year);
  writeFileSync(file, followUpText(tertial));
  return file;
}

function exportFile(options: Partial<PeriodExportOptions> & Pick<PeriodExportOptions, "through" | "style">): string {
  const file = join(temporaryDir(), `jamtland-2025-${String(options.through).padStart(2, "0")}-${options.style}.se`);
  writeFileSync(file, writeSie(periodExport({ year: 2025, accounts: jamtland2025Months, ...jamtlandIdentity, ...options }), { encoding: "cp437" }));
  return file;
}

const run = (dirs: Dirs, file: string, tertial: 1 | 2, extra: { dryRun?: boolean; year?: number } = {}) =>
  importSie({ dataDir: dirs.data, proseDir: dirs.prose, file, slug: "jamtland", tertial, ...extra });

function cli(dirs: Dirs, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, FINSAM_DATA_DIR: dirs.data, FINSAM_PROSE_DIR: dirs.prose },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const docOf = (site: Site, year: number, id: string) => site.documents.find((d) => d.forbundSlug === "jamtland" && d.year === year && d.id === id)!;

// ---- The count made here, from the months (not from the compute) ----

/** Each row's accounts, as tests/fixtures/sie/kontoplan.yaml maps Jämtland's (ovriga_intakter: none of them). */
const rowAccounts: Record<string, string[]> = {
  medlemsbidrag: ["3511", "3512", "3513"],
  ovriga_intakter: [],
  insatsfinansiering: ["4620"],
  personalkostnader: ["5111", "5411"],
  drift_aktiviteter: ["6110"],
  finansiella_poster: ["8511"],
};
/** The Verksamhetsplan 2025–2027's budget 2025 in kr (its lines intakter, finansiering, personalkostnader, ovriga-kostnader, finansiella). */
const planKronor: Record<string, number | null> = {
  medlemsbidrag: 8_228_000,
  ovriga_intakter: null,
  insatsfinansiering: -5_254_000,
  personalkostnader: -2_081_000,
  drift_aktiviteter: -890_000,
  finansiella_poster: null,
};
const groups = {
  intakter: ["medlemsbidrag", "ovriga_intakter"],
  kostnader: ["insatsfinansiering", "personalkostnader", "drift_aktiviteter"],
  finansiella_poster: ["finansiella_poster"],
};
/** Half away from zero, as the documents print (never −0). */
const round = (value: number) => (Math.round(Math.abs(value)) === 0 ? 0 : Math.sign(value) * Math.round(Math.abs(value)));
/** Kronor of a row's accounts over the first `months` months, counted in öre. */
function kronorOf(accounts: readonly MonthlyAccount[], id: string, months: number): number | null {
  const mine = accounts.filter((a) => rowAccounts[id]!.includes(a.account));
  if (mine.length === 0) return null;
  return mine.reduce((sum, a) => sum + a.months.slice(0, months).reduce((s, m) => s + Math.round(m * 100), 0), 0) / 100;
}
const tkr = (kronor: number | null) => (kronor === null ? null : round(kronor / 1000));
const add = (cells: (number | null)[]) => (cells.every((c) => c === null) ? null : cells.reduce<number>((s, c) => s + (c ?? 0), 0));
const minus = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) - (b ?? 0));

interface Expected {
  budget: number | null;
  utfall: number | null;
  andel: number | null;
  periodiserad: number | null;
  avvikelse: number | null;
  prognos: number | null;
  prognosAvvikelse: number | null;
}

/** Every line of the follow-up as counted from the months; each prognosis the default (the årsbudget, or the utfall × 12 / months). */
function expectedLines(months: number, options: { budget?: readonly MonthlyAccount[]; prognos?: "budget" | "utfall" } = {}) {
  const budgetAccounts = options.budget;
  const row = (id: string): Expected => {
    const budget = tkr(planKronor[id]!);
    const utfall = tkr(kronorOf(jamtland2025Months, id, months));
    const prognos = options.prognos === "utfall" ? (utfall === null ? null : round((utfall * 12) / months)) : budget;
    const periodiserad = budgetAccounts ? tkr(kronorOf(budgetAccounts, id, months)) : budget === null ? null : round((budget * months) / 12);
    return {
      budget,
      utfall,
      andel: budget === null || utfall === null || budget === 0 ? null : utfall / budget,
      periodiserad,
      avvikelse: minus(utfall, periodiserad),
      prognos,
      prognosAvvikelse: minus(prognos, budget),
    };
  };
  const sum = (parts: Expected[], result: boolean): Expected => {
    const of = (key: "budget" | "utfall" | "periodiserad" | "prognos") => add(parts.map((p) => p[key]));
    const [budget, utfall, periodiserad, prognos] = [of("budget"), of("utfall"), of("periodiserad"), of("prognos")];
    return {
      budget,
      utfall,
      andel: result || budget === null || utfall === null || budget === 0 ? null : utfall / budget,
      periodiserad,
      avvikelse: minus(utfall, periodiserad),
      prognos,
      prognosAvvikelse: minus(prognos, budget),
    };
  };
  const rows = Object.fromEntries(Object.values(groups).flatMap((ids) => ids.map((id) => [id, row(id)])));
  const of = (ids: string[]) => ids.map((id) => rows[id]!);
  const verksamhetsresultat = sum(of([...groups.intakter, ...groups.kostnader]), true);
  const resultat = sum(of(Object.values(groups).flat()), true);
  const lines: [string, Expected][] = [
    ...groups.intakter.map((id): [string, Expected] => [`intakter.${id}`, rows[id]!]),
    ["intakter.summa", sum(of(groups.intakter), false)],
    ...groups.kostnader.map((id): [string, Expected] => [`kostnader.${id}`, rows[id]!]),
    ["kostnader.summa", sum(of(groups.kostnader), false)],
    ["verksamhetsresultat", verksamhetsresultat],
    ["finansiella_poster.finansiella_poster", rows.finansiella_poster!],
    ["resultat", resultat],
  ];
  return { lines, resultat };
}

/** The 2025 report's eget kapital at the end of 2024: 2 331 at the start of 2024 and the year's −594. */
const opening2025 = 2331 - 594;

const computedLines = (computed: ComputedUppfoljning) =>
  computed.lines.filter((l) => l.values).map((l): [string, Expected] => [l.anchor.join("."), { ...l.values! } as Expected]);

describe.each(["psaldo", "ver"] as const)("T1 and T2 2025 from exports with %s", async (style) => {
  const dirs = workspace();
  const files = { 1: writeFollowUp(dirs, 1), 2: writeFollowUp(dirs, 2) };
  // T2's prognoses by the utfall: 6 171 × 12 / 8 = 9 256,5 → 9 257, −455 → −682,5 → −683.
  writeFileSync(files[2], `prognos_default: utfall\n${followUpText(2)}`);
  const prognos = { 1: "budget", 2: "utfall" } as const;
  const reports = { 1: run(dirs, exportFile({ through: 4, style }), 1), 2: run(dirs, exportFile({ through: 8, style }), 2) };
  const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });

  it.each([1, 2] as const)("T%i: every row, sum, result and the eget kapital are the months' count (T1 prognos by budget, T2 by utfall)", (tertial) => {
    const months = tertial * 4;
    const computed = docOf(site, 2025, `uppfoljning-t${tertial}`).computed as ComputedUppfoljning;
    const expected = expectedLines(months, { prognos: prognos[tertial] });
    expect(computed.months).toBe(months);
    expect(computedLines(computed)).toEqual(expected.lines);
    expect(computed.verksamhetsresultat).toEqual(expected.lines.find(([a]) => a === "verksamhetsresultat")![1]);
    expect(computed.resultat).toEqual(expected.resultat);
    expect(computed.defaulted.map((d) => [d.id, d.source])).toEqual(Object.values(groups).flatMap((ids) => ids.map((id) => [id, prognos[tertial]])));
    expect(computed.stated).toEqual([]);
    // Recommended: a fifth of the plan's medlemsbidrag 8 228.
    const closing = opening2025 + expected.resultat.prognos!;
    expect(computed.equity).toEqual({
      opening: opening2025,
      resultat: expected.resultat.prognos,
      closing,
      medlemsbidrag: 8228,
      recommendedShare: 0.2,
      recommended: round(8228 / 5),
      overRecommended: closing - round(8228 / 5),
      // T1: 1 737 + 3 = 1 740; T2: 1 737 + 2 271 = 4 008 — both above the 1 646.
      status: "over",
    });
  });

  it("writes the figures the example shows (T2: 6 171, −2 960, −1 190, −455, −52; T1's drift −227 501,60 kr → −228)", () => {
    const t2 = parse(readFileSync(files[2], "utf8"));
    expect([...t2.intakter.rows, ...t2.kostnader.rows, ...t2.finansiella_poster.rows].map((r: { utfall: unknown }) => r.utfall)).toEqual([
      6171,
      "-",
      -2960,
      -1190,
      -455,
      -52,
    ]);
    expect(parse(readFileSync(files[1], "utf8")).kostnader.rows[2].utfall).toBe(-228);
    expect(t2.period).toEqual({ from: "2025-01-01", to: "2025-08-31" });
    expect(t2.bokforing).toMatchObject({
      source: style === "psaldo" ? "#PSALDO" : "#VER",
      to: "2025-08-31",
      sums: {
        medlemsbidrag: 6_171_000,
        insatsfinansiering: -2_960_000,
        personalkostnader: -1_190_000,
        drift_aktiviteter: -455_003.2,
        finansiella_poster: -52_000,
      },
    });
    expect(t2.bokforing.pbudget).toBeUndefined();
    const t2Prognos = (docOf(site, 2025, "uppfoljning-t2").computed as ComputedUppfoljning).lines.filter((l) => l.kind === "row").map((l) => l.values!.prognos);
    expect(t2Prognos).toEqual([9257, null, -4440, -1785, -683, -78]);
    expect(reports[2].lines[0]).toContain(`tertial 2 2025 (januari–augusti), ur ${style === "psaldo" ? "#PSALDO" : "#VER"}`);
  });

  it("and the granskning finds nothing in either", () => {
    const own = site.findings.filter((f) => f.kind === "uppfoljning" && f.severity !== "notering");
    expect(own).toEqual([]);
  });
});

describe("npm run import -- sie --tertial, refusals", () => {
  it.each([
    ["psaldo", "#PSALDO"],
    ["ver", "verifikationer (#VER)"],
  ] as const)("a %s export through July as T2 names August and changes nothing", (style, what) => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 2);
    const before = readFileSync(file, "utf8");
    const call = () => run(dirs, exportFile({ through: 7, style, generated: "2025-09-10" }), 2);
    expect(call).toThrow(ImportError);
    expect(call).toThrow(`${what} saknas för augusti 2025 (2025-08)`);
    expect(call).not.toThrow(/juli/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("a file made (#GEN) before the period's last day", () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 2);
    const before = readFileSync(file, "utf8");
    expect(() => run(dirs, exportFile({ through: 8, style: "psaldo", generated: "2025-08-30" }), 2)).toThrow(
      "filen skapades 2025-08-30 (#GEN), före periodens sista dag 2025-08-31",
    );
    expect(readFileSync(file, "utf8")).toBe(before);
    // Made on the last day itself, it is taken.
    expect(() => run(dirs, exportFile({ through: 8, style: "psaldo", generated: "2025-08-31" }), 2)).not.toThrow();
  });

  it("a bokslut export with only #RES cannot be split into periods", () => {
    const dirs = workspace();
    const followUp = writeFollowUp(dirs, 1, 2026);
    const file = join(temporaryDir(), "bokslut-2026.se");
    writeFileSync(file, sieBytes(jamtland2026));
    expect(() => run(dirs, file, 1)).toThrow(/den kan inte delas upp på perioder \(en bokslutsexport med bara #RES/);
    expect(readFileSync(followUp, "utf8")).toBe(followUpText(1));
  });

  it("an account no row takes: a fel naming it, and nothing written", () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 2);
    const accounts = [...jamtland2025Months, { account: "8900", name: "Okänt konto", months: Array(12).fill(-100) }];
    expect(() => run(dirs, exportFile({ through: 8, style: "ver", accounts }), 2)).toThrow(
      "konto 8900 Okänt konto (−800,00 kr för perioden) tas inte av någon regel i kontoplanen",
    );
    // Without the row personalkostnader the kontoplan sends 5111 and 5411 to, their 1 190 000 kr would vanish.
    writeFileSync(file, followUpText(2).replace(/ {4}- id: personalkostnader\n.*\n.*\n/, ""));
    const before = readFileSync(file, "utf8");
    expect(() => run(dirs, exportFile({ through: 8, style: "psaldo" }), 2)).toThrow(
      /konto 5111 Löner månadsavlönade \(−850\u00a0000,00 kr för perioden\) hör enligt kontoplanen till raden personalkostnader, men uppföljningen har ingen/,
    );
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("npm run import -- sie --tertial without a follow-up file", () => {
  it("makes one from last year's driftsredovisning's rows", () => {
    const dirs = workspace();
    const sie = join(temporaryDir(), "jamtland-2026-04.se");
    writeFileSync(sie, writeSie(periodExport({ year: 2026, through: 4, style: "psaldo", accounts: jamtland2025Months }), { encoding: "cp437" }));
    const report = run(dirs, sie, 1);
    expect(report.lines).toContainEqual(expect.stringMatching(/uppfoljning-t1\.yaml \(ny\):$/));
    const data = parse(readFileSync(followUpFile(dirs, 1, 2026), "utf8"));
    expect(data.kostnader.rows.map((r: { id: string; utfall: number }) => [r.id, r.utfall])).toEqual([
      ["insatsfinansiering", -1480],
      ["personalkostnader", -595],
      ["drift_aktiviteter", -228],
    ]);
  });
});

describe("npm run import -- sie --tertial, #PBUDGET", () => {
  // The budget as the bookkeeping periodises it: the member contribution in January and July, the
  // rest by month (öre included); no budget for 8511.
  const budget: MonthlyAccount[] = [
    { account: "3511", name: "Medlemsbidrag", months: [4_114_000, 0, 0, 0, 0, 0, 4_114_000, 0, 0, 0, 0, 0] },
    { account: "4620", name: "Köp av verksamhet", months: Array.from({ length: 12 }, () => -437_833.33) },
    { account: "5111", name: "Löner", months: Array.from({ length: 12 }, (_, i) => (i === 6 ? -40_000 : -185_000)) },
    { account: "6110", name: "Lokalhyra", months: Array.from({ length: 12 }, () => -74_166.67) },
  ];

  it("for every month: periodiserad_budget per row, and the compute uses it instead of twelfths", async () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 1);
    const report = run(dirs, exportFile({ through: 4, style: "psaldo", budget }), 1);
    expect(report.lines.some((l) => l.includes("#PBUDGET"))).toBe(false);
    const data = parse(readFileSync(file, "utf8"));
    const periodised = [...data.intakter.rows, ...data.kostnader.rows, ...data.finansiella_poster.rows].map(
      (r: { periodiserad_budget: unknown }) => r.periodiserad_budget,
    );
    // Rows without budget accounts get none: they fall back to twelfths of their årsbudget.
    expect(periodised).toEqual([4114, undefined, -1751, -740, -297, undefined]);
    expect(data.bokforing.pbudget).toEqual({
      medlemsbidrag: 4_114_000,
      insatsfinansiering: -1_751_333.32,
      personalkostnader: -740_000,
      drift_aktiviteter: -296_666.68,
    });
    const site = await loadSite(dirs.data, { proseDir: dirs.prose, charts: false });
    const computed = docOf(site, 2025, "uppfoljning-t1").computed as ComputedUppfoljning;
    expect(computedLines(computed)).toEqual(expectedLines(4, { budget }).lines);
    expect(computed.lines.filter((l) => l.kind === "row").map((l) => l.periodSource)).toEqual([
      "pbudget",
      "twelfths",
      "pbudget",
      "pbudget",
      "pbudget",
      "twelfths",
    ]);
  });

  it("missing for a month: a varning, and twelfths", () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 1);
    const partial = [{ account: "4620", name: "Köp av verksamhet", months: [-1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1] }];
    const report = run(dirs, exportFile({ through: 4, style: "psaldo", budget: partial }), 1);
    expect(report.lines).toContainEqual(expect.stringContaining("#PBUDGET saknas för mars 2025: den periodiserade budgeten blir tolftedelar av årsbudgeten"));
    expect(readFileSync(file, "utf8")).not.toContain("periodiserad_budget");
  });

  it("a later export without #PBUDGET removes the period budget an earlier one wrote", () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 1);
    run(dirs, exportFile({ through: 4, style: "psaldo", budget }), 1);
    expect(readFileSync(file, "utf8")).toContain("periodiserad_budget");
    run(dirs, exportFile({ through: 4, style: "psaldo" }), 1);
    expect(readFileSync(file, "utf8")).not.toContain("periodiserad_budget");
    expect(parse(readFileSync(file, "utf8")).bokforing.pbudget).toBeUndefined();
  });
});

describe("npm run import -- sie --tertial, again, --dry-run and the command line", () => {
  it("the same file twice: the second time changes nothing", () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 2);
    const sie = exportFile({ through: 8, style: "ver" });
    run(dirs, sie, 2);
    const written = readFileSync(file, "utf8");
    expect(written).not.toBe(followUpText(2));
    const again = run(dirs, sie, 2);
    expect(again.changes[0]!.before).toBe(again.changes[0]!.after);
    expect(again.lines.at(-1)).toBe("Inga ändringar: filen har redan dessa värden.");
    expect(readFileSync(file, "utf8")).toBe(written);
  });

  it("--dry-run shows the diff and writes nothing", () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 2);
    const report = run(dirs, exportFile({ through: 8, style: "psaldo" }), 2, { dryRun: true });
    expect(report.lines.at(-1)).toBe("--dry-run: inget skrivet.");
    expect(report.diff).toMatch(/^\+ {6}utfall: -1190$/m);
    expect(readFileSync(file, "utf8")).toBe(followUpText(2));
  });

  it("--tertial 2 imports; --tertial 3 is a usage error", () => {
    const dirs = workspace();
    const file = writeFollowUp(dirs, 2);
    const sie = exportFile({ through: 8, style: "psaldo" });
    const ok = cli(dirs, "sie", sie, "--forbund", "jamtland", "--tertial", "2");
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^ {2}Personalkostnader: −1\u00a0190 tkr \(−1\u00a0190\u00a0000,00 kr\)$/m);
    expect(ok.stdout).toMatch(/^Skrivet: .*uppfoljning-t2\.yaml$/m);
    expect(parse(readFileSync(file, "utf8")).kostnader.rows[1].utfall).toBe(-1190);
    const written = readFileSync(file, "utf8");
    const bad = cli(dirs, "sie", sie, "--forbund", "jamtland", "--tertial", "3");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("[--tertial 1|2]");
    expect(readFileSync(file, "utf8")).toBe(written);
  });
});
