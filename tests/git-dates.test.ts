// "Senast ändrad" from one `git log` over the data folder (src/site/git-dates.ts): the same dates as
// one `git log -1 -- <file>` per file, on a small repository made here with commits on known days.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { senastAndrad } from "../src/eleventy/filters/senast-andrad.ts";
import { commitDates, lastCommitDate, parseGitLog } from "../src/site/git-dates.ts";
import { temporaryDir } from "./helpers/build.ts";

function git(repo: string, args: string[], date = "2024-01-01"): string {
  const at = `${date}T12:00:00+01:00`;
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at },
    stdio: ["ignore", "pipe", "ignore"],
  });
}

function write(repo: string, file: string, text: string): void {
  mkdirSync(join(repo, file, ".."), { recursive: true });
  writeFileSync(join(repo, file), text);
}

/** The dates one `git log -1` per file gives (what senastAndrad ran before). */
function perFile(repo: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, git(repo, ["log", "-1", "--format=%cs", "--", file]).trim()]));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let repo: string;
const data = () => join(repo, "data");

beforeAll(() => {
  repo = temporaryDir("finsam-git-");
  git(repo, ["init", "-q", "-b", "main"]);
  // Outside the data folder: not asked for, and must not get in the way.
  write(repo, "README.md", "x");
  write(repo, "data/alfa/forbund.yaml", "name: a\n");
  write(repo, "data/alfa/2025/driftsredovisning.yaml", "a: 1\n");
  write(repo, "data/alfa/2025/verksamhetsplan.yaml", "a: 1\n");
  write(repo, "data/alfa/2025/arsredovisning.yaml", "a: 1\n");
  git(repo, ["add", "."]);
  git(repo, ["commit", "-q", "-m", "first"], "2025-01-15");
  // The second day changes one file, renames another, adds one with a name to be written as is.
  write(repo, "data/alfa/2025/driftsredovisning.yaml", "a: 2\n");
  git(repo, ["mv", "data/alfa/2025/verksamhetsplan.yaml", "data/alfa/2025/protokoll-2025-03-01.yaml"]);
  write(repo, "data/älv ö/2025/arsredovisning.yaml", "a: 1\n");
  git(repo, ["add", "."]);
  git(repo, ["commit", "-q", "-m", "second"], "2025-03-20");
  // A branch merged back: what it changed is dated by its own commit, what the merge resolved by the merge.
  git(repo, ["checkout", "-q", "-b", "side"]);
  write(repo, "data/alfa/2025/driftsredovisning.yaml", "a: 3\n");
  write(repo, "data/alfa/forbund.yaml", "name: b\n");
  git(repo, ["commit", "-q", "-am", "side"], "2025-04-02");
  git(repo, ["checkout", "-q", "main"]);
  write(repo, "data/alfa/forbund.yaml", "name: c\n");
  git(repo, ["commit", "-q", "-am", "main"], "2025-04-05");
  try {
    git(repo, ["merge", "-q", "side", "-m", "merge"], "2025-05-10");
  } catch {
    // forbund.yaml conflicts: the merge's own version.
  }
  write(repo, "data/alfa/forbund.yaml", "name: d\n");
  git(repo, ["commit", "-q", "-am", "merge"], "2025-05-10");
  // Never committed: no date from git.
  write(repo, "data/alfa/2026/verksamhetsplan.yaml", "a: 1\n");
});

describe("one git log for the data folder", () => {
  it("gives every file the date one git log per file gives", () => {
    const files = filesUnder(data()).map((file) => relative(repo, file));
    const committed = files.filter((file) => !file.includes("2026"));
    const expected = perFile(repo, committed);
    expect(Object.values(expected)).toEqual(expect.arrayContaining(["2025-01-15", "2025-03-20", "2025-04-02", "2025-05-10"]));
    const dates = commitDates(data());
    expect(Object.fromEntries(committed.map((file) => [file, dates.get(join(repo, file))]))).toEqual(expected);
    for (const file of committed) expect(lastCommitDate(join(repo, file))).toBe(expected[file]);
  });

  it("has no date for a file without a commit, or a folder outside a repository", () => {
    expect(lastCommitDate(join(data(), "alfa/2026/verksamhetsplan.yaml"))).toBeUndefined();
    const loose = temporaryDir("finsam-nogit-");
    write(loose, "data/alfa/2025/driftsredovisning.yaml", "a: 1\n");
    expect(lastCommitDate(join(loose, "data/alfa/2025/driftsredovisning.yaml"))).toBeUndefined();
  });

  it("keeps senastAndrad's rule: the later of the commit and the data's own date", () => {
    const sourceFile = join(data(), "alfa/2025/driftsredovisning.yaml");
    expect(senastAndrad({ sourceFile, decided: "2025-02-01" })).toBe("2025-04-02");
    expect(senastAndrad({ sourceFile, decided: "2025-06-30" })).toBe("2025-06-30");
    const uncommitted = join(data(), "alfa/2026/verksamhetsplan.yaml");
    expect(senastAndrad({ sourceFile: uncommitted, decided: "2026-01-02", computed: { anslag: { justering: "2026-01-09" } } })).toBe("2026-01-09");
  });

  it("reads git's fields: the first date of a file wins, a merge's files after an empty field", () => {
    const out = "\x012025-05-10\0\0a/x.yaml\0\x012025-04-02\0\na/y.yaml\0a/x.yaml\0\x012025-01-01\0\0";
    expect(parseGitLog(out, "/r")).toEqual(
      new Map([
        ["/r/a/x.yaml", "2025-05-10"],
        ["/r/a/y.yaml", "2025-04-02"],
      ]),
    );
  });
});
