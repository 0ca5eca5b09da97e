// "(forts.)" on a table continued on the next page, as a printed report has it. Chromium repeats a
// table's head on each page but not its caption, so a reader who turns the page meets rows without
// knowing whose they are. After a print, the tagged PDF tells on which page each row landed (pdf.js
// gives each page's structure tree, every table with all its TR elements, and under each element
// the marked content it has on that page: a row has content on the pages it was printed on). Where
// a table goes on over a page,
// the page's DOM (not the HTML file: the web page keeps one table) is split at the first row of the
// next page into a second table that starts that page with the caption, "(forts.)", and the head;
// then the page is printed again (./print-settled.ts), and the next split read from that print.
import type { Page } from "puppeteer-core";
import type { OpenedPdf } from "./read-pdf.ts";

/** A printed table of the page, in document order, as the PDF has it: its rows (head rows first). */
export interface PrintedTable {
  rowCount: number;
  headRows: number;
  /** For each row, the first row of the rowspan group it belongs to (itself where none covers it). */
  groupStart: number[];
  /** Rows that introduce the rows after them (one cell across the table: a group heading, an intro): they go with those. */
  introRows: boolean[];
}

/** A table of one page's structure tree: its row count, which rows were printed there (have content on it), whether its caption was. */
export interface PageTable {
  rowCount: number;
  rowsPrinted: number[];
  captionPrinted: boolean;
}

