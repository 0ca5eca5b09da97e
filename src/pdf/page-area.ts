// The page every PDF is printed on, as templates/assets/site.css's @page sets it (size: A4; margin:
// 22mm 18mm 20mm): the page-flow check measures inside its page area (./page-flow.ts), the tables'
// column widths are measured at its width (./table-continuation.ts), and the layout estimate lays
// the page out in columns of its size (./layout-estimate.ts). A change of the @page rule goes here too.
import type { Page } from "puppeteer-core";

export const PAGE_SIZE_MM = { width: 210, height: 297 } as const;

export const PAGE_MARGINS_MM = { top: 22, right: 18, bottom: 20, left: 18 } as const;

const PX_PER_MM = 96 / 25.4;

/** The page area (the page less its margins) in CSS pixels, fractions kept: 657.6 × 963.8. */
export const PAGE_AREA_PX = {
  width: (PAGE_SIZE_MM.width - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) * PX_PER_MM,
  height: (PAGE_SIZE_MM.height - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom) * PX_PER_MM,
} as const;

/**
 * Puts a page into the state the PDF step reads and changes it in: print media, and a viewport as
 * wide as the page area (whole pixels), so that what is measured on the page is laid out as printed
 * and no step pays for a layout in screen media in between. Printing itself ignores both.
 */
export async function emulatePrintArea(page: Page): Promise<void> {
  await page.setViewport({ width: Math.round(PAGE_AREA_PX.width), height: 1000 });
  await page.emulateMediaType("print");
}
