// Rule siffra-i-text (src/checks/prose-literals.ts): a figure typed into prose or a protokoll's text
// instead of bound to the data is listed with its file and line; dates, years, section numbers and
// the like are not figures; {% ordagrant "…" %} marks one as meant. And prose findings link to the
// place in the text (src/documents/prose-anchors.ts, src/eleventy/prose/anchors.ts): the page has
// the id a finding's url names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../src/build/build.ts";
import type { Finding } from "../src/checks/finding.ts";
import { literalAsWritten, literalNumbers, proseLiteralFindings } from "../src/checks/prose-literals.ts";
import { ruleById } from "../src/checks/rules.ts";
import { parseYamlSource } from "../src/data/yaml-source.ts";
import { proseLiterals, quoteUrl } from "../src/documents/prose-anchors.ts";
import { protokollLiterals } from "../src/documents/protokoll-literals.ts";
import { markdown } from "../src/eleventy/filters/markdown.ts";
import { parseProse, proseHtml } from "../src/eleventy/prose/render.ts";
import { protokollSchema } from "../src/schemas/protokoll.ts";
import { temporaryDir } from "./helpers/build.ts";
import { seedsData, seedsProse } from "./helpers/seeds.ts";

/** The literal figures of a text, as written. */
const found = (text: string) => literalNumbers(text).map((literal) => literal.text);

