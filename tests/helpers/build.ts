// Running the real build in a child process, on a copy of the data, into a temporary folder.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

const made: string[] = [];
// Temporary folders go when the test worker does.
process.on("exit", () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function temporaryDir(prefix = "finsam-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of data/ (or of a fixture folder) that a test may change. */
export function copyOfData(from = join(projectRoot, "data")): string {
  const dir = join(temporaryDir("finsam-data-"), "data");
  cpSync(from, dir, { recursive: true });
  return dir;
}

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(args: string[]): BuildRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", ...args], { cwd: projectRoot, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
