// A guess, made in the page before the first print, of what that print will show: on which page
// each innehåll heading and each table row lands, so that the page numbers and the "(forts.)"
// parts (./toc-page-numbers.ts, ./table-continuation.ts) can go into the first print rather than
// the second. The page is laid out in print media in a multi-column box whose columns are the size
// of the page area (./page-area.ts): Chromium fragments columns with the same engine as pages, so
// a heading or row in the n-th column is, as a rule, on the n-th page. Page breaks become column
// breaks (break-before: page does not break a column), and a document wider than the page is
// laid out wider and taller, as print shrinks it to fit. The table parts are found as the prints
// would find them, one split at a time, each applied to the page before the next layout; at a row
// that went to the next page by a hair (a close call) the estimate stops.
// A guess is only that: the print is read back as always (./print-settled.ts), which keeps what the
// guess got right and prints again what it got wrong.
import type { Page } from "puppeteer-core";
import { PAGE_AREA_PX } from "./page-area.ts";
import { firstSplit, type PrintedTable, printedTables, splitTables, type TableSplit } from "./table-continuation.ts";
import type { TocEntry } from "./toc-page-numbers.ts";

/** What the first print is expected to show once the splits are made. */
export interface LayoutEstimate {
  /** The page's printed tables once the splits are made (./table-continuation.ts). */
  tables: PrintedTable[];
  /** The splits made in the page, in the order they were made. */
  splits: TableSplit[];
  /** The page of each innehåll entry's heading (0: not found). */
  tocPages: number[];
  /** The page of each row of each printed table, as `rowPages` of ./table-continuation.ts reads them from a PDF. */
  rowPages: number[][];
  /**
   * The next split, not made: the layout put its row on the next page by too little to be sure of
   * (`CLOSE_CALL_PX`); `page` is the page that row would leave, and only what lies before it is expected as estimated.
   */
  closeCall?: { split: TableSplit; page: number };
}

/** Chromium shrinks a page at most this much to fit content wider than the page (printing's maximum shrink factor). */
const MAX_SHRINK = 2;

/** As many splits as a document's prints may make (./print-settled.ts). */
const MAX_SPLITS = 11;

/**
 * A row that went to the next column by less than this (in CSS px: it needed that much more room
 * than was left, or had that much to spare) is a close call, which a print may decide the other
 * way (its page is a fraction of a pixel taller, say); the estimate stops there and leaves that
 * part to the print, and goes on from there only if the print made it (./print-settled.ts).
 */
const CLOSE_CALL_PX = 2;

interface ColumnLayout {
  tocPages: number[];
  rowPages: number[][];
  /** For each row of each table that starts a column after its row before: its height less the room left above it. */
  breakMargins: (number | null)[][];
}

