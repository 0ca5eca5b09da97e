// What makes two Chromium prints of the same page differ, and how we take it out — each
// replacement keeps the length, so every byte offset in the xref table stays valid.
//
// 1. /CreationDate and /ModDate hold the print time: replaced by the document's fixed date.
// 2. Tagged PDFs name structure elements after Blink's DOM node ids — /ID (node00000043), also
//    used in /Headers of table cells and as keys of the /IDTree — and which element gets which id
//    depends on what the renderer did before: under load Chromium hands out the same ids in another
//    order. Skia writes the structure elements in tree order, which does not depend on the ids, so
//    we renumber by first appearance: the n-th distinct id met from the start of the file becomes
//    node0000000n. Only the IDTree is written in id order (its keys must be sorted, PDF 32000-1
//    7.9.6), so its entries are left out of that scan, and afterwards its /Names pairs are put in
//    the new order and its /Limits rewritten — within the same bytes, since the pairs only trade
//    places.

export function fixPrintDates(pdf: string, pdfDate: string): string {
  return pdf.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_whole, key: string, value: string) => {
    if (value.length !== pdfDate.length) throw new Error(`unexpected PDF date format: ${value}`);
    return `/${key} (${pdfDate})`;
  });
}

const NODE_ID = /\(node(\d+)\)/g;

/** A name-tree leaf's array of node ids: the /Names pairs or the two /Limits. */
interface IdArray {
  /** Where the array's content (between the brackets) starts and ends. */
  start: number;
  end: number;
}

// Skia writes the IDTree as one leaf: <</Limits [(nodeA) (nodeB)] /Names [(nodeA) 18 0 R (nodeB) 21 0 R]>>.
const NAMES = /\/Names\s*\[((?:\s*\(node\d+\)\s*\d+\s+\d+\s+R)+\s*)\]/g;
const LIMITS = /\/Limits\s*\[(\s*\(node\d+\)\s*\(node\d+\)\s*)\]/g;

function idArrays(pdf: string, pattern: RegExp): IdArray[] {
  return [...pdf.matchAll(pattern)].map((match) => {
    const start = match.index + match[0].indexOf("[") + 1;
    return { start, end: start + match[1]!.length };
  });
}

function width(id: string, renumbered: number): string {
  const text = String(renumbered).padStart(id.length, "0");
  if (text.length !== id.length) throw new Error(`cannot renumber PDF node id ${id}`);
  return text;
}

/** The old ids in the order they are renumbered: first appearance outside `skip`, then the rest. */
function appearanceOrder(pdf: string, skip: IdArray[]): string[] {
  const order = new Set<string>();
  const inSkip = (index: number) => skip.some((array) => index >= array.start && index < array.end);
  for (const match of pdf.matchAll(NODE_ID)) if (!inSkip(match.index)) order.add(match[1]!);
  for (const match of pdf.matchAll(NODE_ID)) order.add(match[1]!);
  return [...order];
}

/** Sorts one /Names array's (key, reference) pairs by key, each pair keeping its text, the gaps their places. */
function sortNamePairs(content: string): string {
  const pairs = [...content.matchAll(/\(node\d+\)\s*\d+\s+\d+\s+R/g)];
  const gaps = pairs.map((pair, i) => content.slice(i === 0 ? 0 : pairs[i - 1]!.index + pairs[i - 1]![0].length, pair.index));
  const tail = content.slice(pairs.at(-1)!.index + pairs.at(-1)![0].length);
  // Keys compare as byte strings (PDF 32000-1 7.9.6); all are Latin-1 here, so as JavaScript strings.
  const key = (pair: string) => pair.slice(1, pair.indexOf(")"));
  const sorted = pairs.map((pair) => pair[0]).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return sorted.map((pair, i) => gaps[i] + pair).join("") + tail;
}

function replaceIds(pdf: string, newId: (id: string) => string): string {
  return pdf.replace(NODE_ID, (_whole, id: string) => `(node${newId(id)})`);
}

/** By numeric rank, which keeps every sorted key list sorted but follows Chromium's id order. */
function renumberByRank(pdf: string): string {
  const ids = [...new Set([...pdf.matchAll(NODE_ID)].map((match) => match[1]!))].sort((a, b) => Number(a) - Number(b));
  const rank = new Map(ids.map((id, index) => [id, width(id, index + 1)]));
  return replaceIds(pdf, (id) => rank.get(id)!);
}

export function renumberNodeIds(pdf: string): string {
  const names = idArrays(pdf, NAMES);
  const limits = idArrays(pdf, LIMITS);
  // An IDTree of several leaves cannot be reordered in place (entries would move between
  // objects and change their lengths); rank keeps it valid, if not independent of Chromium's order.
  if (names.length > 1 || limits.length > 1 || (names.length === 0 && /\/IDTree\b/.test(pdf))) return renumberByRank(pdf);

  const order = appearanceOrder(pdf, [...names, ...limits]);
  const renumbered = new Map(order.map((id, index) => [id, width(id, index + 1)]));
  let result = replaceIds(pdf, (id) => renumbered.get(id)!);

  const leaf = names[0];
  if (leaf) {
    const content = sortNamePairs(result.slice(leaf.start, leaf.end));
    result = result.slice(0, leaf.start) + content + result.slice(leaf.end);
    const keys = [...content.matchAll(NODE_ID)].map((match) => match[0]);
    const bounds = limits[0];
    if (bounds) {
      const old = result.slice(bounds.start, bounds.end);
      let n = 0;
      const fresh = old.replace(NODE_ID, () => (n++ === 0 ? keys[0]! : keys.at(-1)!));
      if (fresh.length !== old.length) throw new Error("cannot rewrite the PDF IDTree's /Limits in place");
      result = result.slice(0, bounds.start) + fresh + result.slice(bounds.end);
    }
  }
  if (result.length !== pdf.length) throw new Error("renumbering PDF node ids changed the file's length");
  return result;
}
