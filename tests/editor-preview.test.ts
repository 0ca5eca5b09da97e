// The preview below the editor's form (npm start: the dev server's page in an iframe) shows a
// figure saved in the form: the dev server, watching a data folder outside the project, rebuilds
// the page, and the preview's table has the new helårsprognos where the old one was.
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROSE_DIR } from "../src/data/prose.ts";
import { type Editor, startEditor } from "../src/editor/server.ts";
import { launchBrowser } from "../src/pdf/browser.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";

const documentPath = "jamtland/2025/uppfoljning-t2";
const rowId = "uppfoljning-t2-kostnader-insatsfinansiering";
const sumId = "uppfoljning-t2-kostnader-summa";
// As the site prints amounts (tkr): minus sign U+2212, thousands separated by a no-break space.
const minus = "\u2212";
const nbsp = "\u00a0";

let eleventy: ChildProcess | undefined;
let log = "";
let origin: string;
let editor: Editor | undefined;
let browser: Browser | undefined;
let dataDir: string;
let outDir: string;

/** Polls `probe` until it gives a value, or fails after `timeout` ms with `what` (and the dev server's output). */
async function until<T>(what: string, timeout: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${timeout} ms. Dev server:\n${log.slice(-3000)}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

beforeAll(async () => {
  // The examples (data/): their T2 has typed prognoses; their prose is content/prose, which the dev server reads.
  dataDir = copyOfData(join(projectRoot, "data"));
  outDir = temporaryDir("finsam-dev-");
  // As scripts/start.ts starts it, on a free port of its own.
  const port = await freePort();
  eleventy = spawn(
    process.execPath,
    ["--import", "tsx", "node_modules/.bin/eleventy", "--config=.eleventy.ts", "--serve", "--incremental", `--output=${outDir}`, `--port=${port}`],
    // Its own process group, so that afterAll ends it and anything it started.
    // Its chart cache in a temporary folder: the test leaves nothing in the project.
    {
      cwd: projectRoot,
      env: { ...process.env, FINSAM_DATA_DIR: dataDir, FINSAM_CHART_CACHE: join(outDir, ".charts") },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  eleventy.stdout?.on("data", (chunk) => (log += chunk));
  eleventy.stderr?.on("data", (chunk) => (log += chunk));
  // Eleventy takes the next port when its own is busy: the origin is the one it says it serves at.
  origin = await until("the dev server's address", 90_000, () => {
    if (eleventy?.exitCode !== null) throw new Error(`the dev server ended (${eleventy?.exitCode}):\n${log}`);
    return /Server at (http:\/\/localhost:\d+)\//.exec(log)?.[1];
  });
  await until("the dev server's page of the T2", 90_000, () =>
    fetch(`${origin}/${documentPath}/`).then(
      (response) => (response.ok ? true : undefined),
      () => undefined,
    ),
  );
  editor = await startEditor({ dataDir, proseDir: join(projectRoot, PROSE_DIR), port: 0, previewOrigin: origin });
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await editor?.close();
  const child = eleventy;
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once("exit", done));
    process.kill(-child.pid, "SIGTERM");
    const late = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(late);
  }
  // The run's temporary root goes at its end too; these go now, the dev server no longer writing into them.
  if (dataDir) rmSync(dirname(dataDir), { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}, 30_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  return typeof address === "object" && address ? address.port : 0;
}

/** The helårsprognos of the row and of the costs' sum, as the preview's iframe shows them now (undefined while it loads). */
async function previewPrognoses(page: Page): Promise<{ header: string; row: string; sum: string } | undefined> {
  const frame = page.frames().find((f) => f.url().startsWith(`${origin}/${documentPath}/`));
  if (!frame) return undefined;
  try {
    return await frame.evaluate(
      (rowId, sumId) => {
        const row = document.getElementById(rowId) as HTMLTableRowElement | null;
        const sum = document.getElementById(sumId) as HTMLTableRowElement | null;
        const headers = row?.closest("table")?.tHead?.rows[0]?.cells;
        if (!row || !sum || !headers) return undefined;
        const column = [...headers].findIndex((cell) => cell.textContent?.startsWith("Helårsprognos"));
        const [header, rowCell, sumCell] = [headers[column], row.cells[column], sum.cells[column]];
        if (!header || !rowCell || !sumCell) return undefined;
        return { header: header.textContent ?? "", row: rowCell.textContent ?? "", sum: sumCell.textContent ?? "" };
      },
      rowId,
      sumId,
    );
  } catch {
    // The frame is between two pages (a reload).
    return undefined;
  }
}

describe("the editor's preview", () => {
  it("shows a prognosis saved in the form in the dev server's table, where the old one was", async () => {
    const page = await browser!.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${editor!.url}${documentPath}/`);
    await page.waitForFunction(() => document.querySelector("#meddelanden")?.textContent?.includes("Öppnad"), { timeout: 30_000 });
    const before = await until("the preview's table", 30_000, () => previewPrognoses(page));
    expect(before).toEqual({ header: "Helårsprognos 2025", row: `${minus}4${nbsp}600`, sum: `${minus}7${nbsp}320` });

    const input = (await page.$('[data-schemapath="root.kostnader.rows.0.prognos"] input[name]'))!;
    await input.click({ count: 3 });
    await page.keyboard.press("Backspace");
    await input.type("-4500");
    await page.keyboard.press("Tab");
    await page.click("#spara");
    await page.waitForFunction(() => /Sparat/.test(document.querySelector("#meddelanden")?.textContent ?? ""), { timeout: 30_000 });

    const after = await until("the new prognosis in the preview", 60_000, async () => {
      const now = await previewPrognoses(page);
      return now && now.row !== before.row ? now : undefined;
    });
    // The row has the typed figure, the sum the build's new one; -4 600 and -7 320 are gone from them.
    expect(after).toEqual({ header: "Helårsprognos 2025", row: `${minus}4${nbsp}500`, sum: `${minus}7${nbsp}220` });
    await page.close();
  }, 120_000);
});
