// The bookmarks' titles as the headings read (src/pdf/outline-titles.ts): Chromium's lost spaces and
// doubled lines replaced, in the metadata's incremental update.
import { describe, expect, it } from "vitest";
import { outlineTitleFixes } from "../src/pdf/outline-titles.ts";
import { decodeTextString, encodeTextString } from "../src/pdf/text-string.ts";

const item = (number: number, title: string, links: string) =>
  `${number} 0 obj\n<</Title ${encodeTextString(title)}\n/Dest [8 0 R /XYZ 52 766 0]\n/Parent 9 0 R\n${links}>>\nendobj\n`;

// A PDF's outline as Chromium writes it: a root and its items, with a stream object before them
// whose content must not be read as part of an object.
const PDF = [
  "%PDF-1.4\n",
  "1 0 obj\n<</Type /Catalog /Outlines 9 0 R>>\nendobj\n",
  "2 0 obj\n<</Length 20>>\nstream\n<</Title (x) /Parent>>\nendstream\nendobj\n",
  "9 0 obj\n<</Type /Outlines /First 10 0 R /Last 12 0 R>>\nendobj\n",
  item(10, "NoterNoter", "/Next 11 0 R /First 13 0 R"),
  item(11, "Om förbundetsverksamhet", "/Prev 10 0 R /Next 12 0 R"),
  item(12, "Budget för Budget för 2025–20272025–2027", "/Prev 11 0 R"),
  item(13, "Not 1", ""),
].join("");

describe("the bookmarks' titles", () => {
  it("writes again, with the heading's text, each bookmark whose title Chromium doubled or squeezed, in outline order", () => {
    const fixes = outlineTitleFixes(PDF, ["Noter", "Not 1", "Om förbundets verksamhet", "Budget för 2025–2027"]);
    expect(fixes.map((fix) => fix.number)).toEqual([10, 11, 12]);
    expect(fixes.map((fix) => decodeTextString(/\/Title (<[^>]*>)/.exec(fix.body)![1]!))).toEqual([
      "Noter",
      "Om förbundets verksamhet",
      "Budget för 2025–2027",
    ]);
    // The rest of each object is kept as it was.
    expect(fixes[0]!.body).toContain("/Next 11 0 R /First 13 0 R");
  });

  it("leaves a bookmark that matches no heading, and one already right", () => {
    expect(outlineTitleFixes(PDF, ["Noter", "Not 1"]).map((fix) => fix.number)).toEqual([10]);
    expect(outlineTitleFixes(PDF, ["Annat"])).toEqual([]);
  });

  it("reads and writes PDF text strings: UTF-16 hex and literals with escapes", () => {
    expect(decodeTextString(encodeTextString("Årets resultat − 5 %"))).toBe("Årets resultat − 5 %");
    expect(decodeTextString("(Not \\(1\\)\\051)")).toBe("Not (1))");
  });
});
