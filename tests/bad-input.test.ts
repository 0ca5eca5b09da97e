// The bad-input corpus (tests/bad-input/cases.ts): for each case, the build stops with a message
// naming the file, the line, the field path and what was expected, in Swedish; the previous output
// is left byte for byte as it was, and no work folder is left beside it. A few cases run through
// the command itself, for its exit code and what it prints.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../src/build/build.ts";
import { DataError, type Problem } from "../src/data/problem.ts";
import { badInputs } from "./bad-input/cases.ts";
import { copyOfData, projectRoot, runBuild, temporaryDir } from "./helpers/build.ts";
import { aloneDir } from "./helpers/seeds.ts";

/** A previous output folder with a page in it, and its files' hashes. */
function previousOutput(): { dir: string; hashes: () => Record<string, string> } {
  const dir = join(temporaryDir("finsam-bad-"), "site");
  mkdirSync(join(dir, "jamtland"), { recursive: true });
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>förra bygget</title>");
  writeFileSync(join(dir, "jamtland/index.html"), "<p>förra</p>");
  const hashes = () =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [
          join(e.parentPath, e.name),
          createHash("sha256")
            .update(readFileSync(join(e.parentPath, e.name)))
            .digest("hex"),
        ]),
    );
  return { dir, hashes };
}

async function problemsOf(data: string, out: string): Promise<Problem[]> {
  try {
    await build({ dataDir: data, proseDir: join(data, "..", "prose"), outDir: out, pdf: false, log: () => {} });
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

describe("the bad-input corpus", () => {
  it("has at least 45 cases of bad data (with the injections and interruptions, over 60 in all)", () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(45);
    expect(new Set(badInputs.map((c) => c.name)).size).toBe(badInputs.length);
  });

  for (const input of badInputs) {
    it(`${input.name}: names file, line, field path and what was expected; the previous output stays as it was`, async () => {
      const data = copyOfData(undefined, input.files);
      input.edit(data);
      const previous = previousOutput();
      const before = previous.hashes();
      const problems = await problemsOf(data, previous.dir);
      const problem = problems.find((p) => p.file.endsWith(input.problem.file) && input.problem.message.test(p.message));
      const got = problems.map((p) => `${p.file}:${p.line} ${p.path}: ${p.message}`).join("\n");
      expect(problem, `expected a problem in ${input.problem.file} matching ${input.problem.message}, got:\n${got}`).toBeDefined();
      if (input.problem.path !== undefined) expect(problem!.path).toBe(input.problem.path);
      if (typeof input.problem.line === "number") expect(problem!.line).toBe(input.problem.line);
      else if (typeof input.problem.line === "string") {
        const text = readFileSync(join(data, input.problem.file), "utf8").split("\n");
        expect(problem!.line).toBe(text.findIndex((l) => l.includes(input.problem.line as string)) + 1);
      } else expect(problem!.line ?? 1).toBeGreaterThan(0);
      // In the project's own words: no English from Zod or YAML.
      expect(problem!.message).not.toMatch(/\b(Invalid|expected|Unrecognized|received)\b/);
      expect(previous.hashes()).toEqual(before);
      expect(readdirSync(dirname(previous.dir))).toEqual(["site"]);
    });
  }

  it("reports every problem of every file at once", async () => {
    const data = copyOfData(aloneDir);
    for (const [file, from, to] of [
      ["jamtland/2025/driftsredovisning.yaml", "label: Personalkostnader", "lable: Personalkostnader"],
      ["jamtland/2025/driftsredovisning.yaml", "decided: 2026-03-13", "decided: 13 mars 2026"],
      ["jamtland/forbund.yaml", "unit: tkr", "unit: kronor"],
    ] as const) {
      const path = join(data, file);
      writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
    }
    const problems = await problemsOf(data, join(temporaryDir(), "site"));
    expect(problems.map((p) => `${p.file.split("/").pop()} ${p.path}`).sort()).toEqual([
      "driftsredovisning.yaml decided",
      "driftsredovisning.yaml kostnader.rows.1.label",
      "driftsredovisning.yaml kostnader.rows.1.lable",
      "forbund.yaml unit",
    ]);
  });

  it("reports a file's schema problem and another förbund's prose pointing nowhere in the same build", async () => {
    const data = copyOfData();
    const prose = join(data, "..", "prose");
    cpSync(join(projectRoot, "tests/fixtures/seeds/prose"), prose, { recursive: true });
    const plan = join(data, "solleftea/2026/verksamhetsplan.yaml");
    writeFileSync(plan, readFileSync(plan, "utf8").replace("decided: 2025-11-20", "decided: 20 november"));
    const text = join(prose, "jamtland/2025/arsredovisning/40-ekonomiskt-resultat.md");
    writeFileSync(text, readFileSync(text, "utf8").replace('"economy.intakter"', '"economy.intakt"'));
    const problems = await problemsOf(data, join(temporaryDir(), "site"));
    expect(problems.map((p) => `${p.file.split("/").pop()}:${p.line} ${p.path || p.message.slice(0, 32)}`)).toEqual([
      "verksamhetsplan.yaml:11 decided",
      expect.stringMatching(/^40-ekonomiskt-resultat\.md:\d+ \{% belopp "economy\.intakt" %\}/),
    ]);
    expect(problems[1]!.message).toContain('Menade du "economy.intakter"?');
  });

  it("the command exits 1, prints each problem as file:line path: message, and says the output is unchanged", () => {
    const data = copyOfData(aloneDir);
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("decided: 2026-03-13", "decided: 13 mars 2026"));
    const previous = previousOutput();
    const before = previous.hashes();
    const run = runBuild(["--data", data, "--out", previous.dir, "--no-pdf"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/driftsredovisning\.yaml:7 decided: väntade ett datum skrivet ÅÅÅÅ-MM-DD, fann "13 mars 2026"/);
    expect(run.stderr).toContain("är oförändrad");
    expect(previous.hashes()).toEqual(before);
  });
});
