// Starting the system Chromium with the flags that keep it quiet on a closed network.
import type { Browser } from "puppeteer-core";
import { findChromium } from "./chromium.ts";

const flags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--font-render-hinting=none",
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: run `npm run build` (it installs one) or set CHROME_PATH.");
  // Loaded on first use: commands that print nothing do not pay for it.
  const { default: puppeteer } = await import("puppeteer-core");
  // Over a pipe, not a port: Chromium ends when the build's process does, even when it is killed (-9).
  return puppeteer.launch({ executablePath, headless: true, args: flags, pipe: true });
}
