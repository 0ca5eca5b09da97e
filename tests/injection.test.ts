// Injection through the data: every free-text field of every kind of document gets a payload of
// HTML, script, CSS, URL, template and spreadsheet-formula syntax; the build must print it as text
// wherever it lands (HTML text and attributes, the @page CSS strings, CSV, PDF) and nothing of it
// may run — and printing the PDFs must not stall on it.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { isScalar, parseDocument, visit } from "yaml";
import { build } from "../src/build/build.ts";
import { readPdf } from "../src/pdf/read-pdf.ts";
import { copyOfData, temporaryDir } from "./helpers/build.ts";
import { seedsProse } from "./helpers/seeds.ts";
import { siteFiles, sitePages } from "./helpers/site.ts";

const PAYLOAD = `=1+1 </style></title><script>alert(1)</script><img src=x onerror=alert(1)> "' javascript:alert(1) {{ 7*7 }} {% raw %}`;

/** Keys whose values are free text the documents print. */
const textKeys = new Set([
  "title",
  "name",
  "short_name",
  "label",
  "sum_label",
  "heading",
  "caption",
  "text",
  "question",
  "ambition",
  "follow_up",
  "where",
  "place",
  "kept_at",
  "role",
  "appointed_by",
  "party",
  "description",
  "funding_text",
  "funding_note",
  "intro",
  "basis",
  "opening_label",
  "closing_label",
  "group",
  "decision_label",
  "dnr",
  "prefix",
  "survey",
  "kommentar",
  "comment",
  "area",
  "control",
  "method",
  "responsible",
]);

/** Appends the payload to every free-text value in the file; returns how many fields it changed. */
function inject(file: string): string[] {
  const document = parseDocument(readFileSync(file, "utf8"));
  const fields: string[] = [];
  visit(document, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== "string") return;
      const key = String(pair.key.value);
      // A member's name is referred to by others (owner, co_parties): it stays, the references then name a member.
      const inMembers = path.some((node) => isScalar((node as { key?: unknown }).key) && String((node as { key: { value: unknown } }).key.value) === "members");
      // A survey question's group is one of four words, not free text.
      const surveyGroup = key === "group" && ["deltagare", "medarbetare", "chefer", "forumdeltagare"].includes(pair.value.value);
      if (!textKeys.has(key) || inMembers || surveyGroup) return;
      pair.value.value = `${pair.value.value} ${PAYLOAD}`;
      fields.push(key);
    },
  });
  writeFileSync(file, document.toString());
  return fields;
}

const files = [
  "jamtland/forbund.yaml",
  "jamtland/2025/driftsredovisning.yaml",
  "jamtland/2025/arsredovisning.yaml",
  "jamtland/2025/verksamhetsplan.yaml",
  "jamtland/2026/verksamhetsplan.yaml",
  "jamtland/2025/protokoll-2025-11-28.yaml",
];
/** The kinds the seeds have no document of: a tertialuppföljning and an internkontrollplan, written here. */
const written: Record<string, string> = {
  "jamtland/2025/internkontrollplan.yaml": `decided: 2024-11-29
risks:
  - id: attest
    area: Ekonomi
    risk: Fel utbetalning
    sannolikhet: 2
    konsekvens: 4
    control: Attest
    method: Stickprov
    responsible: Förbundschef
    follow_up: [t2]
`,
  "jamtland/2025/uppfoljning-t2.yaml": `tertial: 2
decided: 2025-10-10
title: Tertialuppföljning 2
intakter:
  label: Intäkter
  sum_label: Summa intäkter
  rows: [{ id: medlemsbidrag, label: Medlemsbidrag, plan_line: intakter, utfall: 6171, prognos: 8228, kommentar: Som budget }]
kostnader:
  rows: [{ id: insatsfinansiering, label: Insatsfinansiering, plan_line: finansiering, utfall: -2960, prognos: -4600, kommentar: Senare start }]
finansiella_poster:
  rows: [{ id: finansiella_poster, label: Finansiella poster, plan_line: finansiella, utfall: -52, prognos: "-" }]
resultatmal:
  - { goal: arbete-eller-studier, value: 38, comment: Enligt rapporterna }
internkontroll:
  - { risk: attest, status: avvikelse, comment: En sen attest }
`,
};
let site: string;
let injected: string[];

