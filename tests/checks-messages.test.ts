// What a finding says: the what first, then the numbers written as what they are (an amount with
// the document's unit, people without one), and a gap the data explains said as such.
import { describe, expect, it } from "vitest";
import { type Finding, findingValues, formatFinding } from "../src/checks/finding.ts";
import { statedTotalFindings } from "../src/checks/stated-totals.ts";
import { computeOverview } from "../src/compute/arsredovisning/overview.ts";
import type { ComputedStatement } from "../src/compute/arsredovisning/statements.ts";
import { compareStated } from "../src/compute/stated.ts";
import type { YamlSource } from "../src/data/yaml-source.ts";
import type { Arsredovisning } from "../src/schemas/arsredovisning/index.ts";

const source: YamlSource = { file: "x.yaml", value: {}, lineOf: () => 7, valueAt: () => ({ found: false }) };
const ref = { label: "Årsredovisning 2025 (Test)", url: "/t/2025/arsredovisning/", id: "arsredovisning" };

describe("the words and numbers of a finding", () => {
  it("writes people as counts, amounts with the unit, and the what before the numbers", () => {
    const [people] = statedTotalFindings(
      [compareStated(["participants", "years", "2024", "enrolled", "total"], 292, 290, 0, { description: "enrolled 2024", quantity: "count" })],
      source,
      ref,
      "tkr",
    );
    expect(findingValues(people!)).toBe("angivet 292, beräknat 290, differens 2");
    const [amount] = statedTotalFindings([compareStated(["noter", 4, "stated_sum", "2024"], 3219, 3085, 5, { description: "Not 5 2024" })], source, ref, "tkr");
    expect(formatFinding(amount!)).toBe(
      "fel: x.yaml:7 noter.4.stated_sum.2024: Not 5 2024 (angivet 3\u00a0219 tkr, beräknat 3\u00a0085 tkr, differens 134 tkr)",
    );
  });

  it("leaves out the numbers of a finding that compares none", () => {
    const finding: Finding = { rule: "data", severity: "fel", document: "d", file: "x.yaml", path: "a", stated: null, computed: null, message: "saknas" };
    expect(formatFinding(finding)).toBe("fel: x.yaml a: saknas");
  });

  it("calls an overview result off by the year's financial items a varning that says so", () => {
    const data = {
      overview: { years: [2025, 2024], values: { "2024": { intakter: 8484, kostnader: 9044, arets_resultat: -594 } } },
    } as unknown as Arsredovisning;
    const resultatrakning = { years: [2025, 2024], byId: { finansiella: { "2024": -34 } } } as unknown as ComputedStatement;
    const { stated } = computeOverview(data, 2025, "tkr", resultatrakning);
    const [finding] = statedTotalFindings(stated, source, ref, "tkr");
    expect(finding).toMatchObject({ severity: "varning", difference: -34 });
    expect(finding!.message).toBe(
      "Årets resultat 2024 mot intäkter − kostnader: skillnaden är årets finansiella poster (−34 tkr), kostnaderna är skrivna utan dem",
    );
    // The same gap where the financial items are something else stays a fel.
    const other = { years: [2025, 2024], byId: { finansiella: { "2024": -10 } } } as unknown as ComputedStatement;
    expect(statedTotalFindings(computeOverview(data, 2025, "tkr", other).stated, source, ref, "tkr")[0]).toMatchObject({ severity: "fel" });
  });
});
