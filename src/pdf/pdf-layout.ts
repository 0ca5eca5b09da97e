// Where things landed in a printed PDF, read back with pdf.js: how far down each page's text goes
// (for the page-flow check, ./page-flow.ts).
import type { OpenedPdf } from "./read-pdf.ts";

/** The text on a page inside its content box: its highest and lowest line, in PDF points from the page's foot. */
export interface PageText {
  /** Page height in points. */
  height: number;
  /**
   * Baseline of the highest line and the foot of the lowest (baseline less its descent); null on a
   * page without text; absent where the page's text was not read (not needed, see ./page-flow.ts).
   */
  text?: { top: number; bottom: number } | null;
}

/** The page's content box (the @page margins, in points): text in the margins is the running heads. */
export interface ContentBox {
  top: number;
  bottom: number;
}

// A descender reaches about a fifth of the font size below the baseline.
const DESCENT = 0.2;

/** Every page's height. */
export async function pageHeights(pdf: OpenedPdf): Promise<number[]> {
  const heights: number[] = [];
  for (let number = 1; number <= pdf.document.numPages; number++) {
    const { view } = await pdf.document.getPage(number);
    heights.push(view[3]! - view[1]!);
  }
  return heights;
}

/** The text extent inside the content box of one page. Costs a text extraction (~20 ms a page), so the check reads only the pages it needs. */
export async function pageText(pdf: OpenedPdf, number: number, box: ContentBox): Promise<PageText> {
  const page = await pdf.document.getPage(number);
  const height = page.view[3]! - page.view[1]!;
  let top = -Infinity;
  let bottom = Infinity;
  for (const item of (await page.getTextContent({ disableNormalization: true })).items) {
    if (!("str" in item) || !item.str.trim()) continue;
    const baseline = item.transform[5] as number;
    if (baseline > height - box.top || baseline < box.bottom) continue;
    top = Math.max(top, baseline);
    bottom = Math.min(bottom, baseline - DESCENT * item.height);
  }
  return { height, text: top === -Infinity ? null : { top, bottom } };
}
