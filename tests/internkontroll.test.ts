// The internkontrollplan: its schema (Swedish problems at the place), riskvärde and level, the table,
// the document's body and checklist; the tertialuppföljning's follow-up of the plan's controls
// (rows, problems, table) and the rules internkontroll-risk and internkontroll-status; and the example.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { internkontrollFindings } from "../src/checks/internkontroll.ts";
import { computeInternkontrollplan, internkontrollFollowUp, riskLevel, risksInOrder, riskThresholds } from "../src/compute/internkontroll.ts";
import { formatProblem } from "../src/data/problem.ts";
import { parseYamlSource, type YamlSource } from "../src/data/yaml-source.ts";
import { zodProblems } from "../src/data/zod-problems.ts";
import { kindByName } from "../src/documents/index.ts";
import { internkontrollChecklist, internkontrollplan } from "../src/documents/internkontrollplan.ts";
import { internkontrollFollowUpBlocks } from "../src/documents/internkontrollplan-body.ts";
import type { BuildContext } from "../src/documents/kind.ts";
import { forbundSchema } from "../src/schemas/index.ts";
import { type Internkontrollplan, internkontrollplanSchema, internkontrollStatusSchema } from "../src/schemas/internkontrollplan.ts";
import { csvRows } from "../src/tables/csv.ts";
import { internkontrollFollowUpTable, internkontrollplanTable } from "../src/tables/internkontroll.ts";
import { projectRoot } from "./helpers/build.ts";

const source: YamlSource = { file: "test.yaml", value: {}, lineOf: (path) => path.length, valueAt: () => ({ found: false }) };
const fiktiv = forbundSchema.parse(parse(readFileSync(join(projectRoot, "tests/fixtures/plan-fiktiv/data/fiktiv/forbund.yaml"), "utf8")));
const context = (id: string, year: number): BuildContext => ({
  slug: "fiktiv",
  forbund: fiktiv,
  year,
  id,
  source,
  unit: "tkr",
  siblings: [],
  prose: [],
  document: { label: `${id} ${year}`, url: `/fiktiv/${year}/${id}/`, id },
});

const risk = (id: string, sannolikhet: number, konsekvens: number, follow_up: string[], extra: Record<string, unknown> = {}) => ({
  id,
  area: "Ekonomi",
  risk: `Risken ${id}`,
  sannolikhet,
  konsekvens,
  control: `Kontroll av ${id}`,
  responsible: "Förbundschef",
  follow_up,
  ...extra,
});
const planRaw = (change: (raw: Record<string, any>) => void = () => {}) => {
  const raw: Record<string, any> = {
    decided: "2026-11-27",
    risks: [
      risk("attest", 2, 4, ["t1", "t2"], { method: "Stickprov" }),
      risk("bemanning", 3, 3, ["t1", "t2", "arsredovisning"]),
      risk("jav", 1, 3, ["arsredovisning"]),
      risk("prognos", 2, 2, ["t2"]),
    ],
  };
  change(raw);
  return raw;
};
const plan = (change?: (raw: Record<string, any>) => void): Internkontrollplan => internkontrollplanSchema.parse(planRaw(change));
const issues = (raw: unknown) => (internkontrollplanSchema.safeParse(raw).error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("the internkontrollplan's schema", () => {
  it("defaults the scale to 4 and follow_up to none", () => {
    const parsed = plan((raw) => delete raw.risks[0].follow_up);
    expect(parsed.scale).toBe(4);
    expect(parsed.risks[0]!.follow_up).toEqual([]);
  });

  it("refuses, in Swedish at the place: an id twice, a grade beyond the scale, a follow-up twice or unknown, a missing responsible", () => {
    expect(issues(planRaw((raw) => (raw.risks[1].id = "attest")))).toEqual([["risks.1.id", "väntade ett unikt id, fann attest två gånger"]]);
    expect(issues(planRaw((raw) => (raw.risks[0].konsekvens = 5)))).toEqual([["risks.0.konsekvens", "väntade högst 4 (planens skala), fann 5"]]);
    expect(
      issues(
        planRaw((raw) => {
          raw.scale = 5;
          raw.risks[0].konsekvens = 5;
        }),
      ),
    ).toEqual([]);
    expect(issues(planRaw((raw) => (raw.risks[0].sannolikhet = 0)))).toEqual([["risks.0.sannolikhet", "väntade minst 1"]]);
    expect(issues(planRaw((raw) => (raw.risks[0].follow_up = ["t1", "t1"])))).toEqual([
      ["risks.0.follow_up.1", "väntade varje uppföljning en gång, fann t1 två gånger"],
    ]);
    expect(issues(planRaw((raw) => (raw.risks[0].follow_up = ["t3"])))).toEqual([["risks.0.follow_up.0", "väntade t1, t2 eller arsredovisning"]]);
    expect(issues(planRaw((raw) => delete raw.risks[2].responsible))).toEqual([["risks.2.responsible", "väntade en text"]]);
  });

  it("gives file:line path: message through the loader's problems", () => {
    const text = "risks:\n  - id: a\n    area: Ekonomi\n    risk: R\n    sannolikhet: 9\n    konsekvens: 1\n    responsible: Förbundschef\n";
    const { source: yaml } = parseYamlSource("internkontrollplan.yaml", text);
    const error = internkontrollplanSchema.safeParse(yaml!.value).error!;
    expect(zodProblems(error, yaml!).map(formatProblem)).toEqual(["internkontrollplan.yaml:5 risks.0.sannolikhet: väntade högst 4 (planens skala), fann 9"]);
  });

  it("the follow-up's statuses: one per risk, of the three statuses", () => {
    expect(internkontrollStatusSchema.safeParse([{ risk: "attest", status: "avvikelse", comment: "Två fakturor utan attest." }]).success).toBe(true);
    const twice = internkontrollStatusSchema.safeParse([
      { risk: "attest", status: "avvikelse" },
      { risk: "attest", status: "utan_anmarkning" },
    ]);
    expect(twice.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["1.risk", "väntade en status per risk, fann attest två gånger"]]);
    const unknown = internkontrollStatusSchema.safeParse([{ risk: "attest", status: "klar" }]);
    expect(unknown.error?.issues.map((i) => i.message)).toEqual(["väntade utan_anmarkning, avvikelse eller ej_genomford"]);
  });
});

