// A build interrupted at any moment: killed (-9) while it prints, or stopped with Ctrl-C (SIGINT) or
// SIGTERM. No Chromium is left running, the next build removes what the killed one left, and the
// output is the previous one until a build completes.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../src/build/build.ts";
import { projectRoot, temporaryDir } from "./helpers/build.ts";

const fixture = join(projectRoot, "tests/fixtures/long-document");

/** Starts the build command with its own temporary folder (Chromium's profile goes there too); --no-cache, so that it prints. */
function startBuild(out: string, tmp: string): ChildProcess {
  const args = ["--data", join(fixture, "data"), "--prose", join(fixture, "prose"), "--out", out, "--no-cache"];
  return spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, TMPDIR: tmp },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Resolves when the process prints a line matching `pattern`. */
function whenPrinted(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (pattern.test(text)) resolve();
    });
    child.on("exit", () => reject(new Error(`ended before printing ${pattern}:\n${text}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));

/** The command line of a running process ("" once it is gone), from Linux's /proc (no `ps` needed). */
function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Processes whose command line mentions the folder (Chromium's profile lies inside it). */
function processesUsing(folder: string): string[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => `${pid} ${commandLine(pid)}`)
    .filter((line) => line.includes(folder));
}

async function untilGone(folder: string): Promise<string[]> {
  for (let i = 0; i < 40 && processesUsing(folder).length; i++) await new Promise((r) => setTimeout(r, 100));
  return processesUsing(folder);
}

function previousSite(parent: string): string {
  const out = join(parent, "site");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "index.html"), "förra bygget");
  return out;
}

describe("an interrupted build", () => {
  it("killed (-9) while printing leaves no Chromium, and the next build clears its work folder and writes a correct site", async () => {
    const parent = temporaryDir("finsam-kill-");
    const tmp = join(parent, "tmp");
    mkdirSync(tmp);
    const out = previousSite(parent);
    const child = startBuild(out, tmp);
    await whenPrinted(child, /PDF 1\/1 skrivs ut/);
    child.kill("SIGKILL");
    await exited(child);
    expect(await untilGone(tmp)).toEqual([]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("förra bygget");
    expect(readdirSync(parent).some((name) => /^site\.building-\d+$/.test(name))).toBe(true);

    await build({ dataDir: join(fixture, "data"), proseDir: join(fixture, "prose"), outDir: out, log: () => {} });
    expect(readdirSync(parent).sort()).toEqual(["site", "tmp"]);
    expect(existsSync(join(out, "exempel/2025/driftsredovisning/driftsredovisning-2025-samordningsforbundet-exempel.pdf"))).toBe(true);
  });

  it("cut off between the two renames of the swap gets the previous output back", async () => {
    const parent = temporaryDir("finsam-swap-");
    // What a kill between "site → site.previous-PID" and "site.building-PID → site" leaves.
    cpSync(previousSite(parent), join(parent, "site.previous-999999"), { recursive: true });
    rmSync(join(parent, "site"), { recursive: true });
    mkdirSync(join(parent, "site.building-999998"));
    const { recoverStaleFolders } = await import("../src/build/swap.ts");
    expect(recoverStaleFolders(join(parent, "site")).sort()).toEqual(["site.building-999998", "site.previous-999999"]);
    expect(readdirSync(parent)).toEqual(["site"]);
    expect(readFileSync(join(parent, "site/index.html"), "utf8")).toBe("förra bygget");
  });

  it("stopped with SIGINT (Ctrl-C) or SIGTERM removes its work folder and its Chromium, and leaves the previous output", async () => {
    // Both at once, each build in a folder of its own.
    await Promise.all(
      (["SIGINT", "SIGTERM"] as const).map(async (signal) => {
        const parent = temporaryDir(`finsam-${signal}-`);
        const tmp = join(parent, "tmp");
        mkdirSync(tmp);
        const out = previousSite(parent);
        const child = startBuild(out, tmp);
        await whenPrinted(child, /PDF 1\/1 skrivs ut/);
        child.kill(signal);
        expect(await exited(child), signal).not.toBe(0);
        expect(await untilGone(tmp), signal).toEqual([]);
        expect(readdirSync(parent).sort(), signal).toEqual(["site", "tmp"]);
        expect(readFileSync(join(out, "index.html"), "utf8"), signal).toBe("förra bygget");
      }),
    );
  });
});
