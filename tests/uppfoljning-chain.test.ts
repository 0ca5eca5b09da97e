// The chain from outcome to plan: a T2 follow-up's prognosis gives the next plan's opening equity
// (an utkast plan reads it and changes with it; a plan that types its balance is checked against
// it, rule prognos-plan), npm run status and new-year know the follow-ups, and the example's T2
// is exactly what the SIE import makes of the export the tests generate.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import type { ComputedVerksamhetsplan } from "../src/compute/verksamhetsplan.ts";
import { loadData } from "../src/data/load.ts";
import { tablesOf } from "../src/documents/body.ts";
import { documentKinds } from "../src/documents/index.ts";
import { importRegister } from "../src/import/register-command.ts";
import { writeSie } from "../src/import/sie/index.ts";
import { importSie } from "../src/import/sie-command.ts";
import { loadSite, type Site } from "../src/model/site.ts";
import { scaffoldFiles } from "../src/scaffold/new-year.ts";
import { yearStatus } from "../src/status/status.ts";
import { periodExport } from "../src/synthetic/index.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";
import { generateModel, registerRows, toCsv } from "./helpers/register.ts";
import { jamtland2025Months, jamtlandIdentity } from "./helpers/sie-period.ts";

/** A T2 2025 for the seeds' Jämtland with these prognoses (tkr) and this utfall. */
const t2 = (prognos: { insatser: number; personal: number }) => `tertial: 2
intakter:
  rows:
    - { id: medlemsbidrag, label: Medlemsbidrag, plan_line: intakter, utfall: 6171 }
kostnader:
  rows:
    - { id: insatsfinansiering, label: Insatsfinansiering, plan_line: finansiering, utfall: -2960, prognos: ${prognos.insatser} }
    - { id: personalkostnader, label: Personalkostnader, plan_line: personalkostnader, utfall: -1190, prognos: ${prognos.personal} }
    - { id: drift_aktiviteter, label: Drift, plan_line: ovriga-kostnader, utfall: -455, prognos: -770 }
finansiella_poster:
  rows:
    - { id: finansiella_poster, label: Finansiella poster, plan_line: finansiella, utfall: -52, prognos: "-" }
`;

/** The seeds' data with a T2 2025 and the 2026 plan changed by `edit` (its YAML document). */
function workspace(prognos: { insatser: number; personal: number }, edit: (plan: ReturnType<typeof parseDocument>) => void) {
  const data = copyOfData();
  writeFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), t2(prognos));
  const planFile = join(data, "jamtland/2026/verksamhetsplan.yaml");
  const plan = parseDocument(readFileSync(planFile, "utf8"));
  edit(plan);
  writeFileSync(planFile, plan.toString());
  return data;
}

const prose = join(projectRoot, "tests/fixtures/seeds/prose");
const build = (data: string) => loadSite(data, { proseDir: prose, charts: false });
const planOf = (site: Site) => site.documents.find((d) => d.forbundSlug === "jamtland" && d.year === 2026 && d.id === "verksamhetsplan")!;
const equity2026 = (site: Site) => (planOf(site).computed as ComputedVerksamhetsplan).equity.years["2026"]!;

// Eget kapital at the end of 2024 in the seeds' årsredovisning 2025 (balansräkning, tkr), counted by hand.
const closing2024 = 1737;
const medlemsbidrag = 8228;

describe("the next plan reads the T2 prognosis", () => {
  it("an utkast plan without a balance opens 2026 with the prognosis's equity, and follows a changed prognosis", async () => {
    const utkast = (plan: ReturnType<typeof parseDocument>) => {
      plan.delete("decided");
      plan.deleteIn(["eget_kapital", "balance"]);
    };
    const first = await build(workspace({ insatser: -4600, personal: -1950 }, utkast));
    // Prognosis result 2025: 8 228 − 4 600 − 1 950 − 770 = 908 tkr; equity at its end 1 737 + 908.
    expect(equity2026(first).opening).toBe((closing2024 + medlemsbidrag - 4600 - 1950 - 770) * 1000);
    expect(first.findings.filter((f) => f.rule === "prognos-plan")).toEqual([]);

    const changed = await build(workspace({ insatser: -4700, personal: -1950 }, utkast));
    expect(equity2026(changed).opening).toBe(equity2026(first).opening - 100_000);
    expect(equity2026(changed).closing).toBe(equity2026(first).closing - 100_000);
  });

  it("a plan that types its balance is checked against the prognosis (prognos-plan), and an adopted one prints what it adopted", async () => {
    // The seeds' plan states 2 654 000 kr at the end of 2026; its own budget gives 2026 a result of +9 000 kr.
    const agreeing = await build(workspace({ insatser: -4600, personal: -1950 }, () => {}));
    expect(agreeing.findings.filter((f) => f.rule === "prognos-plan")).toEqual([]);

    const disagreeing = await build(workspace({ insatser: -4600, personal: -2000 }, () => {}));
    const found = disagreeing.findings.filter((f) => f.rule === "prognos-plan");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "fel", path: "eget_kapital.balance.amount", stated: 2_654_000, computed: 2_604_000 });
    // Adopted: the board's balance is what the plan prints.
    expect(equity2026(disagreeing).closing).toBe(2_654_000);
  });

  it("a plan with neither a balance nor a T2 to read stops with an error at eget_kapital", async () => {
    const data = copyOfData();
    const planFile = join(data, "jamtland/2026/verksamhetsplan.yaml");
    const plan = parseDocument(readFileSync(planFile, "utf8"));
    plan.deleteIn(["eget_kapital", "balance"]);
    writeFileSync(planFile, plan.toString());
    await expect(build(data)).rejects.toThrow(/eget_kapital\.balance.*tertialuppföljning T2 för 2025/s);
  });
});

