// Running the real build in a child process, on a copy of the data, into a temporary folder.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A new temporary folder, inside the run's own folder (tests/global-setup.ts), which is removed
 * with everything in it when the run ends — however a test ends.
 */
export function temporaryDir(prefix = "finsam-"): string {
  return mkdtempSync(join(inject("tempRoot"), prefix));
}

/** A copy of the seeds' data (tests/fixtures/seeds/data, or another folder) that a test may change; `only` keeps just those files. */
export function copyOfData(from = join(projectRoot, "tests/fixtures/seeds/data"), only?: string[]): string {
  const dir = join(temporaryDir("finsam-data-"), "data");
  if (!only) cpSync(from, dir, { recursive: true });
  for (const file of only ?? []) cpSync(join(from, file), join(dir, file));
  return dir;
}

/** The seeds' driftsredovisning alone (its förbund file and the one document, its budget typed: no plan to read it from). */
export function driftsredovisningOnly(): string {
  return copyOfData(join(projectRoot, "tests/fixtures/driftsredovisning-alone/data"));
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

/** What a build wrote to stderr, less harmless noise: Debian's chromium wrapper line, Eleventy's slow-step benchmarks. */
export function unexpectedStderr(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => line.trim() && !/dev-shm|^\[11ty\] Benchmark|^\[11ty\] *$/.test(line))
    .join("\n");
}
