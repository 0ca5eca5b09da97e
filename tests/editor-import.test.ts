// Imports from the editor: a generated in-year SIE export sent to /redigera/api/import shows the
// import's diff and writes nothing; accepted, it writes exactly what `npm run import -- sie …
// --tertial 2` writes; a diff that is no longer what the data would give is refused; a bad file
// changes nothing; the uploaded file never outlives the request. And the same through the page, in
// Chromium: a file chosen on the year, the diff shown, "Skriv ändringarna".
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Editor, startEditor } from "../src/editor/server.ts";
import { writeSie } from "../src/import/sie/index.ts";
import { importSie } from "../src/import/sie-command.ts";
import { launchBrowser } from "../src/pdf/browser.ts";
import { periodExport } from "../src/synthetic/index.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";
import { jamtland2025Months, jamtlandIdentity } from "./helpers/sie-period.ts";

const prose = join(projectRoot, "tests/fixtures/seeds/prose");
const stub = `# The T2 stub: rows, no figures.
tertial: 2
intakter:
  rows: [{ id: medlemsbidrag, label: Medlemsbidrag, plan_line: intakter }, { id: ovriga_intakter, label: Övriga intäkter, budget: "-" }]
kostnader:
  rows:
    - { id: insatsfinansiering, label: Insatsfinansiering, plan_line: finansiering }
    - { id: personalkostnader, label: Personalkostnader, plan_line: personalkostnader }
    - { id: drift_aktiviteter, label: Drift, plan_line: ovriga-kostnader }
finansiella_poster:
  rows: [{ id: finansiella_poster, label: Finansiella poster, plan_line: finansiella }]
`;

function workspace() {
  const data = copyOfData();
  cpSync(join(projectRoot, "tests/fixtures/sie/kontoplan.yaml"), join(data, "jamtland/kontoplan.yaml"));
  writeFileSync(join(data, "jamtland/2025/uppfoljning-t2.yaml"), stub);
  return data;
}

const bytes = Buffer.from(
  writeSie(periodExport({ year: 2025, ...jamtlandIdentity, through: 8, style: "psaldo", accounts: jamtland2025Months }), { encoding: "cp437" }),
);
const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith("finsam-import-"));

let editor: Editor;
let data: string;
const t2 = () => join(data, "jamtland/2025/uppfoljning-t2.yaml");

async function post(body: Record<string, unknown>, token = editor.token) {
  const response = await fetch(`${new URL(editor.url).origin}/redigera/api/import`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Finsam-Token": token, Origin: new URL(editor.url).origin },
    body: JSON.stringify({ slug: "jamtland", year: 2025, what: "sie", tertial: 2, fileName: "jamtland-2025-08.se", ...body }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

beforeAll(async () => {
  data = workspace();
  editor = await startEditor({ dataDir: data, proseDir: prose, port: 0 });
});
afterAll(() => editor.close());

describe("imports from the editor", () => {
  it("shows the diff and writes nothing; accepted, writes what the command line writes", async () => {
    const before = readFileSync(t2(), "utf8");
    const shown = await post({ content: bytes.toString("base64") });
    expect(shown.status).toBe(200);
    expect(shown.json.changes).toBe(true);
    expect(shown.json.diff).toContain("utfall: -2960 }");
    expect(readFileSync(t2(), "utf8")).toBe(before);

    const written = await post({ content: bytes.toString("base64"), accept: shown.json.hash });
    expect(written.status).toBe(200);
    // The command line on a copy of the same data, with the same file name.
    const other = workspace();
    const file = join(temporaryDir("finsam-sie-"), "jamtland-2025-08.se");
    writeFileSync(file, bytes);
    importSie({ dataDir: other, proseDir: prose, file, slug: "jamtland", tertial: 2 });
    expect(readFileSync(t2(), "utf8")).toBe(readFileSync(join(other, "jamtland/2025/uppfoljning-t2.yaml"), "utf8"));
    expect(leftovers()).toEqual([]);
  });

  it("refuses a diff that is not the one the data now gives, a bad file and a request without the token; nothing is written", async () => {
    writeFileSync(t2(), stub);
    const stale = await post({ content: bytes.toString("base64"), accept: "0".repeat(64) });
    expect(stale.status).toBe(409);
    expect(readFileSync(t2(), "utf8")).toBe(stub);
    const bad = await post({ content: Buffer.from("#FLAGGA 0\n#RAR 0 20250101 20251231\n").toString("base64") });
    expect(bad.status).toBe(422);
    expect(bad.json.problems.join("\n")).toMatch(/^jamtland-2025-08\.se: filen saknar #SIETYP/);
    expect((await post({ content: bytes.toString("base64") }, "fel")).status).toBe(403);
    expect(readFileSync(t2(), "utf8")).toBe(stub);
    expect(leftovers()).toEqual([]);
  });

  it("works from the list page in Chromium: choose the file, see the changes, write them", async () => {
    writeFileSync(t2(), stub);
    const file = join(temporaryDir("finsam-sie-"), "jamtland-2025-08.se");
    writeFileSync(file, bytes);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(editor.url);
      const form = '.import-form[data-slug="jamtland"][data-year="2025"]';
      await page.click(`${form} summary, details:has(${form}) summary`);
      const input = (await page.$(`${form} input[type=file]`))!;
      await input.uploadFile(file);
      await page.select(`${form} select[name=period]`, "2");
      await page.click(`${form} button[type=submit]`);
      await page.waitForSelector(`${form} .import-diff`, { timeout: 30_000 });
      expect(readFileSync(t2(), "utf8")).toBe(stub);
      await page.click(`${form} .import-result button`);
      await page.waitForFunction((sel) => document.querySelector(`${sel} .import-result`)?.textContent?.includes("Skrivet"), { timeout: 30_000 }, form);
      expect(readFileSync(t2(), "utf8")).toContain("utfall: -2960");
    } finally {
      await browser.close();
    }
  }, 90_000);
});
