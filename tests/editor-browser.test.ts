// The editor in a real Chromium: a tertialuppföljning's form, generated from its schema, changed
// as the director would (typing a prognosis, saving), gives the file a hand edit gives — comments
// kept; a wrong value is refused at its field in Swedish and the file stays as it was; axe-core
// finds no WCAG 2.1 AA violation on its pages, at 1280 px and at 390 px without a sideways scroll.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../src/data/load.ts";
import { documentKinds } from "../src/documents/index.ts";
import { type Editor, startEditor } from "../src/editor/server.ts";
import { launchBrowser } from "../src/pdf/browser.ts";
import { newYear } from "../src/scaffold/new-year.ts";
import { pageViolations } from "./helpers/axe.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";

const t2 = `# A follow-up for the editor's test: this comment must survive a save.
tertial: 2
intakter:
  rows:
    - { id: medlemsbidrag, label: Medlemsbidrag, plan_line: intakter, utfall: 6171 }
kostnader:
  rows:
    - id: insatsfinansiering
      label: Insatsfinansiering
      plan_line: finansiering
      utfall: -2960
      prognos: -4600 # the director's judgment
finansiella_poster:
  rows:
    - { id: finansiella_poster, label: Finansiella poster, plan_line: finansiella, utfall: -52, prognos: "-" }
`;

let editor: Editor;
let browser: Browser;
let file: string;
let data: string;
const prose = join(projectRoot, "tests/fixtures/seeds/prose");
let scaffoldProse: string;

beforeAll(async () => {
  data = copyOfData();
  scaffoldProse = join(temporaryDir("finsam-prose-"), "prose");
  cpSync(prose, scaffoldProse, { recursive: true });
  file = join(data, "jamtland/2025/uppfoljning-t2.yaml");
  writeFileSync(file, t2);
  editor = await startEditor({ dataDir: data, proseDir: scaffoldProse, port: 0 });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await editor?.close();
});

async function openForm(width = 1280): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${editor.url}jamtland/2025/uppfoljning-t2/`);
  await page.waitForFunction(() => document.querySelector("#meddelanden")?.textContent?.includes("Öppnad"), { timeout: 30_000 });
  return page;
}

async function fill(page: Page, path: string, value: string) {
  const input = (await page.$(`[data-schemapath="root.${path}"] input[name]`))!;
  await input.click({ count: 3 });
  await page.keyboard.press("Backspace");
  if (value) await input.type(value);
  await page.keyboard.press("Tab");
}

async function submit(page: Page, expected: RegExp) {
  await page.click("#spara");
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector("#meddelanden")?.textContent ?? ""),
    { timeout: 30_000 },
    expected.source,
  );
}

describe("the editor in a browser", () => {
  it("saves a typed prognosis as a hand edit would, comments kept, and shows the granskning after it", async () => {
    const page = await openForm();
    const before = readFileSync(file, "utf8");
    await fill(page, "kostnader.rows.0.prognos", "-4500");
    await submit(page, /Sparat/);
    // The build's computed table beside the form follows the save: årets resultat by the prognosis.
    await page.waitForFunction(() => /Helårsprognos/.test(document.querySelector("#berakningar")?.textContent ?? ""), { timeout: 30_000 });
    const result = await page.$$eval("#berakningar tr.row-result", (rows) => rows.map((row) => row.textContent));
    expect(result.at(-1)).toContain("Årets resultat");
    expect(result.at(-1)).toContain(`${8228 - 4500}`.replace(/(\d)(\d{3})$/, "$1\u00a0$2"));
    expect(readFileSync(file, "utf8")).toBe(before.replace("prognos: -4600 # the director's judgment", "prognos: -4500 # the director's judgment"));
    // Beside the row's fields: its figures as the document prints them, the årsbudget with the plan it comes from.
    const beside = await page.$eval('[data-schemapath="root.kostnader.rows.0"] .field-computed dl', (list) =>
      [...list.children].map((node) => `${node.tagName}:${node.textContent}`),
    );
    expect(beside).toContain("DD:\u22124\u00a0500");
    expect(beside.slice(0, 3)).toEqual(["DT:Årsbudget 2025", "DD:\u22125\u00a0254", "DD:från Verksamhetsplanen 2025"]);
    expect(beside[beside.indexOf("DT:Helårsprognos 2025") + 1]).toBe("DD:\u22124\u00a0500");
    await page.close();
  }, 90_000);

  it("refuses a wrong value at its field in Swedish, and the file is unchanged", async () => {
    const page = await openForm();
    const before = readFileSync(file, "utf8");
    await fill(page, "kostnader.rows.0.label", "");
    await submit(page, /Inget sparat/);
    const note = await page.$eval('[data-schemapath="root.kostnader.rows.0.label"] .field-message', (e) => e.textContent);
    expect(note).toMatch(/^Fel: väntade en text som inte är tom/);
    expect(readFileSync(file, "utf8")).toBe(before);
    await page.close();
  }, 90_000);

  it("fills a scaffolded year's follow-up (npm run new-year 2026): the figures land as a hand edit writes them, comments kept", async () => {
    const documents = loadData(data, { kinds: documentKinds, proseDir: prose }).find((f) => f.slug === "jamtland")!.documents;
    newYear({ dataDir: data, proseDir: scaffoldProse, slug: "jamtland", year: 2026, documents });
    const t1 = join(data, "jamtland/2026/uppfoljning-t1.yaml");
    const before = readFileSync(t1, "utf8");
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${editor.url}jamtland/2026/uppfoljning-t1/`);
    await page.waitForFunction(() => document.querySelector("#meddelanden")?.textContent?.includes("Öppnad"), { timeout: 30_000 });
    // An optional field is opted in, then typed: the utfall of two rows, and a prognosis.
    for (const [path, value] of [
      ["intakter.rows.0.utfall", "2057"],
      ["kostnader.rows.0.utfall", "-1480"],
      ["kostnader.rows.0.prognos", "-4400"],
    ] as const) {
      await page.click(`[data-schemapath="root.${path}"] input.json-editor-opt-in`);
      await fill(page, path, value);
    }
    await submit(page, /Sparat/);
    expect(readFileSync(t1, "utf8")).toBe(
      before
        .replace(
          "{ id: medlemsbidrag, label: Medlemsbidrag, plan_line: intakter }",
          "{ id: medlemsbidrag, label: Medlemsbidrag, plan_line: intakter, utfall: 2057 }",
        )
        .replace(
          "{ id: insatsfinansiering, label: Insatsfinansiering, plan_line: finansiering }",
          "{ id: insatsfinansiering, label: Insatsfinansiering, plan_line: finansiering, utfall: -1480, prognos: -4400 }",
        ),
    );
    expect(before.startsWith("# yaml-language-server")).toBe(true);
    await page.close();
  }, 90_000);

  it("has no axe violation on its pages, and no sideways scroll at 390 px", async () => {
    for (const width of [1280, 390]) {
      const list = await browser.newPage();
      await list.setViewport({ width, height: 900 });
      await list.goto(editor.url);
      expect(await pageViolations(list), `list @${width}`).toEqual([]);
      expect(await list.evaluate(() => document.documentElement.scrollWidth), `list @${width}`).toBeLessThanOrEqual(width);
      await list.close();
      const form = await openForm(width);
      expect(await pageViolations(form), `form @${width}`).toEqual([]);
      expect(await form.evaluate(() => document.documentElement.scrollWidth), `form @${width}`).toBeLessThanOrEqual(width);
      await form.close();
    }
  }, 120_000);
});
