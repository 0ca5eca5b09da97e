// `npm run check` in a child process: on the embedded examples it reports the seeds' known errors
// with rule, severity, file, line and path, and exits 1; on consistent data it finds nothing, exits 0.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/checks/finding.ts";
import { ruleById } from "../src/checks/rules.ts";
import { driftsredovisningOnly, projectRoot } from "./helpers/build.ts";

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", ...args], { cwd: projectRoot, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run check", () => {
  const examples = check("--format", "json");
  const findings = JSON.parse(examples.stdout) as Finding[];

  it("exits 1 on the examples: they have fel", () => {
    expect(examples.status).toBe(1);
    expect(findings.length).toBeGreaterThan(0);
  });

  it("reports Sollefteå's plan 2027 Kostnader totalt: −2 170 000 stated, −2 160 000 computed", () => {
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "summa",
        severity: "fel",
        document: "Verksamhetsplan 2026 (Sollefteå)",
        file: "data/solleftea/2026/verksamhetsplan.yaml",
        line: 67,
        path: "budget.summaries.0.stated.2027",
        stated: -2170000,
        computed: -2160000,
        difference: -10000,
        url: "/solleftea/2026/verksamhetsplan/#verksamhetsplan-budget-summaries-0",
      }),
    );
  });

  it("reports Jämtland's plan 2026 Årets resultat: −9 000 stated, +9 000 computed", () => {
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "summa",
        severity: "fel",
        document: "Verksamhetsplan 2026 (Jämtland)",
        file: "data/jamtland/2026/verksamhetsplan.yaml",
        line: 63,
        path: "budget.summaries.2.stated.2026",
        stated: -9000,
        computed: 9000,
        difference: -18000,
      }),
    );
  });

  it("gives every finding a catalogued rule, a severity, file, line, path and message", () => {
    for (const f of findings) {
      expect(ruleById(f.rule), f.rule).toBeDefined();
      expect(["fel", "varning", "notering"]).toContain(f.severity);
      expect(f.file).toMatch(/^data\/.+\.yaml$/);
      expect(f.line).toBeGreaterThan(0);
      expect(f.path.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(0);
    }
  });

  it("prints the same findings as text, with each rule's title", () => {
    const text = check();
    expect(text.status).toBe(1);
    // Each distinct mistake counted once: the följder of a cause apart.
    const fel = findings.filter((f) => f.severity === "fel" && f.cause?.role !== "foljd").length;
    const following = findings.filter((f) => f.severity === "fel" && f.cause?.role === "foljd").length;
    expect(following).toBeGreaterThan(0);
    expect(text.stdout).toMatch(new RegExp(`^Granskning: ${fel} fel \\(och ${following} följdfel\\), `, "m"));
    expect(text.stdout).toContain("fel [summa] Summor stämmer\n    data/solleftea/2026/verksamhetsplan.yaml:67 budget.summaries.0.stated.2027");
    // Shares the text states are shown as percentages, as the document prints them.
    expect(text.stdout).toContain("angivet 9\u00a0%, beräknat 8\u00a0%");
  });

  it("finds nothing in a consistent document and exits 0", () => {
    const run = check("--format", "json", "--data", driftsredovisningOnly());
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("exits 0 on the fiktiv plan: no fel or varning, only its equity above the recommended level", () => {
    const run = check("--format", "json", "--data", join(projectRoot, "tests/fixtures/plan-fiktiv/data"));
    expect((JSON.parse(run.stdout) as Finding[]).map((f) => `${f.severity} ${f.rule}`)).toEqual(["notering eget-kapital-niva", "notering eget-kapital-niva"]);
    expect(run.status).toBe(0);
  });
});
