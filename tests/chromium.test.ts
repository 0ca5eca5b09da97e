import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureChromium, findChromium } from "../src/pdf/chromium.ts";
import { temporaryDir } from "./helpers/build.ts";

function fakeBrowser(executable: boolean): string {
  const path = join(temporaryDir(), "chromium");
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, executable ? 0o755 : 0o644);
  return path;
}

describe("findChromium", () => {
  it("prefers CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH", () => {
    const a = fakeBrowser(true);
    const b = fakeBrowser(true);
    expect(findChromium({ CHROME_PATH: a, PUPPETEER_EXECUTABLE_PATH: b }, [])).toBe(a);
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: b }, [])).toBe(b);
  });

  it("says so when the configured path is not an executable", () => {
    const path = fakeBrowser(false);
    expect(() => findChromium({ CHROME_PATH: path }, [])).toThrow(`CHROME_PATH=${path} is not an executable file.`);
  });

  it("falls back to the first usual path that exists, or nothing", () => {
    const present = fakeBrowser(true);
    expect(findChromium({}, ["/nonexistent/chromium", present])).toBe(present);
    expect(findChromium({}, ["/nonexistent/chromium"])).toBeUndefined();
  });
});

describe("ensureChromium", () => {
  it("returns a browser that is there without installing anything", async () => {
    const present = fakeBrowser(true);
    await expect(ensureChromium({ env: {}, candidates: [present], canInstall: true, log: () => {} })).resolves.toBe(present);
  });

  it("stops with instructions where it cannot install one", async () => {
    await expect(ensureChromium({ env: {}, candidates: ["/nonexistent/chromium"], canInstall: false })).rejects.toThrow(
      /No Chromium found\. Install one and run the command again[\s\S]*sudo apt-get install chromium[\s\S]*CHROME_PATH/,
    );
  });
});
