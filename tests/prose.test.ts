// Prose: Markdown with Nunjucks, its numbers bound to the document's data by shortcodes, its
// headings known (level, text, id) before the page is rendered, so the innehåll comes from them.
import { describe, expect, it } from "vitest";
import { readProse } from "../src/data/prose.ts";
import { prepareDocument } from "../src/eleventy/prepare.ts";
import { parseProse, proseHtml } from "../src/eleventy/prose/render.ts";
import { valueShortcodes } from "../src/eleventy/prose/values.ts";
import type { DocumentPage } from "../src/model/site.ts";
import { seedsProse } from "./helpers/seeds.ts";

const doc = {
  title: "Driftsredovisning 2025",
  unit: "tkr" as const,
  computed: { resultat: { "2025": { utfall: 1271, budget: null } }, share: 0.35, year: 2025 },
  data: { years: [2025], title: "Driftsredovisning 2025", name: "A & B <i>" },
};
const prose = (source: string) => ({ section: "test", file: "content/prose/x/2025/test/10-test.md", source });

describe("value shortcodes", () => {
  it("format a value found at a path in the computed values, in the document's unit", () => {
    expect(valueShortcodes.belopp(doc, "resultat.2025.utfall")).toBe("1\u00a0271\u00a0tkr");
    // Another unit converts the amount: 1 271 tkr is 1 271 000 kr.
    expect(valueShortcodes.belopp(doc, "resultat.2025.utfall", "kr")).toBe("1\u00a0271\u00a0000\u00a0kr");
    expect(valueShortcodes.tal(doc, "resultat.2025.budget")).toBe("–");
    expect(valueShortcodes.procent(doc, "share")).toBe("35\u00a0%");
    expect(valueShortcodes.tal(doc, "years.0")).toBe("2\u00a0025");
  });

  it("stop with the document and path when the path leads nowhere", () => {
    expect(() => valueShortcodes.belopp(doc, "resultat.2026.utfall")).toThrow(
      '{% belopp "resultat.2026.utfall" %} i Driftsredovisning 2025: inget värde på "resultat.2026.utfall"',
    );
    expect(() => valueShortcodes.tal(doc, "title")).toThrow('väntade ett tal på "title", fann "Driftsredovisning 2025"');
  });
});

describe("value shortcodes with small participant counts hidden (forbund.yaml privacy.min_count)", () => {
  // The document's hiddenValue (src/documents/arsredovisning-privacy.ts) says what the site prints instead.
  const hiding = {
    ...doc,
    computed: { ...doc.computed, current: { new: { women: 3 } } },
    hiddenValue: (path: string) => (path.startsWith("current.") ? "<5" : undefined),
  };

  it("print a hidden count, or its share, as the tables do, and every other value as it is", () => {
    expect(valueShortcodes.tal(hiding, "current.new.women")).toBe("<5");
    expect(valueShortcodes.procent(hiding, "current.new.women")).toBe("<5");
    expect(valueShortcodes.tal(hiding, "resultat.2025.utfall")).toBe("1\u00a0271");
    expect(() => valueShortcodes.tal(hiding, "current.new.men")).toThrow('inget värde på "current.new.men"');
  });

  it('escape "<5" for HTML, so it is text and never markup', () => {
    const html = proseHtml(parseProse(prose('Nya kvinnor: {% tal "current.new.women" %} av dem.'), hiding), []);
    expect(html).toContain("Nya kvinnor: &lt;5 av dem.");
  });
});