describe("riskvärde and level", () => {
  it("is sannolikhet × konsekvens; on a 4-scale ≤ 4 låg, 5–8 medel, 9–16 hög", () => {
    expect(riskThresholds(4)).toEqual({ lag: 4, medel: 8 });
    expect([1, 4, 5, 8, 9, 16].map((v) => riskLevel(v, 4))).toEqual(["lag", "lag", "medel", "medel", "hog", "hog"]);
    // A 5-scale (1–25): låg to 6, medel to 12.
    expect(riskThresholds(5)).toEqual({ lag: 6, medel: 12 });
    const computed = computeInternkontrollplan(plan());
    expect(risksInOrder(computed).map((r) => [r.id, r.riskvarde, r.level])).toEqual([
      ["attest", 8, "medel"],
      ["bemanning", 9, "hog"],
      ["jav", 3, "lag"],
      ["prognos", 4, "lag"],
    ]);
    expect(computed.levels).toEqual({ hog: 1, medel: 1, lag: 2 });
    expect(computed.risks.bemanning!.riskvarde).toBe(9);
  });

  it("keeps the plan's order, also for ids a record would sort", () => {
    const computed = computeInternkontrollplan(
      plan((raw) => {
        raw.risks[0].id = "2";
        raw.risks[1].id = "1";
      }),
    );
    expect(risksInOrder(computed).map((r) => r.id)).toEqual(["2", "1", "jav", "prognos"]);
  });
});