describe("the follow-up's opening equity", () => {
  it("is last year's closing in the årsredovisning; a typed one that differs is a finding (ingaende-balans)", async () => {
    const data = workspace({ insatser: -4600, personal: -1950 }, () => {});
    const file = join(data, "jamtland/2025/uppfoljning-t2.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}eget_kapital: { ingaende: 1737 }\n`);
    expect((await build(data)).findings.filter((f) => f.rule === "ingaende-balans" && f.file.endsWith("uppfoljning-t2.yaml"))).toEqual([]);
    writeFileSync(file, readFileSync(file, "utf8").replace("ingaende: 1737", "ingaende: 1700"));
    const found = (await build(data)).findings.filter((f) => f.rule === "ingaende-balans" && f.file.endsWith("uppfoljning-t2.yaml"));
    expect(found.map((f) => [f.path, f.stated, f.computed])).toEqual([["eget_kapital.ingaende", 1700, 1737]]);
  });
});

describe("the årsredovisning against the T2 prognosis", () => {
  const reportOf = (site: Site) => site.documents.find((d) => d.forbundSlug === "jamtland" && d.year === 2025 && d.id === "arsredovisning")!;
  const caption = "Utfall 2025 mot helårsprognosen i augusti";

  it("warns per row past the förbund's threshold (prognos-utfall), and prints the comparison only where the report has a prognos section", async () => {
    // The year's driftsredovisning: insatser −4 447, personal −1 776 (prognoses −4 600, −1 950: 3 % and 9 % off),
    // drift −652 against −770 (15 %), finansiella poster −81 with no prognosis.
    const data = workspace({ insatser: -4600, personal: -1950 }, () => {});
    const site = await build(data);
    const warned = site.findings.filter((f) => f.rule === "prognos-utfall");
    expect(warned.map((f) => [f.path, f.stated, f.computed])).toEqual([
      ["kostnader.rows.2.prognos", -770, -652],
      ["finansiella_poster.rows.0.prognos", null, -81],
    ]);
    expect(tablesOf(reportOf(site).body).some((t) => t.caption === caption)).toBe(false);

    const forbundFile = join(data, "jamtland/forbund.yaml");
    writeFileSync(forbundFile, `${readFileSync(forbundFile, "utf8")}prognos_varning: { share: 0.2, min_amount: 100 }\n`);
    const proseDir = join(temporaryDir("finsam-prose-"), "prose");
    cpSync(prose, proseDir, { recursive: true });
    writeFileSync(join(proseDir, "jamtland/2025/arsredovisning/41-prognos.md"), "### Utfall mot prognos\n\nSå träffade prognosen.\n");
    const printed = await loadSite(data, { proseDir, charts: false });
    expect(printed.findings.filter((f) => f.rule === "prognos-utfall")).toEqual([]);
    const table = tablesOf(reportOf(printed).body).find((t) => t.caption === caption)!;
    const row = (id: string) => table.rows.find((r) => r.id?.endsWith(`prognos-${id}`))!.cells.map((c) => c.value);
    expect(row("personalkostnader")).toEqual([-1950, -1776, 174, 174 / 1950]);
    expect(row("resultat")).toEqual([8228 - 4600 - 1950 - 770, 1271, 1271 - 908, null]);
  });
});

describe("the internkontrollplan followed up in the T2", () => {
  const plan = `decided: 2024-11-29
risks:
  - { id: attest, area: Ekonomi, risk: Fel utbetalning, sannolikhet: 2, konsekvens: 4, control: Attest, responsible: Förbundschef, follow_up: [t1, t2] }
  - { id: bemanning, area: Personal, risk: Bemanning, sannolikhet: 3, konsekvens: 3, control: Avstämning, responsible: Förbundschef, follow_up: [t2] }
  - { id: arkiv, area: Dokument, risk: Arkivering, sannolikhet: 1, konsekvens: 2, control: Stickprov, responsible: Förbundschef, follow_up: [arsredovisning] }
`;
  it("prints the tertial's controls with their status; one without a status in an adopted follow-up is a varning", async () => {
    const data = workspace({ insatser: -4600, personal: -1950 }, () => {});
    writeFileSync(join(data, "jamtland/2025/internkontrollplan.yaml"), plan);
    const file = join(data, "jamtland/2025/uppfoljning-t2.yaml");
    writeFileSync(file, `decided: 2025-10-10\n${readFileSync(file, "utf8")}internkontroll:\n  - { risk: attest, status: utan_anmarkning }\n`);
    const site = await build(data);
    const t2 = site.documents.find((d) => d.id === "uppfoljning-t2")!;
    const table = tablesOf(t2.body).find((t) => t.caption === "Intern kontroll januari–augusti 2025")!;
    // The controls of T2 (not the årsredovisning's), with the status column before the comment.
    expect(table.rows.map((r) => r.cells.at(-2)?.text)).toEqual(["Utan anmärkning", "Ej rapporterad"]);
    const missing = site.findings.filter((f) => f.rule === "internkontroll-status");
    expect(missing.map((f) => [f.severity, f.file.endsWith("uppfoljning-t2.yaml")])).toEqual([["varning", true]]);

    writeFileSync(file, `${readFileSync(file, "utf8")}  - { risk: bemanning, status: avvikelse, comment: Vakans under våren }\n`);
    expect((await build(data)).findings.filter((f) => f.rule.startsWith("internkontroll"))).toEqual([]);
  });
});

describe("status and new-year know the follow-ups", () => {
  it("status lists T1 and T2 with their states; new-year scaffolds both from last year's rows", async () => {
    const data = workspace({ insatser: -4600, personal: -1950 }, () => {});
    const site = await build(data);
    const states = Object.fromEntries(yearStatus(site, "jamtland", 2025).map((s) => [s.id, s.state]));
    expect(states).toMatchObject({ "uppfoljning-t1": "saknas", "uppfoljning-t2": "utkast", arsredovisning: "antagen" });

    const documents = loadData(data, { kinds: documentKinds, proseDir: prose }).find((f) => f.slug === "jamtland")!.documents;
    const planned = scaffoldFiles({ dataDir: data, slug: "jamtland", year: 2026, documents });
    const stub = planned.find((p) => p.kind === "uppfoljning-t2")!;
    expect(stub.text).toContain("$schema=../../../schemas/uppfoljning.schema.json");
    const parsed = parseDocument(stub.text).toJS();
    expect(parsed.tertial).toBe(2);
    expect(parsed.kostnader.rows.map((r: { id: string }) => r.id)).toEqual(["insatsfinansiering", "personalkostnader", "drift_aktiviteter"]);
    expect(JSON.stringify(parsed)).not.toMatch(/utfall|prognos"/);
    expect(planned.find((p) => p.kind === "uppfoljning-t1")).toBeDefined();
  });
});

describe("the example's T2 2025", () => {
  it("is what the SIE and register imports make of the generated exports: importing them again changes nothing", async () => {
    const data = copyOfData(join(projectRoot, "data"));
    const proseDir = join(data, "..", "prose");
    mkdirSync(proseDir);
    cpSync(join(projectRoot, "content/prose"), proseDir, { recursive: true });
    cpSync(join(projectRoot, "tests/fixtures/sie/kontoplan.yaml"), join(data, "jamtland/kontoplan.yaml"));
    const file = join(temporaryDir("finsam-sie-"), "jamtland-2025-08.se");
    const sie = periodExport({ year: 2025, ...jamtlandIdentity, through: 8, style: "psaldo", accounts: jamtland2025Months });
    writeFileSync(file, writeSie(sie, { encoding: "cp437" }));
    const report = importSie({ dataDir: data, proseDir, file, slug: "jamtland", tertial: 2 });
    expect(report.lines.at(-1)).toMatch(/^Inga ändringar/);
    // Its deltagare: a register exported on 10 September 2025, generated (tests/helpers/register.ts).
    const register = join(temporaryDir("finsam-register-"), "deltagare-2025-09.csv");
    writeFileSync(register, toCsv(registerRows(generateModel(20250910, 200, 0, "2025-09-10"), { seed: 5 })));
    const counted = await importRegister({ dataDir: data, proseDir, file: register, slug: "jamtland", year: 2025, tertial: 2, today: "2025-09-10" });
    expect(counted.lines.at(-1)).toMatch(/^Inga ändringar/);
    const example = "jamtland/2025/uppfoljning-t2.yaml";
    expect(readFileSync(join(data, example), "utf8")).toBe(readFileSync(join(projectRoot, "data", example), "utf8"));
  });

  it("gives the eget kapital the Verksamhetsplan 2026–2028 states for the end of 2026 (2 654 tkr)", async () => {
    const site = await loadSite(join(projectRoot, "data"), { proseDir: join(projectRoot, "content/prose"), charts: false });
    const t2 = site.documents.find((d) => d.forbundSlug === "jamtland" && d.id === "uppfoljning-t2")!;
    expect(t2.draft).toBe(false);
    expect(site.findings.filter((f) => f.rule === "prognos-plan" || f.document.startsWith(t2.title))).toEqual([]);
    expect(equity2026(site).closing).toBe(2_654_000);
  });
});
