// Fixed PDF metadata, so that two builds of the same data give byte-identical files.
//
// Chromium writes a classic xref table and an Info dictionary with its own Title/Creator/Producer.
// We (1) take out what differs between two prints (stable-bytes.ts), in place, and (2) append an
// incremental update (PDF 1.7, 7.5.6) that replaces the Info dictionary with ours: Title, Author,
// Subject, Keywords and the document's date.
// Rewriting the whole file with a PDF library would cost ~0.4 s per document and can drop tags.

import { outlineTitleFixes } from "./outline-titles.ts";
import { fixPrintDates, renumberNodeIds } from "./stable-bytes.ts";
import { encodeTextString as textString } from "./text-string.ts";

export interface PdfMetadata {
  title: string;
  author: string;
  subject?: string;
  keywords?: string[];
  /** ISO date (YYYY-MM-DD) used as both creation and modification date. */
  date: string;
}

function pdfDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`PDF date must be YYYY-MM-DD, got ${isoDate}`);
  return `D:${isoDate.replaceAll("-", "")}000000+00'00'`;
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray {
  let found: RegExpExecArray | null = null;
  for (const match of text.matchAll(pattern)) found = match;
  if (!found) throw new Error(`not a PDF this module understands: no match for ${pattern}`);
  return found;
}

/**
 * The PDF with our metadata; given the page's headings (h1–h6 text, in order), also the bookmarks'
 * titles as the headings read (./outline-titles.ts), in the same update.
 */
export function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata, headings: readonly string[] = []): Buffer {
  const date = pdfDate(metadata.date);
  // latin1 maps every byte to one char and back, so offsets in the string are byte offsets.
  const original = Buffer.from(pdf).toString("latin1");
  const fixedDates = renumberNodeIds(fixPrintDates(original, date));

  const startxref = Number(lastMatch(fixedDates, /startxref\s+(\d+)\s+%%EOF/g)[1]);
  const trailer = lastMatch(fixedDates, /trailer\s*<<([\s\S]*?)>>/g)[1]!;
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+ \d+ R)/.exec(trailer)?.[1];
  const info = /\/Info\s+(\d+) (\d+) R/.exec(trailer);
  if (!size || !root) throw new Error("not a PDF this module understands: trailer without /Size or /Root");

  const producer = /\/Producer\s+\(([^)]*)\)/.exec(fixedDates)?.[1] ?? "Chromium";
  const infoNumber = info ? Number(info[1]) : size;
  const entries = [
    `/Title ${textString(metadata.title)}`,
    `/Author ${textString(metadata.author)}`,
    metadata.subject ? `/Subject ${textString(metadata.subject)}` : "",
    metadata.keywords?.length ? `/Keywords ${textString(metadata.keywords.join(", "))}` : "",
    `/Creator ${textString("finsam-rapport")}`,
    `/Producer ${textString(producer)}`,
    `/CreationDate (${date})`,
    `/ModDate (${date})`,
  ].filter(Boolean);

  const base = fixedDates.endsWith("\n") ? fixedDates : `${fixedDates}\n`;
  const objects = [
    ...outlineTitleFixes(fixedDates, headings).map(({ number, body }) => ({ number, text: `${number} 0 obj\n${body}\nendobj\n` })),
    { number: infoNumber, text: `${infoNumber} 0 obj\n<<${entries.join("\n")}>>\nendobj\n` },
  ];
  let offset = base.length;
  const placed = objects.map((object) => {
    const at = offset;
    offset += object.text.length;
    return { ...object, at };
  });
  const xref = [...placed]
    .sort((a, b) => a.number - b.number)
    .map((object) => `${object.number} 1\n${String(object.at).padStart(10, "0")} 00000 n \n`)
    .join("");
  const update =
    placed.map((object) => object.text).join("") +
    `xref\n${xref}` +
    `trailer\n<</Size ${Math.max(size, infoNumber + 1)}\n/Root ${root}\n/Info ${infoNumber} 0 R\n/Prev ${startxref}>>\n` +
    `startxref\n${offset}\n%%EOF\n`;
  return Buffer.from(base + update, "latin1");
}
