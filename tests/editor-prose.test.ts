// The editor's prose pages: a document's sections listed and editable, a preview that is the
// build's own rendering (figures filled in, a wrong path the renderer's Swedish message, a payload
// escaped), saves that write only a text that renders and only over the file the page was opened
// from, section names that cannot leave the document's folder, the API only with the token; and in
// a real Chromium a figure picked into a text and previewed, with no axe violation at 1280 and 390 px.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashOf } from "../src/editor/files.ts";
import { guessShortcode } from "../src/editor/prose-paths.ts";
import { type Editor, startEditor } from "../src/editor/server.ts";
import { prepareDocument } from "../src/eleventy/prepare.ts";
import { formatAmount } from "../src/format/index.ts";
import { loadSite } from "../src/model/site.ts";
import { launchBrowser } from "../src/pdf/browser.ts";
import { pageViolations } from "./helpers/axe.ts";
import { copyOfData, projectRoot, temporaryDir } from "./helpers/build.ts";

let editor: Editor;
let data: string;
let prose: string;
const origin = () => new URL(editor.url).origin;
const folder = () => join(prose, "jamtland/2025/arsredovisning");
const sectionFile = (name: string) => join(folder(), `${name}.md`);
const address = { slug: "jamtland", year: 2025, id: "arsredovisning" };
const personal = "economy.rows.personalkostnader.utfall";
// 1 776 tkr, as prose prints it (no-break spaces).
const personalText = formatAmount(1776, "tkr");

