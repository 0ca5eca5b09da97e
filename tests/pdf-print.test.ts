// Print-grade PDFs: cover, innehåll with the right page numbers, running heads, embedded fonts.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type PdfContent, readOutline, readPdf } from "../src/pdf/read-pdf.ts";
import { examplesSite, longSite } from "./helpers/site.ts";

interface Printed {
  name: string;
  bytes: Buffer;
  pdf: PdfContent;
  /** Titles of the innehåll's entries, from the HTML page next to the PDF. */
  tocTitles: string[];
  /** Whether the page asks for a cover (protocols do not), and its decision line. */
  hasCover: boolean;
  decisionLine: string;
}

function pdfFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pdfFiles(join(dir, entry.name)) : entry.name.endsWith(".pdf") ? [join(dir, entry.name)] : [],
  );
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
const plain = (text: string) => text.replace(/\u00a0/g, " ").replace(/\s+/g, " ");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function printedDocuments(site: string): Promise<Printed[]> {
  return Promise.all(
    pdfFiles(site).map(async (file) => {
      const html = readFileSync(join(file, "..", "index.html"), "utf8");
      const bytes = readFileSync(file);
      return {
        name: relative(site, file),
        bytes,
        pdf: await readPdf(bytes),
        tocTitles: [...html.matchAll(/<span class="toc-title">([\s\S]*?)<\/span>/g)].map((m) => decode(m[1]!)),
        hasCover: html.includes('class="document has-cover"'),
        decisionLine: plain(decode(/<p class="document-decided">([\s\S]*?)<\/p>/.exec(html)![1]!)),
      };
    }),
  );
}

const documents: Printed[] = [];

beforeAll(async () => {
  documents.push(...(await printedDocuments(examplesSite())), ...(await printedDocuments(longSite())));
});

describe("every printed document", () => {
  it("includes a long document with headings on many pages", () => {
    const long = documents.find((d) => d.name.startsWith("exempel/"))!;
    expect(long.pdf.pages.length).toBeGreaterThanOrEqual(6);
    expect(long.tocTitles).toHaveLength(13);
  });

  it("has a cover page without running heads (where it asks for one), and 'Sida X av Y' on every other page", () => {
    expect(documents.filter((d) => d.hasCover).length).toBeGreaterThan(0);
    for (const { name, pdf, hasCover, decisionLine } of documents) {
      const pages = pdf.pages.map(plain);
      expect(pages[0], name).toContain(pdf.info.Title as string);
      expect(pages[0], name).toContain(decisionLine);
      expect(decisionLine, name).toMatch(/\d{4}-\d{2}-\d{2}/);
      if (hasCover) expect(pages[0], name).not.toMatch(/Sida \d+ av/);
      pages.forEach((text, i) => {
        if (hasCover && i === 0) return;
        expect(text, `${name} page ${i + 1}`).toContain(`Sida ${i + 1} av ${pdf.pages.length}`);
        expect(text, `${name} page ${i + 1}`).toContain(pdf.info.Author as string);
      });
    }
  });

  it("prints each innehåll entry with the page where that heading is printed", () => {
    for (const { name, pdf, tocTitles } of documents.filter((d) => d.tocTitles.length > 0)) {
      const pages = pdf.pages.map(plain);
      const tocPage = pages.findIndex((text) => text.includes("Innehåll"));
      // The innehåll may run over several pages; read the numbers from all of them in order.
      const tocText = pages.slice(tocPage, tocPage + 3).join(" ");
      let from = 0;
      for (const title of tocTitles) {
        const match = new RegExp(`${escapeRegExp(plain(title))} (\\d+)`).exec(tocText.slice(from));
        expect(match, `${name}: "${title}" with a page number in the innehåll`).not.toBeNull();
        from += match!.index + match![0].length;
        const page = Number(match![1]);
        expect(pages[page - 1], `${name}: "${title}" on page ${page}`).toContain(plain(title));
      }
    }
  });

  it("has bookmarks that mirror the headings, in order", async () => {
    for (const { name, bytes, tocTitles } of documents) {
      const { sameTitle } = await import("../src/pdf/toc-page-numbers.ts");
      const outline = await readOutline(bytes);
      expect(outline[0], name).toMatchObject({ depth: 0, page: 1 });
      let from = 0;
      for (const title of tocTitles) {
        const index = outline.findIndex((entry, i) => i >= from && sameTitle(entry.title, title));
        expect(index, `${name}: bookmark "${title}"`).toBeGreaterThanOrEqual(from);
        // Titled as the heading reads: no space lost at a line break, no line written twice.
        expect(outline[index]!.title, name).toBe(title);
        from = index + 1;
      }
    }
  });

  it("embeds every font it uses and is tagged, in Swedish", () => {
    for (const { name, bytes, pdf } of documents) {
      const text = bytes.toString("latin1");
      const descriptors = text.match(/\/Type \/FontDescriptor/g)?.length ?? 0;
      expect(descriptors, name).toBeGreaterThan(0);
      expect(text.match(/\/FontFile[23]? /g)?.length, name).toBe(descriptors);
      expect(text, name).toMatch(/\/StructTreeRoot \d+ 0 R/);
      expect(text, name).not.toMatch(/DejaVu|Liberation/);
      expect(pdf.language, name).toBe("sv");
      expect(pdf.info.Subject, name).toMatch(/ för Samordningsförbundet /);
    }
  });
});

describe("matching innehåll entries to bookmarks", () => {
  it("ignores the spaces Chromium drops at a line break, and a doubled title", async () => {
    const { pagesOf } = await import("../src/pdf/toc-page-numbers.ts");
    const outline = [
      { title: "Om förbundetsverksamhet", depth: 1, page: 3 },
      { title: "KostnaderKostnader", depth: 2, page: 7 },
    ];
    expect(
      pagesOf(
        [
          { id: "a", text: "Om förbundets verksamhet" },
          { id: "b", text: "Kostnader" },
        ],
        outline,
      ),
    ).toEqual([3, 7]);
    expect(() => pagesOf([{ id: "c", text: "Saknas" }], outline)).toThrow('the heading "Saknas" is not among the PDF\'s bookmarks');
  });

  it("matches a title whose lines Chromium wrote twice each, and nothing that only shares its words", async () => {
    const { sameTitle } = await import("../src/pdf/toc-page-numbers.ts");
    expect(sameTitle("Budget för Budget för 2025–20272025–2027", "Budget för 2025–2027")).toBe(true);
    expect(sameTitle("3.1. Styrelsens ambitionsnivåer3.1. Styrelsens ambitionsnivåer", "3.1. Styrelsens ambitionsnivåer")).toBe(true);
    expect(sameTitle("Budget för 2026–2028", "Budget för 2025–2027")).toBe(false);
    expect(sameTitle("Budget för 2025–2027 och 2028", "Budget för 2025–2027")).toBe(false);
    expect(sameTitle("Budget", "Budget för 2025–2027")).toBe(false);
  });
});
