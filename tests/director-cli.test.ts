// The director's commands as they are run (child processes on a copy of the seeds' data):
// npm run new-year, npm run status, npm run paths, and a --strict build refusing an utkast.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyOfData, projectRoot, runBuild, temporaryDir } from "./helpers/build.ts";

let data: string;
let prose: string;
let first: ReturnType<typeof run>;
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, FINSAM_DATA_DIR: data, FINSAM_PROSE_DIR: prose },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  data = copyOfData();
  prose = join(temporaryDir("finsam-prose-"), "prose");
  cpSync(join(projectRoot, "tests/fixtures/seeds/prose"), prose, { recursive: true });
  first = run("new-year", "solleftea", "2026");
});

describe("the director's commands", () => {
  it("npm run new-year writes the year's files, keeps the plan, and prints what is left to do", () => {
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^skapad: +.*solleftea\/2026\/driftsredovisning\.yaml$/m);
    expect(first.stdout).toMatch(/^finns: +.*solleftea\/2026\/verksamhetsplan\.yaml \(orörd\)$/m);
    expect(first.stdout).toMatch(/^ {2}Verksamhetsplan och budget: antagen \d{4}-\d\d-\d\d/m);
    expect(first.stdout).toMatch(/^ {2}Driftsredovisning: utkast/m);
    expect(first.stdout).toMatch(/^ {4}- utfall 2026 saknas för .+ \(.*driftsredovisning\.yaml:\d+\)$/m);
    const again = run("new-year", "solleftea", "2026");
    expect(again.stdout).not.toMatch(/^skapad:/m);
  });

  it("npm run new-year explains its arguments", () => {
    const wrong = run("new-year", "solleftea");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Användning: npm run new-year -- <förbund> <år>/);
    expect(run("new-year", "okänt", "2026").stderr).toMatch(/Inget förbund okänt/);
  });

  it("npm run status lists each yearly document's state", () => {
    const status = run("status", "jamtland", "2025");
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/^Samordningsförbundet i Jämtlands län 2025$/m);
    expect(status.stdout).toMatch(/^ {2}Årsredovisning: antagen 2026-03-13/m);
    expect(run("status", "jamtland", "2031").stdout).toMatch(/^ {2}Årsredovisning: saknas$/m);
  });

  it("npm run paths lists the paths prose can quote, with their values", () => {
    const paths = run("paths", "jamtland/2025/arsredovisning", "equity");
    expect(paths.status).toBe(0);
    expect(paths.stdout).toMatch(/^beräknat economy\.equityClosing {2}3\u00a0008$/m);
    const none = run("paths", "jamtland/1999/arsredovisning");
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("jamtland/2025/arsredovisning");
  });

  it("a --strict build refuses an utkast that still lacks something, naming what", () => {
    const out = join(temporaryDir(), "site");
    const build = runBuild(["--data", data, "--prose", prose, "--out", out, "--no-pdf", "--strict"]);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(
      /Driftsredovisning 2026 \(.*solleftea\/2026\/driftsredovisning\.yaml\) är ett utkast som saknar:\n {2}- utfall 2026 saknas för /,
    );
    expect(existsSync(out)).toBe(false);
  });
});
