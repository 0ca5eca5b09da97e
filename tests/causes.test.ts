// One mistake, one cause line (src/checks/causes.ts), and the tolerance a stated total is held to
// (src/compute/stated.ts roundingAllowance).
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupCauses, valueYear } from "../src/checks/causes.ts";
import type { Finding } from "../src/checks/finding.ts";
import { summarizeFindings, textReport } from "../src/checks/report.ts";
import { approximateAllowance, roundingAllowance } from "../src/compute/stated.ts";
import { commonSuspect, mistakeKind, suspectParts } from "../src/compute/suspect-part.ts";
import { loadSite } from "../src/model/site.ts";
import { projectRoot, temporaryDir } from "./helpers/build.ts";

const finding = (over: Partial<Finding>): Finding => ({
  rule: "summa",
  severity: "fel",
  document: "Test",
  file: "x.yaml",
  line: 1,
  path: "a.stated.2025",
  stated: 1,
  computed: 0,
  difference: 1,
  message: "m",
  forbund: "f",
  year: 2025,
  kind: "arsredovisning",
  ...over,
});

describe("grouping findings that share a cause", () => {
  it("puts findings with the same förbund, value year and difference under the first place written", () => {
    const found = groupCauses([
      finding({ path: "resultatrakning.entries.4.stated.2024", line: 30, parts: 5, difference: 35 }),
      finding({ path: "resultatrakning.entries.3.stated.2024", line: 29, parts: 3, difference: -35 }),
      finding({ path: "kostnader.stated_sum.utfall.2024", line: 50, parts: 3, difference: 35, kind: "driftsredovisning" }),
      finding({ path: "noter.1.stated_sum.2025", difference: 35 }),
      finding({ path: "x.stated.2024", difference: 35, forbund: "annat" }),
    ]);
    expect(found.map((f) => f.cause?.role)).toEqual(["foljd", "foljd", "orsak", undefined, undefined]);
    // The driftsredovisning is read by the årsredovisning: the wrong value was written there first.
    expect(new Set(found.slice(0, 3).map((f) => f.cause?.group)).size).toBe(1);
  });

  it("prefers the lower sum, and a total against its own rows over a line quoting another table's", () => {
    const [note, line] = groupCauses([
      finding({ path: "balansrakning.entries.14.values.2024", line: 386, parts: 5, difference: 134 }),
      finding({ path: "noter.4.stated_sum.2024", line: 468, parts: 5, difference: 134 }),
    ]);
    expect([note!.cause?.role, line!.cause?.role]).toEqual(["foljd", "orsak"]);
  });

  it("leaves counts of people, shares and single findings alone", () => {
    const found = groupCauses([
      finding({ quantity: "count", difference: 3 }),
      finding({ quantity: "count", difference: 3, path: "b.stated.2025" }),
      finding({ difference: 7 }),
    ]);
    expect(found.every((f) => f.cause === undefined)).toBe(true);
    expect(valueYear(finding({ path: "overview.values.2023.arets_resultat" }))).toBe("2023");
    expect(valueYear(finding({ path: "title", year: 2026 }))).toBe("2026");
  });

  it("counts each mistake once in the summary and names the cause of each följd in the text report", () => {
    const found = groupCauses([finding({ parts: 2 }), finding({ path: "b.stated.2025", parts: 4 }), finding({ severity: "varning", difference: 9 })]);
    expect(summarizeFindings(found)).toBe("Granskning: 1 fel (och 1 följdfel), 1 varningar, 0 noteringar");
    expect(textReport(found)).toContain("orsak till 1 följder med samma differens");
    expect(textReport(found)).toContain("följd av x.yaml:1 a.stated.2025");
  });

  it("turns one flipped sign in a driftsredovisning row into one fel with its följder", async () => {
    const data = join(temporaryDir(), "data");
    cpSync(join(projectRoot, "tests/fixtures/seeds/data"), data, { recursive: true });
    const before = await loadSite(data, { charts: false });
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("utfall: { 2025: -4447, 2024: -6134 }", "utfall: { 2025: 4447, 2024: -6134 }"));
    const after = await loadSite(data, { charts: false });
    const distinct = (site: typeof before) => site.findings.filter((f) => f.severity === "fel" && f.cause?.role !== "foljd").length;
    const all = (site: typeof before) => site.findings.filter((f) => f.severity === "fel").length;
    expect(all(after) - all(before)).toBeGreaterThan(10);
    expect(distinct(after) - distinct(before)).toBe(1);
    // The totals agree with each other; the one part that explains them all is where the cause is put.
    const orsak = after.findings.find((f) => f.cause?.role === "orsak" && f.path.startsWith("kostnader.rows"))!;
    expect(orsak).toMatchObject({ path: "kostnader.rows.0.utfall.2025", kind: "driftsredovisning", stated: 4447, computed: -4447 });
    expect(orsak.message).toContain("omvänt tecken");
    expect(orsak.file).toMatch(/driftsredovisning\.yaml$/);
    expect(orsak.line).toBeGreaterThan(0);
  });
});

describe("the part a group of totals points to", () => {
  it("names a slip a hand makes: sign, a thousand times, one digit, two neighbours swapped", () => {
    expect(mistakeKind(4447, -4447)).toBe("sign");
    expect(mistakeKind(-652000, -652)).toBe("thousand");
    expect(mistakeKind(-1786, -1776)).toBe("digit");
    expect(mistakeKind(-4474, -4447)).toBe("transposed");
    expect(mistakeKind(-4474, -4000)).toBeUndefined();
    expect(mistakeKind(120, 1200)).toBeUndefined();
  });

  it("is the one part that explains every sum's difference, or none where several could", () => {
    const parts = [
      { path: ["a"], value: -1786 },
      { path: ["b"], value: -4447 },
    ];
    // +10: −1786 → −1776 and −4447 → −4437 are both one digit off: the data cannot tell.
    expect(suspectParts(parts, 10).map((s) => s.path)).toEqual([["a"], ["b"]]);
    // A note that has only one of them (printed without its sign) settles it.
    const fromNote = suspectParts([{ path: ["note", "row"], value: 1786 }], -10);
    expect(commonSuspect(suspectParts(parts, 10), [fromNote])?.path).toEqual(["a"]);
    expect(commonSuspect(suspectParts(parts, 10), [])).toBeUndefined();
  });
});

describe("the rounding a stated total is allowed", () => {
  it("is none where every part is a whole step: a budget of whole thousands sums exactly", () => {
    expect(roundingAllowance([4_121_000, -2_960_000, null], 1000)).toBe(0);
    expect(roundingAllowance([7, 12, -3], 1)).toBe(0);
  });

  it("is half a step per part rounded from finer figures, at most one step", () => {
    expect(roundingAllowance([2_060_500], 1000)).toBe(500);
    expect(roundingAllowance([2_060_500, 1000, 2000], 1000)).toBe(1000);
    expect(roundingAllowance(1)).toBe(0.5);
    expect(roundingAllowance(9)).toBe(1);
    expect(roundingAllowance(0)).toBe(0);
  });

  it("lets a 'ca' figure be off as far as it is written, and never less than 5 %", () => {
    // "0,3 m.kr" in a plan in kronor: written to 100 000 kr.
    expect(approximateAllowance(300_000, { precision: 100_000 })).toBe(50_000);
    // "ca 300": 5 %.
    expect(approximateAllowance(300)).toBe(15);
    expect(approximateAllowance(300, { precision: 1 })).toBe(15);
    // "ca 10 %": one percentage point.
    expect(approximateAllowance(0.1, { share: true })).toBe(0.01);
  });
});
