// The granskning of a tertialuppföljning: for each of its rules, a follow-up that passes and one
// that fails, built with the seeds' Jämtland 2025 (its verksamhetsplan gives the årsbudget, its
// driftsredovisning the year's final utfall): uppfoljning-period, uppfoljning-bokforing,
// uppfoljning-utfall, uppfoljning-budget, and summa on a stated total.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/checks/finding.ts";
import { loadSite } from "../src/model/site.ts";
import { copyOfData, projectRoot } from "./helpers/build.ts";

// The follow-ups as the SIE import writes them from tests/helpers/sie-period.ts (T2: the example's
// figures), the prognoses typed, the insatsfinansiering's budget typed as the plan has it.
const followUp = (tertial: 1 | 2) => {
  const [to, utfall, sums] =
    tertial === 1
      ? [
          "2025-04-30",
          [4114, -1480, -595, -228, -26],
          "{ medlemsbidrag: 4114000, insatsfinansiering: -1480000, personalkostnader: -595000, drift_aktiviteter: -227501.6, finansiella_poster: -26000 }",
        ]
      : [
          "2025-08-31",
          [6171, -2960, -1190, -455, -52],
          "{ medlemsbidrag: 6171000, insatsfinansiering: -2960000, personalkostnader: -1190000, drift_aktiviteter: -455003.2, finansiella_poster: -52000 }",
        ];
  return `tertial: ${tertial}
intakter:
  label: Verksamhetens intäkter
  sum_label: Summa intäkter
  rows:
    - id: medlemsbidrag
      label: Medlemsbidrag
      plan_line: intakter
      utfall: ${utfall[0]}
    - id: ovriga_intakter
      label: Övriga intäkter
      budget: "-"
      utfall: "-"
kostnader:
  label: Verksamhetens kostnader
  sum_label: Summa verksamhetskostnader
  rows:
    - id: insatsfinansiering
      label: Insatsfinansiering
      plan_line: finansiering
      budget: -5254
      utfall: ${utfall[1]}
      prognos: -4600
    - id: personalkostnader
      label: Personalkostnader
      plan_line: personalkostnader
      utfall: ${utfall[2]}
      prognos: -1950
    - id: drift_aktiviteter
      label: Driftskostnader och Aktivitetskostnader
      plan_line: ovriga-kostnader
      utfall: ${utfall[3]}
      prognos: -770
  stated_sum: { prognos: -7320 }
finansiella_poster:
  rows:
    - id: finansiella_poster
      label: Finansiella poster
      plan_line: finansiella
      utfall: ${utfall[4]}
period: { from: 2025-01-01, to: ${to} }
bokforing:
  file: jamtland-2025.se
  sha256: ${"ab".repeat(32)}
  source: "#PSALDO"
  to: ${to}
  sums: ${sums}
`;
};

/** The uppfoljning findings (not the roundings) of each follow-up, built from the seeds with these files. */
async function findingsOf(t1: string, t2: string) {
  const data = copyOfData();
  writeFileSync(join(data, "jamtland/2025/uppfoljning-t1.yaml"), t1);
  writeFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), t2);
  const site = await loadSite(data, { proseDir: join(projectRoot, "tests/fixtures/seeds/prose"), charts: false });
  const of = (tertial: 1 | 2) =>
    site.findings
      .filter((f) => f.kind === "uppfoljning" && f.file.endsWith(`uppfoljning-t${tertial}.yaml`) && f.severity !== "notering")
      .map((f: Finding) => ({ rule: f.rule, severity: f.severity, path: f.path }));
  return { 1: of(1), 2: of(2) };
}

const t1 = followUp(1);
const t2 = followUp(2);

describe("the granskning of a tertialuppföljning", () => {
  it("finds nothing in follow-ups that hold together (period, bokföring, growth, the plan's budget, the stated prognos total)", async () => {
    expect(await findingsOf(t1, t2)).toEqual({ 1: [], 2: [] });
  });

  it.each([
    ["uppfoljning-period", "fel", "period.to", (text: string) => text.replace("to: 2025-08-31 }", "to: 2025-08-30 }")],
    ["uppfoljning-period", "fel", "bokforing.to", (text: string) => text.replace("  to: 2025-08-31\n", "  to: 2025-04-30\n")],
    ["uppfoljning-bokforing", "fel", "kostnader.rows.1.utfall", (text: string) => text.replace("utfall: -1190", "utfall: -1191")],
    ["uppfoljning-budget", "fel", "kostnader.rows.0.budget", (text: string) => text.replace("budget: -5254", "budget: -5300")],
    ["summa", "fel", "kostnader.stated_sum.prognos", (text: string) => text.replace("prognos: -7320", "prognos: -7420")],
    // More than the driftsredovisning 2025's −1 776 for the whole year (the bokföring agreeing).
    [
      "uppfoljning-utfall",
      "varning",
      "kostnader.rows.1.utfall",
      (text: string) => text.replace("utfall: -1190", "utfall: -1900").replace("personalkostnader: -1190000", "personalkostnader: -1900000"),
    ],
  ] as const)("%s (%s) at %s in a T2 that breaks it, and only there", async (rule, severity, path, change) => {
    const changed = change(t2);
    expect(changed).not.toBe(t2);
    const findings = await findingsOf(t1, changed);
    expect(findings[2]).toEqual([{ rule, severity, path }]);
    expect(findings[1]).toEqual([]);
  });

  it("uppfoljning-utfall: a T1 with more than the T2 (the T2 agreeing with the year)", async () => {
    const more = t1.replace("utfall: -595", "utfall: -1300").replace("personalkostnader: -595000", "personalkostnader: -1300000");
    expect(await findingsOf(more, t2)).toEqual({ 1: [{ rule: "uppfoljning-utfall", severity: "varning", path: "kostnader.rows.1.utfall" }], 2: [] });
  });

  it("uppfoljning-utfall: a row at 0 (nothing booked yet) is not more than the year's; a wrong sign is", async () => {
    const zero = t1.replace("utfall: -228", "utfall: 0").replace("drift_aktiviteter: -227501.6", "drift_aktiviteter: 0");
    const sign = t1.replace("utfall: -228", "utfall: 228").replace("drift_aktiviteter: -227501.6", "drift_aktiviteter: 227501.6");
    expect((await findingsOf(zero, t2))[1]).toEqual([]);
    expect((await findingsOf(sign, t2))[1]).toEqual([
      { rule: "uppfoljning-utfall", severity: "varning", path: "kostnader.rows.2.utfall" },
      { rule: "uppfoljning-utfall", severity: "varning", path: "kostnader.rows.2.utfall" },
    ]);
  });

  it("uppfoljning-utfall does not apply to the finansiella poster, which may shrink", async () => {
    const financial = t2.replace("utfall: -52", "utfall: -500").replace("finansiella_poster: -52000", "finansiella_poster: -500000");
    expect((await findingsOf(t1, financial))[2]).toEqual([]);
  });
});