beforeAll(async () => {
  const data = copyOfData(undefined, files);
  for (const [file, text] of Object.entries(written)) writeFileSync(join(data, file), text);
  files.push(...Object.keys(written));
  injected = files.flatMap((file) => inject(join(data, file)).map((key) => `${file}: ${key}`));
  const prose = join(data, "..", "prose");
  cpSync(join(seedsProse, "jamtland"), join(prose, "jamtland"), { recursive: true });
  site = join(temporaryDir(), "site");
  await build({ dataDir: data, proseDir: prose, outDir: site, log: () => {} });
}, 240_000);

describe("a payload in every free-text field", () => {
  it("is put into many fields of every kind of document", () => {
    expect(injected.length).toBeGreaterThan(100);
    for (const file of files)
      expect(
        injected.some((field) => field.startsWith(file)),
        file,
      ).toBe(true);
    expect(new Set(injected.map((field) => field.split(": ")[1])).size).toBeGreaterThanOrEqual(20);
  });

  it("lands in the HTML as text: no script, no event handler, no javascript: URL, no style ended early", () => {
    const problems: string[] = [];
    for (const page of sitePages(site)) {
      const html = readFileSync(join(site, page, "index.html"), "utf8");
      // The site's own scripts (templates/assets/charts.js, and forbund-filter.js on the start page) are the ones a page may load.
      const own = /<script type="module" src="\/assets\/(charts|forbund-filter)\.js"><\/script>/g;
      const scripts = html.replace(own, "").match(/<script\b/g)?.length ?? 0;
      if (scripts !== (page === "/sok/" ? 1 : 0)) problems.push(`${page}: ${scripts} <script>`);
      // An attribute outside quotes that is an event handler (a payload inside a quoted value is text).
      const tags = (html.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"|'[^']*'/g, '""'));
      if (tags.some((tag) => /\son[a-z]+\s*=/i.test(tag))) problems.push(`${page}: an event handler attribute`);
      if (/\s(href|src)\s*=\s*["']?\s*javascript:/i.test(html)) problems.push(`${page}: a javascript: URL`);
      if ((html.match(/<style\b/g)?.length ?? 0) !== (html.match(/<\/style>/g)?.length ?? 0)) problems.push(`${page}: a <style> ended early`);
      for (const style of html.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? [])
        if (/<(?!\/style>)/.test(style.replace(/^<style\b[^>]*>/, ""))) problems.push(`${page}: markup inside <style>`);
      if (/<title>[^<]*<\/title>[\s\S]*<\/title>/.test(html)) problems.push(`${page}: the title ended early`);
    }
    expect(problems).toEqual([]);
    const documentPage = readFileSync(join(site, "jamtland/2025/driftsredovisning/index.html"), "utf8");
    expect(documentPage).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // Data is never a template: the braces are printed, not evaluated.
    expect(documentPage).toContain("{{ 7*7 }}");
  });

  it("is inert in every CSV file: text that starts like a formula gets an apostrophe", () => {
    let fields = 0;
    for (const file of siteFiles(site, ".csv")) {
      const rows = parseCsv(readFileSync(join(site, file), "utf8"), { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
      for (const field of rows.flat()) {
        fields++;
        if (/^[=+@\t\r]/.test(field) || (/^-/.test(field) && !/^-\d+(,\d+)?%?$/.test(field)))
          throw new Error(`${file}: a field that a spreadsheet would run: ${field.slice(0, 60)}`);
      }
    }
    expect(fields).toBeGreaterThan(100);
  });

  it("prints every PDF (no dialog or script stalls it), with the payload as text", async () => {
    const pdfs = siteFiles(site, ".pdf");
    expect(pdfs.length).toBe(files.length - 1);
    const pdf = await readPdf(readFileSync(join(site, pdfs.find((f) => f.includes("driftsredovisning"))!)));
    expect(pdf.pages.join(" ")).toContain("<script>alert(1)</script>");
    expect(String(pdf.info.Title)).toContain("<script>");
  });
});

it("reaches the running heads' CSS strings as hex escapes: nothing in them can end the string or the style", () => {
  const html = readFileSync(join(site, "jamtland/2025/driftsredovisning/index.html"), "utf8");
  expect(html).toContain('@top-right { content: "Driftsredovisning 2025 \\3d 1\\2b 1 \\3c \\2f style\\3e \\3c \\2f title\\3e \\3c script\\3e ');
});
