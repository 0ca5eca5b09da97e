// Finding (and on Debian as root, installing) the system Chromium that puppeteer-core drives.
// Puppeteer's own browser download cannot reach its servers here, so we never rely on it.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

const usualPaths = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

const installHelp = [
  "No Chromium found. Install one and run the command again, e.g.:",
  "  Debian/Ubuntu:  sudo apt-get install chromium",
  "  Fedora:         sudo dnf install chromium",
  "  macOS:          brew install --cask chromium",
  "or point CHROME_PATH (or PUPPETEER_EXECUTABLE_PATH) at an installed Chrome or Chromium.",
].join("\n");

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to use: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, then the usual install paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates = usualPaths): string | undefined {
  for (const variable of ["CHROME_PATH", "PUPPETEER_EXECUTABLE_PATH"] as const) {
    const path = env[variable];
    if (!path) continue;
    if (!isExecutable(path)) throw new Error(`${variable}=${path} is not an executable file.`);
    return path;
  }
  return candidates.find(isExecutable);
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
}

function apt(args: string[]): void {
  const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status}).\n${installHelp}`);
}

export interface EnsureOptions {
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  candidates?: string[];
  /** Whether apt-get may be used (root on Debian); detected unless given. */
  canInstall?: boolean;
}

/** Returns the browser path, installing Debian's chromium package first where that is possible. */
export async function ensureChromium({
  log = console.log,
  env = process.env,
  candidates = usualPaths,
  canInstall = canInstallWithApt(),
}: EnsureOptions = {}): Promise<string> {
  const found = findChromium(env, candidates);
  if (found) return found;
  if (!canInstall) throw new Error(installHelp);
  log("no Chromium found; installing Debian's chromium package with apt-get …");
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium"]);
  const installed = findChromium(env, candidates);
  if (!installed) throw new Error(`apt-get installed chromium, but no browser was found at the usual paths.\n${installHelp}`);
  log(`installed ${installed}`);
  return installed;
}
