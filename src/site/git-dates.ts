// The date of the last commit that changed each file of a folder, from one `git log` over the
// folder (one call per build, not one per data file: at 80 förbund those calls were a fifth of the
// HTML step). Read once and kept for the process: a build asks the same question for every page.
// The dates are those `git log -1 -- <file>` gives, file by file, with one exception: where a merge
// kept one side's version of a file that the other side had also changed, a log of that one path
// does not look at the other side, and the log of the folder counts its change.
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const byFolder = new Map<string, Map<string, string>>();

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 30 });
  } catch {
    // Not a repository, no git, a folder git cannot read: no dates (the caller falls back to the data's own).
    return undefined;
  }
}

/**
 * `git log --format=%x01%cs --name-only -z` prints, per commit, the date after a \x01 (which starts
 * no path), then each file it changed, every field ended by NUL (the first file after a newline,
 * a merge's after an empty field). Newest first: a file's first date is its last change, as
 * `git log -1 -- <file>` gives it.
 */
export function parseGitLog(out: string, root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | undefined;
  for (const field of out.split("\0")) {
    const name = field.replace(/^\n/, "");
    if (name.startsWith("\x01")) date = name.slice(1);
    else if (name && date) {
      const file = join(root, name);
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/** Every file under the folder that git has a commit for → the date (YYYY-MM-DD) of its last one. */
export function commitDates(folder: string): Map<string, string> {
  const dir = realPath(resolve(folder));
  let dates = byFolder.get(dir);
  if (!dates) {
    // Paths come relative to the top of the repository, which may lie above the folder.
    const root = git(["rev-parse", "--show-toplevel"], dir)?.trim();
    // --no-renames: a renamed file is deleted and added, as a log of that one path sees it; -c lists
    // what a merge changed against every parent, the merges a log of one path shows.
    const out = root ? git(["log", "--no-renames", "-c", "--format=%x01%cs", "--name-only", "-z", "--", "."], dir) : undefined;
    dates = root && out !== undefined ? parseGitLog(out, root) : new Map();
    byFolder.set(dir, dates);
  }
  return dates;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The date of the last commit of a data file (data/<förbund>/<år>/<fil>.yaml), or undefined when git
 * has none. The one log is over the data folder, three levels up; any file below it shares that call.
 */
export function lastCommitDate(file: string): string | undefined {
  const path = realPath(resolve(file));
  return commitDates(dirname(dirname(dirname(path)))).get(path);
}