/** Split the table (its index among the printed tables) before each of these rows. */
export interface TableSplit {
  table: number;
  rows: number[];
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * The tables of a page's structure tree, with the rows printed on that page. pdf.js lists under each
 * element only the marked content it has on this page, so an element with content here was printed
 * here; no text needs to be extracted (which cost ~30 times as much: the fonts are parsed for it).
 */
function tablesOfPage(tree: StructNode | null): PageTable[] {
  const printed = (node: StructNode): boolean => (node.children ?? []).some((child) => child.type === "content" || printed(child));
  const rowsOf = (node: StructNode): StructNode[] =>
    (node.children ?? []).flatMap((child) => (child.role === "TR" ? [child] : child.role && child.role !== "Table" ? rowsOf(child) : []));
  const tables: PageTable[] = [];
  const walk = (node: StructNode) => {
    if (node.role !== "Table") return (node.children ?? []).forEach(walk);
    const rows = rowsOf(node);
    tables.push({
      rowCount: rows.length,
      rowsPrinted: rows.flatMap((row, index) => (printed(row) ? [index] : [])),
      captionPrinted: (node.children ?? []).some((child) => child.role === "Caption" && printed(child)),
    });
  };
  if (tree) walk(tree);
  return tables;
}

/** Each page's tables, read from a tagged PDF. */
export async function pageTables(pdf: OpenedPdf): Promise<PageTable[][]> {
  const pages: PageTable[][] = [];
  for (let number = 1; number <= pdf.document.numPages; number++) {
    const page = await pdf.document.getPage(number);
    pages.push(tablesOfPage((await page.getStructTree()) as StructNode | null));
  }
  return pages;
}

/**
 * The page of each row of each printed table, matching the PDF's tables to the page's in document
 * order: a table on a page is the one still open from the page before when it has the same rows,
 * its caption is not printed there and that table has rows left; otherwise the next table. Where
 * the two do not agree (a row count differs), undefined: no table is split.
 */
export function rowPages(tables: readonly PrintedTable[], pages: readonly PageTable[][]): number[][] | undefined {
  const result = tables.map((table) => new Array<number | undefined>(table.rowCount).fill(undefined));
  let next = 0;
  let open = -1;
  const rowsLeft = (index: number) => result[index]!.slice(tables[index]!.headRows).some((page) => page === undefined);
  for (const [pageIndex, onPage] of pages.entries()) {
    for (const table of onPage) {
      const continues = open >= 0 && !table.captionPrinted && table.rowCount === tables[open]!.rowCount && rowsLeft(open);
      if (!continues) {
        if (next >= tables.length || table.rowCount !== tables[next]!.rowCount) return undefined;
        open = next++;
      }
      for (const row of table.rowsPrinted) if (row >= tables[open]!.headRows) result[open]![row] ??= pageIndex + 1;
    }
  }
  if (next !== tables.length) return undefined;
  // A row without content (all its cells empty) is where the row before it is.
  return result.map((pagesOfRows) => {
    let last = 0;
    return pagesOfRows.map((page) => (last = page ?? last));
  });
}

/**
 * Where to split each table: before the first row of each page after its first, kept with its
 * rowspan group and with the heading and intro rows just before it. A split before the first body
 * row (only such rows were left above it) moves the whole table to the next page.
 */
export function continuationSplits(tables: readonly PrintedTable[], pages: readonly number[][]): TableSplit[] {
  return tables.flatMap((table, index) => {
    const rowPage = pages[index]!;
    const rows = new Set<number>();
    for (let row = table.headRows + 1; row < table.rowCount; row++) {
      if (rowPage[row]! <= rowPage[row - 1]! || rowPage[row - 1] === 0) continue;
      let start = table.groupStart[row]!;
      while (start > table.headRows && table.introRows[start - 1]) start = table.groupStart[start - 1]!;
      rows.add(start);
    }
    return rows.size ? [{ table: index, rows: [...rows].sort((a, b) => a - b) }] : [];
  });
}

/** The page's printed tables, measured in a page in print media (`emulatePrintArea` of ./page-area.ts). */
export async function printedTables(page: Page): Promise<PrintedTable[]> {
  return page.evaluate(() => {
    // The printed tables: those with a box in print (a chart's table shown on screen only has none).
    const tables = Array.from(document.querySelectorAll("table")).filter((table) => table.getClientRects().length > 0);
    return tables.map((table) => {
      const groupStart = Array.from(table.rows, (_, index) => index);
      Array.from(table.rows).forEach((row, index) => {
        for (const cell of Array.from(row.cells)) {
          for (let covered = index + 1; covered < index + cell.rowSpan && covered < groupStart.length; covered++) {
            groupStart[covered] = Math.min(groupStart[covered]!, groupStart[index]!);
          }
        }
      });
      const columns = Math.max(0, ...Array.from(table.rows, (row) => Array.from(row.cells).reduce((sum, cell) => sum + cell.colSpan, 0)));
      const introRows = Array.from(table.rows, (row) => row.cells.length === 1 && row.cells[0]!.colSpan === columns && columns > 1);
      return { rowCount: table.rows.length, headRows: table.tHead?.rows.length ?? 0, groupStart, introRows };
    });
  });
}

/**
 * Splits the page's tables: each part after the first starts a page, with the caption and
 * "(forts.)", and the head. Both parts get the column widths the whole table had, so that the
 * columns run on over the page as one table's; measured in a page in print media as wide as the
 * page area (`emulatePrintArea` of ./page-area.ts), so that they are the widths printed.
 */
export async function splitTables(page: Page, splits: readonly TableSplit[]): Promise<void> {
  await page.evaluate((splitList) => {
    // The same tables as printedTables measured.
    const tables = Array.from(document.querySelectorAll("table")).filter((table) => table.getClientRects().length > 0);
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    for (const { table: index, rows } of [...splitList].reverse()) {
      const table = tables[index]!;
      const wrapper = table.parentElement?.classList.contains("table-scroll") ? table.parentElement : table;
      // The columns' widths, from the row with most cells and no spans, as shares of the table's.
      const widthRow = Array.from(table.rows)
        .filter((row) => Array.from(row.cells).every((cell) => cell.colSpan === 1))
        .sort((a, b) => b.cells.length - a.cells.length)[0];
      if (widthRow && !table.querySelector(":scope > colgroup")) {
        const tableWidth = table.getBoundingClientRect().width;
        const columns = document.createElement("colgroup");
        for (const cell of Array.from(widthRow.cells)) {
          const col = document.createElement("col");
          col.style.width = `${((cell.getBoundingClientRect().width / tableWidth) * 100).toFixed(3)}%`;
          columns.append(col);
        }
        table.insertBefore(columns, table.tHead ?? table.tBodies[0] ?? null);
        table.style.tableLayout = "fixed";
        table.style.width = "100%";
      }
      for (const from of [...rows].reverse()) {
        // Nothing but heading and intro rows above the split: the whole table starts the next page.
        if (from <= (table.tHead?.rows.length ?? 0)) {
          wrapper.style.breakBefore = "page";
          continue;
        }
        const moved = Array.from(table.rows).slice(from);
        const part = table.cloneNode(false) as HTMLTableElement; // with the table's style: its fixed layout
        part.classList.add("table-continued");
        if (table.caption) {
          const caption = table.caption.cloneNode(true) as HTMLTableCaptionElement;
          caption.classList.remove("visually-hidden");
          const unit = caption.querySelector(".caption-unit");
          if (unit) caption.insertBefore(document.createTextNode("(forts.) "), unit);
          else caption.append(" (forts.)");
          part.append(caption);
        }
        for (const group of Array.from(table.querySelectorAll(":scope > colgroup"))) part.append(group.cloneNode(true));
        if (table.tHead) part.append(table.tHead.cloneNode(true));
        // The copies of caption and head must not repeat the ids of the originals (the moved rows keep theirs).
        for (const element of [part, ...Array.from(part.querySelectorAll("[id]"))]) element.removeAttribute("id");
        // Each moved row keeps its section (tbody, tfoot), in a copy of that section.
        const sections = new Map<Element, HTMLTableSectionElement>();
        for (const row of moved) {
          const section = row.parentElement!;
          if (!sections.has(section)) {
            const copy = section.cloneNode(false) as HTMLTableSectionElement;
            copy.removeAttribute("id");
            sections.set(section, copy);
            part.append(copy);
          }
          sections.get(section)!.append(row);
        }
        let placed: HTMLElement = part;
        if (wrapper !== table) {
          placed = wrapper.cloneNode(false) as HTMLElement;
          placed.removeAttribute("id");
          const label = wrapper.getAttribute("aria-label");
          if (label) placed.setAttribute("aria-label", `${label} (forts.)`);
          placed.append(part);
        }
        placed.style.breakBefore = "page";
        wrapper.after(placed);
      }
    }
  }, splits);
}

/**
 * The first split of those, in document order, or undefined. One at a time: a part's caption moves
 * what follows it, so the next split is read from the next print (or the next layout estimate).
 */
export function firstSplit(tables: readonly PrintedTable[], pages: readonly number[][]): TableSplit | undefined {
  const first = continuationSplits(tables, pages)[0];
  return first && { table: first.table, rows: [first.rows[0]!] };
}
