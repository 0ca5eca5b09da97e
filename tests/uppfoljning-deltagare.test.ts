// Participants and resultatmål in a tertialuppföljning: `npm run import -- deltagare … --tertial 2`
// counts a register of the whole year only to 31 August (against a count made from the generated
// model, tests/helpers/register.ts), per insats by the plan's ids; the follow-up prints them and
// reads a goal's value from them; a goal the plan lacks is a fel (uppfoljning-mal).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { tablesOf } from "../src/documents/body.ts";
import { importRegister } from "../src/import/register-command.ts";
import { ImportError } from "../src/import/year-files.ts";
import { loadSite } from "../src/model/site.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";
import { expectedCounts, generateModel, INSATSER, registerRows, toCsv } from "./helpers/register.ts";

const prose = join(projectRoot, "tests/fixtures/seeds/prose");
const t2 = `tertial: 2
intakter:
  rows: [{ id: medlemsbidrag, label: Medlemsbidrag, plan_line: intakter, utfall: 6171 }]
kostnader:
  rows: [{ id: insatsfinansiering, label: Insatsfinansiering, plan_line: finansiering, utfall: -2960, prognos: -4600 }]
finansiella_poster:
  rows: [{ id: finansiella_poster, label: Finansiella poster, plan_line: finansiella, utfall: -52, prognos: "-" }]
resultatmal:
  - { goal: antal-deltagare, from: deltagare.enrolled.total }
`;

/** The seeds' data with a T2 2025; with `insatser`, the 2025 plan lists the generated register's insatser. */
function workspace(insatser: boolean) {
  const data = copyOfData();
  writeFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), t2);
  if (insatser) {
    const file = join(data, "jamtland/2025/verksamhetsplan.yaml");
    const list = INSATSER.map((i) => `  - { id: ${i.id}, name: ${i.name}, group: Insatser }`).join("\n");
    writeFileSync(file, `${readFileSync(file, "utf8").replace(/^insatser:.*$/m, "")}\ninsatser:\n${list}\n`);
  }
  return data;
}

// A register of the whole of 2025, exported in January 2026: the follow-up must not see September–December.
const model = generateModel(20251231, 160, 0, "2025-12-31");
const register = join(temporaryDir("finsam-register-"), "deltagare.csv");
writeFileSync(register, toCsv(registerRows(model, { seed: 9 })));
const split = (s: { total: number; women: number; men: number }) => ({ total: s.total, women: s.women, men: s.men });

describe("npm run import -- deltagare --tertial", () => {
  it("counts the year only to the tertial's end, for the förbund and per insats of the plan", async () => {
    const data = workspace(true);
    await importRegister({ dataDir: data, proseDir: prose, file: register, slug: "jamtland", year: 2025, tertial: 2, today: "2026-01-15" });
    const written = parse(readFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), "utf8")).deltagare;
    const expected = expectedCounts(model, 2025, true, "2025-08-31");
    const fullYear = expectedCounts(model, 2025, true).total;
    for (const key of ["enrolled", "new", "ended"] as const) expect(written[key], key).toEqual(split(expected.total[key]));
    // The cut matters: the whole year has more.
    expect(fullYear.ended.total).toBeGreaterThan(expected.total.ended.total);
    for (const insats of INSATSER) {
      for (const key of ["enrolled", "new", "ended"] as const)
        expect(written.insatser[insats.id][key], `${insats.id} ${key}`).toEqual(split(expected.insatser[insats.id]![key]));
    }

    const site = await loadSite(data, { proseDir: prose, charts: false });
    const document = site.documents.find((d) => d.id === "uppfoljning-t2")!;
    const tables = tablesOf(document.body);
    const deltagare = tables.find((t) => t.caption === "Deltagare januari–augusti 2025")!;
    expect(deltagare.rows.map((r) => r.header?.text)).toEqual([...INSATSER.map((i) => i.name), "Förbundet (varje deltagare en gång)"]);
    // The goal "Minst 250 deltagare" reads its value from the count so far.
    const goals = tables.find((t) => t.caption === "Resultatmål 2025 hittills")!;
    const goal = goals.rows.find((r) => r.id?.endsWith("resultatmal-antal-deltagare"))!;
    expect(goal.cells[1]!.text).toBe(String(expected.total.enrolled.total));
    expect(goal.cells[2]!.text).toBe(`${Math.round((expected.total.enrolled.total / 250) * 100)}\u00a0% av målvärdet hittills`);
    // Survey goals are followed up once a year.
    expect(goals.rows.filter((r) => r.cells[2]!.text.startsWith("Följs upp årligen")).length).toBeGreaterThan(3);
  });

  it("without insatser in the plan writes the förbund's counts only; before the period has ended it refuses", async () => {
    const data = workspace(false);
    await importRegister({ dataDir: data, proseDir: prose, file: register, slug: "jamtland", year: 2025, tertial: 2, today: "2026-01-15" });
    expect(parse(readFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), "utf8")).deltagare.insatser).toEqual({});
    const before = readFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), "utf8");
    await expect(
      importRegister({ dataDir: data, proseDir: prose, file: register, slug: "jamtland", year: 2025, tertial: 2, today: "2025-08-20" }),
    ).rejects.toThrow(ImportError);
    expect(readFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), "utf8")).toBe(before);
  });
});

describe("uppfoljning-mal", () => {
  it("a goal the year's plan has is followed up; one it lacks is a fel at the entry", async () => {
    const data = workspace(false);
    const ok = await loadSite(data, { proseDir: prose, charts: false });
    expect(ok.findings.filter((f) => f.rule === "uppfoljning-mal")).toEqual([]);
    writeFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), `${t2}  - { goal: antal-besok, value: 3 }\n`);
    const wrong = await loadSite(data, { proseDir: prose, charts: false });
    expect(wrong.findings.filter((f) => f.rule === "uppfoljning-mal").map((f) => [f.path, f.severity])).toEqual([["resultatmal.1.goal", "fel"]]);
  });
});