describe("the internkontrollplan's table and page", () => {
  it("has the risk matrix's columns, the level with the riskvärde, and the method after the control", () => {
    const table = internkontrollplanTable(computeInternkontrollplan(plan()), { caption: "Internkontrollplan 2027", anchorPrefix: "internkontrollplan" });
    const csv = csvRows(table);
    expect(csv[0]).toEqual(["Område", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde och risknivå", "Kontrollmoment", "Ansvarig", "Uppföljning"]);
    expect(csv[1]).toEqual(["Ekonomi", "Risken attest", "2", "4", "8 (medel)", "Kontroll av attest. Metod: Stickprov", "Förbundschef", "T1, T2"]);
    expect(csv[2]![7]).toBe("T1, T2, Årsredovisning");
    expect(table.rows[1]!.id).toBe("internkontrollplan-risk-bemanning");
  });

  it("titles itself by the year, explains the riskvärde before the table, and has no checklist once adopted", () => {
    const built = internkontrollplan.build(plan(), context("internkontrollplan", 2027));
    expect(built.title).toBe("Internkontrollplan 2027");
    expect(built.decided).toBe("2026-11-27");
    expect(built.body.map((b) => b.type)).toEqual(["heading", "paragraph", "table"]);
    const text = (built.body[1] as { text: string }).text;
    expect(text).toContain("Riskvärdet är sannolikhet × konsekvens, från 1 till 16: 1–4 är låg, 5–8 medel och 9–16 hög risknivå.");
    expect(text).toContain("Av planens 4 risker har 1 hög, 1 medel och 2 låg risknivå.");
    expect(built.checklist).toEqual([]);
    expect(built.findings).toEqual([]);
  });

  it("an utkast lists each risk without a control or a follow-up", () => {
    const draft = plan((raw) => {
      delete raw.decided;
      delete raw.risks[1].control;
      raw.risks[3].follow_up = [];
    });
    const built = internkontrollplan.build(draft, context("internkontrollplan", 2027));
    expect(built.checklist).toEqual([
      { path: ["risks", 1], text: "kontrollmoment saknas för risken bemanning (Ekonomi)" },
      { path: ["risks", 3], text: "uppföljning (follow_up: t1, t2, arsredovisning) saknas för risken prognos (Ekonomi)" },
    ]);
  });

  it("is a registered kind", () => {
    expect(kindByName("internkontrollplan")?.label).toBe("Internkontrollplan");
  });
});

describe("the tertialuppföljning's follow-up of the plan", () => {
  it("has a row per control scheduled for the tertial, with its status or none, and a reported one beyond the plan", () => {
    const followUp = internkontrollFollowUp(
      plan(),
      [
        { risk: "attest", status: "avvikelse", comment: "En faktura utan attest." },
        { risk: "jav", status: "utan_anmarkning" },
        { risk: "okand", status: "ej_genomford" },
      ],
      1,
    );
    expect(followUp.rows.map((r) => [r.risk.id, r.scheduled, r.status])).toEqual([
      ["attest", true, "avvikelse"],
      ["bemanning", true, null],
      ["jav", false, "utan_anmarkning"],
    ]);
    expect(followUp.problems).toEqual([
      { kind: "unknown-risk", risk: "okand", statusIndex: 2 },
      { kind: "missing-status", risk: "bemanning", riskIndex: 1 },
      { kind: "not-scheduled", risk: "jav", statusIndex: 1, riskIndex: 2, followUp: ["arsredovisning"] },
    ]);
    expect(internkontrollChecklist(followUp)).toEqual([
      { path: ["internkontroll"], text: "status saknas för internkontrollens risk bemanning (planerad till januari–april)" },
    ]);
  });

  it("its table says each status in words, Ej rapporterad for none, and marks a control beyond the plan", () => {
    const followUp = internkontrollFollowUp(
      plan(),
      [
        { risk: "attest", status: "utan_anmarkning" },
        { risk: "jav", status: "ej_genomford", comment: "Flyttas till hösten." },
      ],
      2,
    );
    const table = internkontrollFollowUpTable(followUp.rows, { caption: "Intern kontroll januari–augusti 2027", anchorPrefix: "uppfoljning-t2" });
    expect(csvRows(table).map((row) => [row[0], row[4], row[5]])).toEqual([
      ["Område", "Status", "Kommentar"],
      ["Ekonomi", "Utan anmärkning", ""],
      ["Ekonomi", "Ej rapporterad", ""],
      ["Ekonomi", "Ej genomförd (utöver planen för tertialet)", "Flyttas till hösten."],
      ["Ekonomi", "Ej rapporterad", ""],
    ]);
    expect(table.rows.map((r) => r.id)).toEqual([
      "uppfoljning-t2-internkontroll-attest",
      "uppfoljning-t2-internkontroll-bemanning",
      "uppfoljning-t2-internkontroll-jav",
      "uppfoljning-t2-internkontroll-prognos",
    ]);
    const blocks = internkontrollFollowUpBlocks(followUp, { year: 2027, anchorPrefix: "uppfoljning-t2" });
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "table"]);
    expect((blocks[1] as { text: string }).text).toContain("3 av planens kontrollmoment följs upp i tertialet (januari–augusti)");
    expect(internkontrollFollowUpBlocks(followUp, { year: 2027, anchorPrefix: "x", withHeading: false }).map((b) => b.type)).toEqual(["paragraph", "table"]);
    expect(internkontrollFollowUpBlocks(internkontrollFollowUp(undefined, [], 1), { year: 2027, anchorPrefix: "x" })).toEqual([]);
  });
});

