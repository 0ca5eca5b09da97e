// Set-up that `npm run build`, `npm test` and `npm start` run first, so that a fresh machine
// needs nothing but Node and npm. Plain JavaScript on purpose: it runs before tsx is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const wantBrowser = !process.argv.includes("--no-browser");

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`bootstrap: "${command} ${args.join(" ")}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

// npm writes node_modules/.package-lock.json on every install; when it is missing or older than
// package-lock.json, the installed packages do not match the lock file.
function packagesAreCurrent() {
  const installed = `${root}/node_modules/.package-lock.json`;
  if (!existsSync(installed)) return false;
  return statSync(installed).mtimeMs >= statSync(`${root}/package-lock.json`).mtimeMs;
}

// `npm install`, not `npm ci`: it installs the versions in package-lock.json all the same, but
// tolerates optional platform packages the registry does not serve (pagefind's macOS and Windows
// binaries are missing from the one here), which makes `npm ci` refuse the lock file.
if (!packagesAreCurrent()) {
  console.log("bootstrap: installing npm packages (npm install, from package-lock.json) …");
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

if (wantBrowser) {
  const { register } = await import("tsx/esm/api");
  register();
  const { ensureChromium } = await import("../src/pdf/chromium.ts");
  try {
    await ensureChromium({ log: (line) => console.log(`bootstrap: ${line}`) });
  } catch (error) {
    console.error(`bootstrap: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