const post = (path: string, body: unknown, headers: Record<string, string> = { Origin: origin(), "X-Finsam-Token": editor.token }) =>
  fetch(`${origin()}/redigera/api/prose/${path}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });

async function previewOf(source: string, section = "40-ekonomiskt-resultat") {
  const response = await post("preview", { ...address, section, source });
  return { status: response.status, body: (await response.json()) as { html?: string; message?: string; gaps?: string[] } };
}

beforeAll(async () => {
  data = copyOfData();
  // A copy of the seeds' prose: the saves write to it, never to the fixtures.
  prose = join(temporaryDir("finsam-prose-"), "prose");
  cpSync(join(projectRoot, "tests/fixtures/seeds/prose"), prose, { recursive: true });
  // The 2026 plan as an utkast (no decision date): it prints a value the year lacks as a marked gap.
  const plan = join(data, "jamtland/2026/verksamhetsplan.yaml");
  writeFileSync(plan, readFileSync(plan, "utf8").replace(/^decided: .*\n/m, ""));
  editor = await startEditor({ dataDir: data, proseDir: prose, port: 0 });
});
afterAll(() => editor?.close());

describe("the editor's prose pages", () => {
  it("lists the document's prose files, each in a labelled textarea with its buttons, its text escaped", async () => {
    const response = await fetch(`${editor.url}jamtland/2025/arsredovisning/texter/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const names = readdirSync(folder())
      .filter((name) => name.endsWith(".md"))
      .map((name) => name.slice(0, -3))
      .sort();
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      expect(html).toContain(`<label for="text-${name}">`);
      expect(html).toContain(`<textarea id="text-${name}"`);
      expect(html).toContain(`data-section="${name}" data-hash="${hashOf(readFileSync(sectionFile(name), "utf8"))}"`);
    }
    expect(html.match(/>Förhandsvisa</g)).toHaveLength(names.length);
    expect(html.match(/>Spara</g)).toHaveLength(names.length);
    expect(html).toContain("{% belopp &quot;economy.intakter&quot; %}");
    expect(html).toContain(`<meta name="finsam-token" content="${editor.token}">`);
    expect(html).toContain('aria-live="polite"');
    expect((await fetch(`${editor.url}jamtland/2025/finns-inte/texter/`)).status).toBe(404);
    expect((await fetch(`${origin()}/redigera/assets/prose.js`)).status).toBe(200);
  });

  it("offers every quotable path with its value as the shortcode prints it, and the shortcode by the value's kind", async () => {
    const url = `${origin()}/redigera/api/prose/paths?slug=jamtland&year=2025&id=arsredovisning`;
    expect((await fetch(url)).status).toBe(403);
    const body = (await (await fetch(url, { headers: { "X-Finsam-Token": editor.token } })).json()) as {
      paths: { path: string; shortcode: string; text: string; source: string }[];
    };
    const byPath = new Map(body.paths.map((p) => [p.path, p]));
    expect(byPath.get(personal)).toEqual({ path: personal, source: "beräknat", shortcode: "belopp", text: personalText });
    expect(byPath.get("economy.individualShare")).toMatchObject({ shortcode: "procent", text: "65\u00a0%" });
    expect(byPath.get("economy.fundedPositions")?.shortcode).toBe("tal");
    expect(guessShortcode("participants.years.2025.enrolled.total", 320)).toBe("tal");
    expect(guessShortcode("surveys.inflytande.current.men", 0.5)).toBe("procent");
    expect(guessShortcode("kostnader.rows.1.utfall.2025", -1776)).toBe("belopp");
  });

  it("previews a section as the build renders it, with the figures filled in", async () => {
    const { status, body } = await previewOf(`### Personal\n\nPersonalkostnaderna var {% belopp "${personal}" %} under året.\n`);
    expect(status).toBe(200);
    expect(body.html).toContain(personalText);
    expect(body.html).toMatch(/^<h\d id="personal">Personal<\/h\d>/);
    expect(body.html).not.toContain("{%");

    // The section's own text gives the very HTML the build gives it.
    const site = await loadSite(data, { proseDir: prose, charts: false });
    const doc = site.documents.find((d) => d.forbundSlug === "jamtland" && d.year === 2025 && d.id === "arsredovisning")!;
    const built = JSON.stringify(prepareDocument(doc, []).body);
    const same = await previewOf(readFileSync(sectionFile("40-ekonomiskt-resultat"), "utf8"));
    expect(built).toContain(JSON.stringify(same.body.html));
  });

  it("gives the renderer's Swedish message for a path that leads nowhere, not a server error", async () => {
    const { status, body } = await previewOf(`Text.\n\nPersonal: {% belopp "${personal.slice(0, -1)}" %}.\n`);
    expect(status).toBe(422);
    expect(body.message).toMatch(/^Rad 3: \{% belopp "economy\.rows\.personalkostnader\.utfal" %\} i Årsredovisning 2025: inget värde på/);
    expect(body.message).toContain(`Menade du "${personal}"`);
    const syntax = await previewOf("{% belopp %");
    expect(syntax.status).toBe(422);
  });

  it("previews an utkast's value the year lacks as the build prints it, a marked gap, and names it", async () => {
    const response = await post("preview", {
      slug: "jamtland",
      year: 2026,
      id: "verksamhetsplan",
      section: "60-budget",
      source: 'Intäkter {% belopp "budget.byId.intakter.2026" %}, och {% belopp "budget.byId.saknas.2026" %}.\n',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { html: string; gaps: string[] };
    expect(body.html).toContain(formatAmount(8_242_000, "kr"));
    expect(body.html).toContain("<strong>[saknas: <code>budget.byId.saknas.2026</code>]</strong>");
    expect(body.gaps).toEqual([expect.stringMatching(/^Rad 1: texten citerar "budget\.byId\.saknas\.2026" \(\{% belopp %\}\), som saknar värde/)]);
  });

  it("escapes what the text and the data hold: raw HTML prints as text, no script link is made", async () => {
    const { status, body } = await previewOf(
      '<img src=x onerror="alert(1)"> {{ "<script>alert(2)</script>" }} {{ "<b>fet</b>" | safe }} [länk](javascript:alert(3))\n',
    );
    expect(status).toBe(200);
    expect(body.html).toContain("&lt;img src=x");
    expect(body.html).not.toMatch(/<(img|script|b)\b/);
    expect(body.html).not.toContain('href="javascript:');
  });

  it("saves a text that renders, atomically; refuses a text that does not, and a save over a file changed since it was opened", async () => {
    const name = "11-om-forbundet";
    const before = readFileSync(sectionFile(name), "utf8");
    const hash = hashOf(before);
    const first = `${before}\nPersonalkostnaderna var {% belopp "${personal}" %}.\n`;

    const broken = await post("save", { ...address, section: name, source: `${before}\n{% belopp "finns.inte" %}\n`, hash });
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { message: string }).message).toMatch(/^Inget sparat: Rad \d+: \{% belopp "finns\.inte" %\}/);
    expect(readFileSync(sectionFile(name), "utf8")).toBe(before);

    const saved = await post("save", { ...address, section: name, source: first, hash });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ hash: hashOf(first), changed: true });
    expect(readFileSync(sectionFile(name), "utf8")).toBe(first);
    expect(readdirSync(folder()).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const stale = await post("save", { ...address, section: name, source: `${before}\nAndra fliken.\n`, hash });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { message: string }).message).toMatch(/ändrats på disken/);
    expect(readFileSync(sectionFile(name), "utf8")).toBe(first);
  });

  it("accepts only the names of existing sections: no path leaves the document's folder", async () => {
    const files = () => readdirSync(prose, { recursive: true }).map(String).sort();
    const before = files();
    for (const section of ["../../x", "11-om-forbundet/../../../x", "../driftsredovisning/10-inledning", "99-finns-inte", "11-om-forbundet.md", ""]) {
      for (const path of ["preview", "save"]) {
        const response = await post(path, { ...address, section, source: "Text", hash: "x" });
        expect(response.status, `${path} ${section}`).toBe(404);
        expect(((await response.json()) as { message: string }).message).toMatch(/Avsnittet finns inte/);
      }
    }
    const otherDocument = await post("save", { slug: "..", year: 2025, id: "arsredovisning", section: "11-om-forbundet", source: "x", hash: "x" });
    expect(otherDocument.status).toBe(404);
    expect(files()).toEqual(before);
    expect(existsSync(join(prose, "x.md"))).toBe(false);
  });

  it("takes a preview or a save only with the token and from its own origin", async () => {
    const name = "12-oversikt";
    const before = readFileSync(sectionFile(name), "utf8");
    const body = { ...address, section: name, source: "Ändrad", hash: hashOf(before) };
    expect((await post("save", body, { Origin: origin() })).status).toBe(403);
    expect((await post("preview", body, { Origin: origin() })).status).toBe(403);
    expect((await post("save", body, { Origin: "http://evil.example", "X-Finsam-Token": editor.token })).status).toBe(403);
    expect(readFileSync(sectionFile(name), "utf8")).toBe(before);
  });
});

