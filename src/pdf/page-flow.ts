// The rule that keeps the printed page flow: after printing, each PDF is read back and two things
// a reader notices are reported (the build prints them as warnings, and a test asserts that the
// examples have none):
// - a page less than a quarter full, unless it ends a section: it is the document's last page, or
//   the next page starts with an h1 or h2 (a section may end anywhere on its page);
// - a heading in the last 15 % of a page's content box whose text goes on over the page: it stands
//   apart from most of what it heads (a heading whose short text ends on that page is fine).
// Both are measured in the page's content box (the @page margins of templates/assets/site.css), so
// the running heads do not count. Headings come from the bookmarks (free); the text of a page is
// read only where a heading does not already show that the page is full enough.
import { PAGE_MARGINS_MM } from "./page-area.ts";
import { type ContentBox, type PageText, pageHeights, pageText } from "./pdf-layout.ts";
import type { OpenedPdf, OutlineEntry } from "./read-pdf.ts";

const POINTS_PER_MM = 72 / 25.4;

/** The @page margins of templates/assets/site.css (`margin: 22mm 18mm 20mm`), in millimetres. */
export { PAGE_MARGINS_MM };

export const CONTENT_BOX: ContentBox = { top: PAGE_MARGINS_MM.top * POINTS_PER_MM, bottom: PAGE_MARGINS_MM.bottom * POINTS_PER_MM };

/** Below this share of the content box filled, a page that does not end a section is reported. */
export const MIN_FILL = 0.25;

/** A heading that starts below this share of the content box's height is reported. */
export const HEADING_FOOT = 0.85;

export interface PageFlowWarning {
  page: number;
  kind: "underfilled" | "heading-at-foot";
  /** Swedish, as the build prints it after "PDF <file>: ". */
  message: string;
}

// Chromium sometimes names the bookmark of a heading pushed to the next page with its text twice.
function bookmarkTitle(title: string): string {
  const half = title.slice(0, title.length / 2);
  return title.length % 2 === 0 && half + half === title ? half : title;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** How far down the content box a heading starts (0 at its top, 1 at its foot). */
function headingDepth(entry: OutlineEntry, height: number, box: ContentBox): number {
  return (height - box.top - entry.top!) / (height - box.top - box.bottom);
}

/** A heading that starts a quarter or more down a page shows that the page is at least a quarter full. */
function provenFull(number: number, outline: readonly OutlineEntry[], height: number, box: ContentBox): boolean {
  return outline.some((entry) => entry.page === number && entry.top !== undefined && headingDepth(entry, height, box) >= MIN_FILL);
}

/** h1 and h2 (bookmark depth 0 and 1) on a page, in its upper quarter: those that may start it. */
const sectionHeadings = (number: number, outline: readonly OutlineEntry[], height: number, box: ContentBox) =>
  outline.filter((entry) => entry.page === number && entry.depth <= 1 && entry.top !== undefined && headingDepth(entry, height, box) < MIN_FILL);

/** Headings (not the title) that start in the foot zone of their page. */
const headingsAtFoot = (heights: readonly number[], outline: readonly OutlineEntry[], box: ContentBox) =>
  outline.filter(
    (entry) =>
      entry.depth > 0 && entry.top !== undefined && heights[entry.page - 1] !== undefined && headingDepth(entry, heights[entry.page - 1]!, box) > HEADING_FOOT,
  );

/**
 * The pages whose text the check needs: each page that may be underfilled, and the page after it
 * where an h1 or h2 may start it; the page after a heading at a foot, to see whether the heading's
 * text goes on there.
 */
export function pagesToRead(heights: readonly number[], outline: readonly OutlineEntry[], box: ContentBox = CONTENT_BOX): number[] {
  const pages = new Set<number>();
  for (let number = 1; number < heights.length; number++) {
    if (provenFull(number, outline, heights[number - 1]!, box)) continue;
    pages.add(number);
    if (sectionHeadings(number + 1, outline, heights[number]!, box).length) pages.add(number + 1);
  }
  for (const entry of headingsAtFoot(heights, outline, box)) if (entry.page < heights.length) pages.add(entry.page + 1);
  return [...pages].sort((a, b) => a - b);
}

/** Whether the heading `entry` begins its page (no text above it there). */
const begins = (entry: OutlineEntry, page: PageText | undefined) => !!page && (!page.text || entry.top! > page.text.top);

/** The warnings, from every page's height, the text of the pages `pagesToRead` named, and the bookmarks. */
export function pageFlowWarnings(pages: readonly PageText[], outline: readonly OutlineEntry[], box: ContentBox = CONTENT_BOX): PageFlowWarning[] {
  const warnings: PageFlowWarning[] = [];
  // A page starts a section when an h1 or h2 starts above all of its text.
  const startsSection = (number: number) => {
    const page = pages[number - 1];
    if (!page) return false;
    return sectionHeadings(number, outline, page.height, box).some((entry) => !page.text || entry.top! > page.text.top);
  };
  pages.forEach((page, index) => {
    const number = index + 1;
    if (number === pages.length || page.text === undefined || startsSection(number + 1)) return;
    const fill = page.text ? (page.height - box.top - page.text.bottom) / (page.height - box.top - box.bottom) : 0;
    if (fill < MIN_FILL) warnings.push({ page: number, kind: "underfilled", message: `sida ${number} är till ${percent(Math.max(0, fill))} fylld` });
  });
  const heights = pages.map((page) => page.height);
  for (const entry of headingsAtFoot(heights, outline, box)) {
    // Its text ends on this page when the next heading is on it too, or begins the next page, or
    // when the document ends here.
    const next = outline[outline.indexOf(entry) + 1];
    const ends = next
      ? next.page === entry.page || (next.page === entry.page + 1 && next.top !== undefined && begins(next, pages[entry.page]))
      : entry.page === pages.length;
    if (!ends) {
      const down = headingDepth(entry, heights[entry.page - 1]!, box);
      warnings.push({
        page: entry.page,
        kind: "heading-at-foot",
        message: `rubriken ”${bookmarkTitle(entry.title)}” står längst ned på sida ${entry.page} (${percent(down)} ned)`,
      });
    }
  }
  return warnings.sort((a, b) => a.page - b.page);
}

/** The check on an opened PDF: reads the heights, the bookmarks, and the text of only the pages it needs. */
export async function checkPageFlow(pdf: OpenedPdf, outline?: readonly OutlineEntry[], box: ContentBox = CONTENT_BOX): Promise<PageFlowWarning[]> {
  const bookmarks = outline ?? (await pdf.outline());
  const heights = await pageHeights(pdf);
  const pages: PageText[] = heights.map((height) => ({ height }));
  for (const number of pagesToRead(heights, bookmarks, box)) pages[number - 1] = await pageText(pdf, number, box);
  return pageFlowWarnings(pages, bookmarks, box);
}