describe("literal figures in a text", () => {
  it("finds counts, decimals, thousands, signs, shares, ranges and fractions as written", () => {
    expect(found("I slutet av året har 6 av 8 STAR-team 0,5 tjänst.")).toEqual(["6", "8", "0,5"]);
    expect(found("En minskning med 20 000 kr, och 1\u00a0271 tkr, och −81 tkr.")).toEqual(["20 000", "1\u00a0271", "−81"]);
    expect(found("Av dem 13 (20%) till arbete och 35 % till studier.")).toEqual(["13", "20%", "35 %"]);
    expect(found("Unga (16–29 år) och (16-29 år), två tredjedelar: 2/3.")).toEqual(["16–29", "16-29", "2/3"]);
    expect(found("Två 5-åriga finansieringar.")).toEqual(["5"]);
  });

  it("reads a four-digit number before an amount or a count as a figure, not a year", () => {
    expect(found("Kostnaden blev 2000 kr för 1950 deltagare.")).toEqual(["2000", "1950"]);
  });

  it.each([
    ["a year", "Under 2025 och år 2026, i 2025 års budget."],
    ["a range or pair of years", "Planen för 2025–2027, 2026-2028, 2025/2026 och 2025/26, 2026–28."],
    ["a date", "Mötet 2025-11-28, beslut 28 november 2025, den 6 okt, 12-13 nov 2025, i 2026-03."],
    ["a day and month after a weekday or den", "Fre 13/3 kl 9–12 och den 27/11."],
    ["a compact date", "Beslut från Arbetsförmedlingen, inkom 251008 och 20251120."],
    ["a time", "Mötet kl. 13.00–15.40, kl 9, kl. 9–12 och 13:00."],
    ["a section or version number", "Se 3.1. och 6.2, Jobbcenter 2.0."],
    ["a paragraph or chapter", "Enligt § 26 och §§ 25–32, 8 kap. 12 § och kap. 3."],
    ["a reference to a table, note, figure or appendix", "Se Tabell 1 och 2, Not 5, (fig. 1), bilaga 3, sidan 4 och punkt 2."],
    ["a law", "Lagen (SFS 2003:1210), lagen (2017:725) och SFS 2003: 1210."],
    ["a recommendation", "Med stöd av RKR:s rekommendation R 9 Avsättningar."],
    ["a phone number", "Ring 063-14 16 00, 070-123 45 67, +46 63 14 16 00 eller tel. 010 123."],
    ["a postal code", "Adress: Box 1, 831 90 Östersund."],
    ["a diarienummer", "Dnr P25-3, (dnr (25:01), dnr 25.07 och dnr p20/2."],
    ["a name or an ordinal", "COVID-19 och P25, den 1:a och 3:e gången, v. 12."],
    ["Nunjucks", '{% tal "current.enrolled.total" %} av {{ doc.computed.year + 1 }} {# 5 #}{% if n > 5 %}ja{% endif %}'],
    ["a link target, code and a footnote", "Se [rapporten](https://x.se/2024/5), `5 st` och[^1].\n\n```\n12 rader\n```\n\n[^1]: Fotnot."],
    ["a list marker, an entity, a heading's number", "1. Första\n2) Andra\n\nText&#160;här.\n\n## 3 Budget\n"],
  ])("does not take %s for a figure", (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('passes a figure marked {% ordagrant "…" %} by, and prints it as written', () => {
    expect(found('Unga ({% ordagrant "16–29" %} år), {% ordagrant "84" %} individer.')).toEqual([]);
    expect(literalAsWritten('Unga ({% ordagrant "16–29" %} år), {%- ordagrant "84" -%} individer.')).toBe("Unga (16–29 år),84individer.");
    expect(markdown('Totalt {% ordagrant "84" %} individer.')).toBe("<p>Totalt 84 individer.</p>\n");
    const doc = { title: "T", unit: "tkr" as const, computed: {}, data: {}, id: "doc" };
    const html = proseHtml(parseProse({ section: "s", file: "s.md", source: 'Unga ({% ordagrant "16–29" %} år) & {% ordagrant "<b>" %}.' }, doc), []);
    expect(html).toBe("<p>Unga (16–29 år) &amp; &lt;b&gt;.</p>\n");
  });

  it("gives each its line and column in the source, with Nunjucks over several lines", () => {
    const source = 'Rad ett {% tal\n  "a.b" %} och 7.\n\n{# en\nkommentar 9 #}\nRad sex: 12 av 40.';
    expect(literalNumbers(source).map(({ line, column, length, text }) => ({ line, column, length, text }))).toEqual([
      { line: 2, column: 15, length: 1, text: "7" },
      { line: 6, column: 9, length: 2, text: "12" },
      { line: 6, column: 15, length: 2, text: "40" },
    ]);
  });

  it("quotes the sentence around it, shortened, with shortcodes as …", () => {
    const [literal] = literalNumbers(
      "Förra året var det få. I slutet av {{ doc.computed.year }} har 6 av **alla** team övergått till en finansiering " +
        "som är gemensam för hela länet och alla dess kommuner. Sedan annat.",
    );
    expect(literal!.excerpt).toBe("I slutet av … har 6 av alla team övergått till en finansiering…");
  });
});

describe("rule siffra-i-text", () => {
  const document = { label: "Årsredovisning 2025 (X)", url: "/x/2025/arsredovisning/", id: "arsredovisning" };
  const prose = [{ section: "verksamheten", file: "content/prose/x/2025/arsredovisning/15-verksamheten.md", source: "Rubrik\n\nHar 6 av 8 team." }];

  it("is in the catalogue, for every kind with text", () => {
    expect(ruleById("siffra-i-text")).toMatchObject({
      family: "text",
      kinds: ["arsredovisning", "verksamhetsplan", "driftsredovisning", "protokoll", "uppfoljning", "internkontrollplan"],
    });
  });

  it("is a varning in prose, adopted or not (bound or marked, it prints the same), at the file and line", () => {
    const draft = proseLiteralFindings(prose, { document, decided: false });
    expect(draft.map((f) => [f.severity, f.file, f.line])).toEqual([
      ["varning", prose[0]!.file, 3],
      ["varning", prose[0]!.file, 3],
    ]);
    expect(draft[0]!.message).toBe('talet ”6” står i texten: ”Har 6 av 8 team.” — hämta det ur data eller märk det {% ordagrant "6" %}');
    expect(proseLiteralFindings(prose, { document, decided: true }).map((f) => f.severity)).toEqual(["varning", "varning"]);
  });

  it("links each to its line in the page's prose", () => {
    const body = [{ type: "group" as const, tag: "div" as const, blocks: [{ type: "prose" as const, prose: prose[0]! }] }];
    expect(proseLiterals(body, document, true).map((f) => f.url)).toEqual([
      "/x/2025/arsredovisning/#arsredovisning-text-verksamheten-rad-3",
      "/x/2025/arsredovisning/#arsredovisning-text-verksamheten-rad-3",
    ]);
  });

  it("reads a protokoll's texts and decisions at their lines in the YAML file, linked to the paragraph or its decision", () => {
    const yaml = [
      "meeting: { date: 2025-11-28, start: '13.00', end: '15.00', place: Östersund }",
      "justerare: [A]",
      "justering: {}",
      "kept_at: Kansliet",
      "announced_on: [förbundets]",
      "ledamoter: [{ name: A, appointed_by: B, decides: true }]",
      "signatures: [{ name: A, role: ordförande }]",
      "paragraphs:",
      "  - number: 32",
      "    title: Information",
      "    text: |",
      "      Mötet den 10 november 2025.",
      "",
      '      Totalt 84 individer, av dem {% ordagrant "66" %} avslutade.',
      "    sections:",
      "      - heading: Aktuellt",
      "        text: >-",
      "          Ungefär",
      "          100 deltagare.",
      "    beslut:",
      "      - Styrelsen beviljar 250 000 kr för 2026.",
    ].join("\n");
    const { source } = parseYamlSource("protokoll.yaml", yaml);
    const data = protokollSchema.parse(source!.value);
    const literals = protokollLiterals(data, { source: source!, document: { label: "Protokoll", url: "/x/p/", id: "p" } }, true);
    expect(literals[0]!.message).toBe(
      "talet ”84” står i texten: ”Totalt 84 individer, av dem … avslutade.” " + '— märk det {% ordagrant "84" %} om det ska stå så',
    );
    expect(literals.map((f) => [f.severity, f.line, f.path, f.url, f.message.split("”")[1]])).toEqual([
      ["notering", 14, "paragraphs.0.text", "/x/p/#paragraf-32", "84"],
      ["notering", 19, "paragraphs.0.sections.0.text", "/x/p/#paragraf-32", "100"],
      ["notering", 21, "paragraphs.0.beslut.0", "/x/p/#paragraf-32-beslut", "250 000"],
    ]);
  });
});

describe("ids in rendered prose", () => {
  const doc = { title: "T", unit: "tkr" as const, computed: { a: { b: 332 } }, data: {}, id: "doc" };
  const section = (source: string, name = "sec") => ({ section: name, file: `content/prose/x/2025/doc/10-${name}.md`, source });

  it("wrap the first value of a path in a section and the first literal figure of a line, and never give an id twice on a page", () => {
    const used = new Set<string>();
    const first = proseHtml(parseProse(section('Totalt {% tal "a.b" %} och {% tal "a.b" %}, 6 av 8.\n\nOch *7*.'), doc, used), []);
    expect(first).toBe(
      '<p>Totalt <span id="doc-text-sec-a-b">332</span> och 332, <span id="doc-text-sec-rad-1">6</span> av 8.</p>\n' +
        '<p>Och <em><span id="doc-text-sec-rad-3">7</span></em>.</p>\n',
    );
    // The same section's ids once more on the same page (a macro printing it twice): the first place keeps them.
    expect(proseHtml(parseProse(section('Totalt {% tal "a.b" %}, 6 av 8.'), doc, used), [])).toBe("<p>Totalt 332, 6 av 8.</p>\n");
    expect(proseHtml(parseProse(section('Totalt {% tal "a.b" %}.', "annan"), doc, used), [])).toBe('<p>Totalt <span id="doc-text-annan-a-b">332.</span></p>\n');
  });

  it("take in the rest of the word a value stands in, so that the PDF's text reads the same (a span's edges are at spaces)", () => {
    const html = proseHtml(parseProse(section('Intäkter ({% tal "a.b" %}), och 6/8:e.'), doc), []);
    expect(html).toBe('<p>Intäkter <span id="doc-text-sec-a-b">(332),</span> och <span id="doc-text-sec-rad-1">6/8:e.</span></p>\n');
  });

  it("leave no mark in code, headings' text or what the author typed", () => {
    const parsed = parseProse(section('## Totalt {% tal "a.b" %}\n\n`{% tal "a.b" %}` och \uE001\uE100x\uE002.'), doc);
    expect(parsed.headings.map((h) => h.text)).toEqual(["Totalt 332"]);
    const html = proseHtml(parsed, ["totalt"]);
    expect(html).toBe('<h2 id="totalt">Totalt <span id="doc-text-sec-a-b">332</span></h2>\n<p><code>332</code> och x.</p>\n');
  });

  it("are where a stated figure's finding links: in its section, else the first section quoting it", () => {
    const prose = [section('Totalt {% tal "a.b" %}.', "resultat"), section('Vi hade {% tal "a.b" %}.', "mal")];
    const document = { label: "D", url: "/x/2025/doc/", id: "doc" };
    expect(quoteUrl(prose, document, "a.b", "mal")).toBe("/x/2025/doc/#doc-text-mal-a-b");
    expect(quoteUrl(prose, document, "a.b")).toBe("/x/2025/doc/#doc-text-resultat-a-b");
    expect(quoteUrl(prose, document, "c.d")).toBeUndefined();
  });
});

describe("prose findings on the built seeds", () => {
  let out: string;
  let findings: Finding[];
  beforeAll(async () => {
    out = join(temporaryDir(), "site");
    ({ findings } = await build({ dataDir: seedsData, proseDir: seedsProse, outDir: out, pdf: false, buildDate: "2025-12-20", log: () => {} }));
  }, 60_000);
  const page = (url: string) => readFileSync(join(out, url.split("#")[0]!, "index.html"), "utf8");

  it("link to an id their page has: a stated figure where the text prints it, a literal figure at its line, a paragraph of the protokoll", () => {
    const prose = findings.filter((f) => ["angiven-uppgift", "siffra-i-text"].includes(f.rule) || (f.rule === "text" && f.url?.includes("-text-")));
    expect(prose.filter((f) => f.rule === "angiven-uppgift").length).toBeGreaterThan(0);
    expect(prose.filter((f) => f.rule === "siffra-i-text" && f.file.endsWith(".md")).length).toBeGreaterThan(0);
    expect(prose.filter((f) => f.rule === "siffra-i-text" && f.file.endsWith(".yaml")).length).toBeGreaterThan(0);
    for (const finding of prose) {
      const anchor = finding.url!.split("#")[1];
      expect(anchor, `${finding.file}:${finding.line} ${finding.message}`).toBeTruthy();
      expect(page(finding.url!), finding.url).toContain(`id="${anchor}"`);
    }
    expect(findings.find((f) => f.path === "participants.stated.current.enrolled.total.value")?.url).toBe(
      // The seeds' stated figure names no section: it links to the first section that quotes the path.
      "/jamtland/2025/arsredovisning/#arsredovisning-text-resultat-current-enrolled-total",
    );
  });

  it("leave each id once on a page and no mark in it", () => {
    for (const url of new Set(findings.flatMap((f) => (f.url ? [f.url.split("#")[0]!] : [])))) {
      const html = page(url);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        url,
      ).toEqual([]);
      expect(html).not.toMatch(/[\uE000-\uE002\uE100-\uF8FF]/);
    }
  });
});