describe("the prose page in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(() => browser?.close());

  it("inserts a picked figure at the cursor, previews it filled in, and has no axe violation at 1280 and 390 px", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${editor.url}jamtland/2025/arsredovisning/texter/`);
    await page.waitForFunction(() => /\d sökvägar/.test(document.getElementById("sokvag-antal")?.textContent ?? ""), { timeout: 30_000 });
    const textarea = "#text-42-forvantad-utveckling";
    const before = await page.$eval(textarea, (e) => (e as HTMLTextAreaElement).value);
    await page.click(textarea);
    await page.keyboard.down("Control");
    await page.keyboard.press("End");
    await page.keyboard.up("Control");
    await page.keyboard.type("\n\nPersonal: ");
    await page.type("#sok-sokvag", "personalkostnader.utfall");
    await page.waitForFunction((path) => document.querySelector<HTMLSelectElement>("#sokvag")?.options[0]?.value === path, {}, personal);
    await page.select("#sokvag", personal);
    expect(await page.$eval("#kortkod", (e) => (e as HTMLSelectElement).value)).toBe("belopp");
    await page.click("#infoga");
    const code = `{% belopp "${personal}" %}`;
    expect(await page.$eval(textarea, (e) => (e as HTMLTextAreaElement).value)).toBe(`${before}\n\nPersonal: ${code}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("text-42-forvantad-utveckling");
    await page.click("#avsnitt-42-forvantad-utveckling .prose-preview-button");
    await page.waitForFunction(
      (text) => document.querySelector("#avsnitt-42-forvantad-utveckling .prose-preview")?.textContent?.includes(`Personal: ${text}`),
      { timeout: 30_000 },
      personalText,
    );
    for (const width of [1280, 390]) {
      await page.setViewport({ width, height: 900 });
      expect(await pageViolations(page), `texter @${width}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `texter @${width}`).toBeLessThanOrEqual(width);
    }
    // Nothing was saved: the preview is only a preview.
    expect(readFileSync(sectionFile("42-forvantad-utveckling"), "utf8")).toBe(before);
    await page.close();
  }, 120_000);
});
