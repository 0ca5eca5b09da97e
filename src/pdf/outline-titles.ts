// The bookmarks' titles as the headings read. Chromium names a bookmark after the heading's laid-out
// text: it drops the space where a heading wraps ("förbundetsverksamhet") and writes the text, or
// each of its lines, twice for a heading pushed to the next page ("NoterNoter", "Budget för Budget
// för 2025–20272025–2027"). A reader sees those in the PDF viewer's bookmarks. The outline items are
// plain objects in Chromium's file; each one whose title differs from its heading's text is written
// again, with the heading's text, in the incremental update that sets the metadata (./metadata.ts).
import { decodeTextString, encodeTextString } from "./text-string.ts";
import { sameTitle } from "./toc-page-numbers.ts";

export interface PdfObject {
  number: number;
  body: string;
}

interface OutlineItem {
  number: number;
  body: string;
  title: string;
  first?: number;
  next?: number;
}

const TITLE = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/;

function outlineItems(pdf: string): Map<number, OutlineItem> {
  const items = new Map<number, OutlineItem>();
  // An object's dictionary up to its endobj, never across another object (a stream's object ends in endstream).
  for (const match of pdf.matchAll(/(\d+) 0 obj\s*(<<(?:(?!endobj|stream)[\s\S])*?>>)\s*endobj/g)) {
    const body = match[2]!;
    const title = TITLE.exec(body);
    if (!title || !/\/Parent\s+\d+ 0 R/.test(body)) continue;
    const reference = (key: string) => {
      const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body);
      return found ? Number(found[1]) : undefined;
    };
    items.set(Number(match[1]), { number: Number(match[1]), body, title: decodeTextString(title[1]!), first: reference("First"), next: reference("Next") });
  }
  return items;
}

/** The outline's items depth-first, as the headings come in the document. */
function inOrder(pdf: string, items: Map<number, OutlineItem>): OutlineItem[] {
  const root = /\/Outlines\s+(\d+) 0 R/.exec(pdf);
  const rootFirst = root ? new RegExp(`(?:^|\\n)${root[1]} 0 obj\\s*<<(?:(?!endobj)[\\s\\S])*?/First\\s+(\\d+) 0 R`).exec(pdf) : null;
  const ordered: OutlineItem[] = [];
  const seen = new Set<number>();
  const walk = (number: number | undefined) => {
    for (let item = number === undefined ? undefined : items.get(number); item && !seen.has(item.number); item = items.get(item.next ?? -1)) {
      seen.add(item.number);
      ordered.push(item);
      walk(item.first);
    }
  };
  walk(rootFirst ? Number(rootFirst[1]) : undefined);
  return ordered;
}

/**
 * The outline items to write again with their heading's text: bookmarks matched to the page's
 * headings (h1–h6, in document order) as the innehåll matches them, where the title differs.
 */
export function outlineTitleFixes(pdf: string, headings: readonly string[]): PdfObject[] {
  const fixes: PdfObject[] = [];
  let from = 0;
  for (const item of inOrder(pdf, outlineItems(pdf))) {
    const index = headings.findIndex((heading, i) => i >= from && sameTitle(item.title, heading));
    if (index === -1) continue;
    from = index + 1;
    const heading = headings[index]!;
    if (item.title !== heading) fixes.push({ number: item.number, body: item.body.replace(TITLE, `/Title ${encodeTextString(heading)}`) });
  }
  return fixes;
}