/** The pages of the headings and rows in a column layout of the page (in print media), the page left as it was. */
async function columnLayout(page: Page, tocIds: readonly string[]): Promise<ColumnLayout> {
  return page.evaluate(
    ({ area, ids, maxShrink }) => {
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      // Print lays a document wider than the page out at its width (rounded) and scales it down:
      // the page then holds as much more height as width. (The viewport is the page area's width
      // rounded up, so the width is read from the layout already made.)
      const overflow = document.documentElement.scrollWidth;
      const width = overflow > Math.ceil(area.width) ? Math.min(overflow, area.width * maxShrink) : area.width;
      const height = (area.height * width) / area.width;
      const saved: [HTMLElement, string | null][] = [];
      const pageBreaks = ["page", "left", "right", "recto", "verso"];
      for (const element of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
        const style = getComputedStyle(element);
        const before = pageBreaks.includes(style.breakBefore) ? "column" : style.breakBefore === "avoid-page" ? "avoid" : undefined;
        const after = pageBreaks.includes(style.breakAfter) ? "column" : style.breakAfter === "avoid-page" ? "avoid" : undefined;
        const inside = style.breakInside === "avoid-page" ? "avoid" : undefined;
        if (!before && !after && !inside) continue;
        saved.push([element, element.getAttribute("style")]);
        if (before) element.style.setProperty("break-before", before, "important");
        if (after) element.style.setProperty("break-after", after, "important");
        if (inside) element.style.setProperty("break-inside", inside, "important");
      }
      const sheet = document.createElement("style");
      document.head.append(sheet);
      sheet.textContent =
        `html { width: ${width}px !important; } ` +
        `body { columns: ${width}px auto !important; column-gap: 0 !important; column-fill: auto !important; height: ${height}px !important; }`;
      const body = document.body.getBoundingClientRect();
      // A column's width as laid out (in layout units, a little under the CSS width); the first fragment's column is its page.
      const pitch = body.width;
      const tables = Array.from(document.querySelectorAll("table")).filter((table) => table.getClientRects().length > 0);
      const rows = tables.flatMap((table) => Array.from(table.rows));
      const pages = [...ids.map((id) => document.getElementById(id)), ...rows].map((element) => {
        const box = element?.getClientRects()[0];
        return box ? Math.floor((box.left - body.left + 1) / pitch) + 1 : 0;
      });
      const breakMargins = tables.map((table) =>
        Array.from(table.rows, (row, index) => {
          const before = index > 0 ? Array.from(table.rows[index - 1]!.getClientRects()).at(-1) : undefined;
          const box = row.getClientRects()[0];
          if (!before || !box || Math.floor((box.left - before.left) / pitch) < 1) return null;
          return box.height - (height - (before.bottom - body.top));
        }),
      );
      const tocPages = pages.slice(0, ids.length);
      let at = ids.length;
      const rowPages = tables.map((table) => {
        const headRows = table.tHead?.rows.length ?? 0;
        let last = 0;
        // As read from a PDF: head rows on no page, a row with nothing printed where the row before it is.
        return Array.from(table.rows, (row, index) => {
          const page = pages[at++]!;
          if (index < headRows) return 0;
          if ((row.textContent ?? "").trim() !== "" || row.querySelector("img, svg")) last = page;
          return last;
        });
      });
      sheet.remove();
      for (const [element, style] of saved.reverse()) {
        if (style === null) element.removeAttribute("style");
        else element.setAttribute("style", style);
      }
      return { tocPages, rowPages, breakMargins };
    },
    { area: { width: PAGE_AREA_PX.width, height: PAGE_AREA_PX.height }, ids: [...tocIds], maxShrink: MAX_SHRINK },
  );
}

/**
 * Makes in the page the table splits the column layout calls for and returns what the first print
 * should then show. The page must be in print media as wide as the page area (`emulatePrintArea`).
 */
export async function estimateLayout(page: Page, toc: readonly TocEntry[]): Promise<LayoutEstimate> {
  const splits: TableSplit[] = [];
  for (;;) {
    const tables = await printedTables(page);
    // Nothing to guess.
    if (toc.length === 0 && tables.length === 0) return { tables, splits, tocPages: [], rowPages: [] };
    const { tocPages, rowPages, breakMargins } = await columnLayout(
      page,
      toc.map((entry) => entry.id),
    );
    const split = splits.length < MAX_SPLITS ? firstSplit(tables, rowPages) : undefined;
    if (!split) return { tables, splits, tocPages, rowPages };
    // The row that went to the next page and made the split (the split may be before it, at its group or intro rows).
    const pages = rowPages[split.table]!;
    let moved = Math.max(split.rows[0]!, tables[split.table]!.headRows + 1);
    while (moved < pages.length - 1 && !(pages[moved]! > pages[moved - 1]! && pages[moved - 1]! > 0)) moved++;
    const margin = breakMargins[split.table]![moved];
    if (margin !== null && margin !== undefined && Math.abs(margin) < CLOSE_CALL_PX) {
      return { tables, splits, tocPages, rowPages, closeCall: { split, page: pages[moved - 1]! } };
    }
    splits.push(split);
    await splitTables(page, [split]);
  }
}
