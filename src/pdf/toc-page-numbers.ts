// Page numbers in the innehåll, without Paged.js (which costs ~4× a print and breaks repeating
// table headers): print, read from the PDF's bookmarks on which page each heading landed, write
// those numbers into the TOC, print again, and check that they did not move (./print-settled.ts).
// The TOC reserves a fixed width for the numbers (site.css), so normally the second print is final.
import type { Page } from "puppeteer-core";
import type { OutlineEntry } from "./read-pdf.ts";

export interface TocEntry {
  id: string;
  text: string;
}

// Compared without any whitespace: Chromium drops the space where a heading wraps onto a second
// line ("förbundetsverksamhet"), and sometimes names the bookmark of a heading that was pushed to
// the next page (break-after: avoid) with its text twice, "KostnaderKostnader", or each of its
// lines twice, "Budget för Budget för 2025–20272025–2027"; it still points to the right page.
const normalize = (text: string) => text.replace(/\s+/g, "");

/** Whether the bookmark is the heading's text with some of its parts (lines) written up to three times over. */
export function sameTitle(bookmark: string, heading: string): boolean {
  const b = normalize(bookmark);
  const h = normalize(heading);
  if (b === h) return true;
  const failed = new Set<string>();
  const matches = (i: number, j: number): boolean => {
    if (j === h.length) return i === b.length;
    if (failed.has(`${i},${j}`)) return false;
    for (let end = j + 1; end <= h.length; end++) {
      const part = h.slice(j, end);
      for (let times = 1, at = i; times <= 3 && b.startsWith(part, at); times++) {
        at += part.length;
        if (matches(at, end)) return true;
      }
    }
    failed.add(`${i},${j}`);
    return false;
  };
  return h.length > 0 && matches(0, 0);
}

/** The page of each TOC entry, matching entries to bookmarks by title in document order. */
export function pagesOf(entries: readonly TocEntry[], outline: OutlineEntry[]): number[] {
  let from = 0;
  return entries.map((entry) => {
    const index = outline.findIndex((bookmark, i) => i >= from && sameTitle(bookmark.title, entry.text));
    if (index === -1) throw new Error(`the heading "${entry.text}" is not among the PDF's bookmarks`);
    from = index + 1;
    return outline[index]!.page;
  });
}

/** Writes the page numbers into the innehåll's entries (by heading id), in the open page. */
export async function writePageNumbers(page: Page, entries: readonly TocEntry[], numbers: readonly number[]): Promise<void> {
  const byId = entries.map((entry, i) => [entry.id, String(numbers[i])] as const);
  await page.evaluate((pairs) => {
    for (const [id, number] of pairs) {
      for (const span of document.querySelectorAll(`[data-toc-page="${CSS.escape(id)}"]`)) span.textContent = number;
    }
  }, byId);
}