describe("rendering prose", () => {
  it("binds shortcodes and values, escapes data strings, and knows its headings before any HTML", () => {
    const parsed = parseProse(
      prose('## Resultat {{ doc.computed.year }}\n\nÅrets resultat blev {% belopp "resultat.2025.utfall" %} för {{ doc.data.name }}.\n\n### Mer *om* det\n'),
      doc,
    );
    expect(parsed.headings.map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 2, text: "Resultat 2025" },
      { level: 3, text: "Mer om det" },
    ]);
    const html = proseHtml(parsed, ["resultat-2025", "mer-om-det"]);
    expect(html).toContain('<h2 id="resultat-2025">Resultat 2025</h2>');
    expect(html).toContain('<h3 id="mer-om-det">Mer <em>om</em> det</h3>');
    expect(html).toContain("Årets resultat blev 1\u00a0271\u00a0tkr för A &amp; B &lt;i&gt;.");
  });

  it("renders a text two files share with each document's own values, and names the file an error is in", () => {
    const source = 'Årets resultat blev {% belopp "resultat.2025.utfall" %}.';
    const first = { section: "test", file: "content/prose/a/2025/test/10-test.md", source };
    const second = { section: "test", file: "content/prose/b/2025/test/10-test.md", source };
    const other = { ...doc, computed: { resultat: { "2025": { utfall: 42, budget: null } } } };
    expect(proseHtml(parseProse(first, doc), [])).toContain("1\u00a0271\u00a0tkr");
    expect(proseHtml(parseProse(second, other), [])).toContain("42\u00a0tkr");
    // The compiled text is the first file's; the error is the second's.
    const missing = { ...doc, computed: {}, data: {} };
    expect(() => parseProse(second, missing)).toThrow(/content\/prose\/b\/2025/);
    expect(proseHtml(parseProse(first, doc), [])).toContain("1\u00a0271\u00a0tkr");
  });

  it("marks a paragraph of bold text alone as a heading the print keeps with what follows, not a bold lead-in", () => {
    const html = proseHtml(parseProse(prose("**Deltagande och flöden**\n\n- 332 personer\n\n**Avslutade insatser:** två insatser\n"), doc), []);
    expect(html).toContain('<p class="bold-heading"><strong>Deltagande och flöden</strong></p>');
    expect(html).toContain("<p><strong>Avslutade insatser:</strong> två insatser</p>");
  });

  it("does not let raw HTML in prose through", () => {
    expect(proseHtml(parseProse(prose("Text <script>alert(1)</script>"), doc), [])).toContain("&lt;script&gt;");
  });

  it("names the prose file and the line of a wrong path, with every problem of the document at once", () => {
    const page = {
      ...doc,
      body: [
        { type: "prose", prose: prose('Rad ett.\n\nRad tre {% belopp "resultat.2026.utfall" %}.') },
        { type: "prose", prose: { ...prose('{% tal "saknas" %}'), file: "content/prose/x/2025/test/20-annan.md" } },
      ],
      toc: true,
    } as unknown as DocumentPage;
    const problems: { file: string; line?: number; message: string }[] = [];
    prepareDocument(page, problems as never);
    expect(problems).toMatchObject([
      { file: "content/prose/x/2025/test/10-test.md", line: 3, message: expect.stringContaining('inget värde på "resultat.2026.utfall"') },
      { file: "content/prose/x/2025/test/20-annan.md", line: 1, message: expect.stringContaining('{% tal "saknas" %}') },
    ]);
  });

  it("gives headings unique ids that do not take an id the page already has, and makes the innehåll of h2 and h3", () => {
    const page = {
      ...doc,
      body: [
        { type: "heading", heading: { level: 2, text: "Noter", id: "noter" } },
        { type: "prose", prose: prose("## Noter\n\n### Ett\n\n## Ett\n") },
        { type: "group", tag: "section", heading: { level: 3, text: "Två" }, blocks: [] },
      ],
      toc: true,
    } as unknown as DocumentPage;
    const prepared = prepareDocument(page, []);
    expect(prepared.headings.map((h) => h.id)).toEqual(["noter", "noter-2", "ett", "ett-2", "tva"]);
    expect(prepared.tocEntries).toEqual([
      { id: "noter", text: "Noter", children: [] },
      { id: "noter-2", text: "Noter", children: [{ id: "ett", text: "Ett", children: [] }] },
      { id: "ett-2", text: "Ett", children: [{ id: "tva", text: "Två", children: [] }] },
    ]);
  });
});

describe("prose files", () => {
  it("are read in file-name order, each with its section name", () => {
    const sections = readProse(seedsProse, "jamtland", 2025, "arsredovisning").map((p) => p.section);
    expect(sections.slice(0, 3)).toEqual(["forvaltningsberattelse", "om-forbundet", "oversikt"]);
    expect(readProse(seedsProse, "jamtland", 1999, "arsredovisning")).toEqual([]);
  });
});