describe("rules on the follow-up of the internkontrollplan", () => {
  const document = { label: "Tertialuppföljning 2027 (Fiktiv)", url: "/fiktiv/2027/uppfoljning-t2/", id: "uppfoljning-t2" };
  const all = [
    { risk: "attest", status: "utan_anmarkning" as const },
    { risk: "bemanning", status: "avvikelse" as const, comment: "Kansliet har inte hunnit med uppföljningen av insatserna." },
    { risk: "prognos", status: "utan_anmarkning" as const },
  ];
  const findings = (statuses: typeof all, options: { decided?: boolean; plan?: Internkontrollplan | undefined } = {}) =>
    internkontrollFindings(
      { statuses, tertial: 2, decided: options.decided ?? true, year: 2027, plan: "plan" in options ? options.plan : plan() },
      { source, document },
    );

  it("a complete follow-up has no findings", () => {
    expect(findings(all)).toEqual([]);
  });

  it("internkontroll-risk: a status for a risk the plan does not have is a fel, with the nearest id; one beyond the tertial a notering", () => {
    const typo = findings([...all.slice(0, 2), { risk: "prognoss", status: "utan_anmarkning" }, all[2]!]);
    expect(typo).toMatchObject([
      {
        rule: "internkontroll-risk",
        severity: "fel",
        path: "internkontroll.2.risk",
        file: "test.yaml",
        line: 3,
        message: "status för risken prognoss, som inte finns i internkontrollplanen 2027 — menade du prognos?",
      },
    ]);
    const beyond = findings([...all, { risk: "jav", status: "utan_anmarkning" }]);
    expect(beyond.map((f) => [f.rule, f.severity, f.path, f.message])).toEqual([
      [
        "internkontroll-risk",
        "notering",
        "internkontroll.3.risk",
        "risken jav (Ekonomi: Risken jav) följs enligt planen upp i Årsredovisning, inte i T2: statusen tas med, utöver internkontrollplanen 2027",
      ],
    ]);
    const noPlan = findings(all.slice(0, 1), { plan: undefined });
    expect(noPlan.map((f) => [f.severity, f.message])).toEqual([
      ["fel", "status för risken attest, men data/ har ingen internkontrollplan för 2027 (internkontrollplan.yaml i årets mapp)"],
    ]);
  });

  it("internkontroll-status: a scheduled control without a status is a varning once adopted, linked to its row; an utkast lists it instead", () => {
    const missing = findings([all[0]!, all[2]!]);
    expect(missing).toMatchObject([
      {
        rule: "internkontroll-status",
        severity: "varning",
        path: "internkontroll",
        url: "/fiktiv/2027/uppfoljning-t2/#uppfoljning-t2-internkontroll-bemanning",
        message: "kontrollmomentet för risken bemanning (Ekonomi: Risken bemanning) ska enligt internkontrollplanen 2027 följas upp i T2, men har ingen status",
      },
    ]);
    expect(findings([all[0]!, all[2]!], { decided: false })).toEqual([]);
  });
});

describe("the example: Jämtland's internkontrollplan 2026", () => {
  const file = join(projectRoot, "data/jamtland/2026/internkontrollplan.yaml");
  const { source: yaml } = parseYamlSource(file, readFileSync(file, "utf8"));
  const example = internkontrollplanSchema.parse(yaml!.value);

  it("is the plan adopted at the meeting of 2025-11-28 (§ 28), with the risk the protokoll adds, followed up at T1, T2 and in the årsredovisning", () => {
    expect(example.decided).toBe("2025-11-28");
    expect(example.decided_note).toMatch(/^Exempel: planens innehåll finns inte bland källdokumenten;/);
    expect(example.risks.find((r) => r.id === "verksamhetsforandring")?.risk).toMatch(/bemanning/);
    expect(new Set(example.risks.flatMap((r) => r.follow_up))).toEqual(new Set(["t1", "t2", "arsredovisning"]));
    expect(example.risks.every((r) => r.control && r.follow_up.length)).toBe(true);
    const protokoll = readFileSync(join(projectRoot, "data/jamtland/2025/protokoll-2025-11-28.yaml"), "utf8");
    expect(protokoll).toContain("Fastställande av internkontrollplan 2026");
  });

  it("builds: every risk with its level, no finding, no checklist", () => {
    const built = internkontrollplan.build(example, { ...context("internkontrollplan", 2026), source: yaml! });
    expect(built.title).toBe("Internkontrollplan 2026");
    expect(built.findings).toEqual([]);
    expect(built.checklist).toEqual([]);
    expect(computeInternkontrollplan(example).levels).toEqual({ hog: 1, medel: 4, lag: 1 });
  });
});
