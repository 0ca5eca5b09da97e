// A table as data: what every table of every document is before it is HTML or CSV. Built by the
// functions in this folder from computed values (src/compute/), rendered by one Nunjucks macro
// (templates/components/data-table.njk) and written as CSV by ./csv.ts — so the page and the CSV
// file are two views of the same rows, and no step reads a table back out of HTML.

/** What a cell holds, which decides how it is shown, aligned and written to CSV. */
export type CellKind = "text" | "amount" | "count" | "decimal" | "percent" | "countShare" | "status" | "list";

export interface Cell {
  kind: CellKind;
  /** The value as data: an amount in the table's unit, a count, a share (0–1), text, or null for an empty cell. */
  value: number | string | readonly string[] | null;
  /** As the reader sees it (src/format): "1 271", "−81", "35 %", "49 (35 %)", "–". */
  text: string;
  /** Right-aligned in tabular figures (set by the numeric kinds). */
  numeric?: boolean;
  /** Decimals shown (numbers and percentages), so the CSV keeps the printed precision. */
  decimals?: number;
  colspan?: number;
  rowspan?: number;
  /** Read by screen readers after the text (a year a column heading leaves implicit). */
  hidden?: string;
  /** Shown in bold before the text ("Till"). */
  prefix?: string;
  /** Shown after the text as plain words: "71 %" + " medarbetare". */
  suffix?: string;
  /** Shown after the text in a quieter style, e.g. " (under målet)"; `noteClass` is its CSS class (default "muted"). */
  note?: string;
  noteClass?: string;
  /** CSS class of the cell; `valueClass` of the text itself. */
  className?: string;
  valueClass?: string;
  /** CSS class of a list cell's list (default "plain-list"). */
  listClass?: string;
  /** Ids of a list cell's items (anchors of goals). */
  itemIds?: readonly string[];
  /** A footnote mark ("*", or an adopted figure's number) after the text. */
  mark?: string;
  /** The id of the note the mark refers to (the table's `notes`): the mark becomes a link to it. */
  markHref?: string;
  /**
   * Which of the row's values the cell shows, as the data's path below the row writes it: "2025",
   * "utfall.2025". A figure the document states finds its cell by it (./adopted.ts).
   */
  key?: string;
  /** A link target for the text, e.g. "#not-3". */
  href?: string;
  /**
   * Where a value read from another document comes from ("Verksamhetsplanen 2025",
   * "Årsredovisningen 2024, balansräkningen"): the editor shows it beside the field. Not printed.
   */
  source?: string;
}

export interface Column {
  label: string;
  /** Right-aligned numbers. */
  numeric: boolean;
  /** Read by screen readers after the label. */
  hidden?: string;
}

/** heading: a row group's label; row: a line; sum and result: computed totals (bold). */
export type RowKind = "heading" | "row" | "group" | "sum" | "result" | "equity";

export interface Row {
  /** The anchor id of the row, from ids in the data (findings link to it). */
  id?: string;
  kind: RowKind;
  /** Extra CSS classes: depth of a budget line, emphasis. */
  classes?: string[];
  /** The row's heading cell (<th scope="row">); a heading row has only this, across the table. Left
   *  out on the rows a heading of an earlier row spans (rowspan). */
  header?: Cell;
  cells: Cell[];
}

export interface Table {
  /** Anchor id of the table, when it is referred to ("tabell-1"). */
  id?: string;
  /** The caption as the reader sees it; also the name of the scroll region and of the CSV file. */
  caption: string;
  /** After the caption in lighter type: "belopp i tkr". */
  unitCaption?: string;
  /** The caption is read by screen readers only (a heading above already says it). */
  captionHidden?: boolean;
  /** CSS class of the table: "budget-table", "statement-table" … */
  className?: string;
  columns: Column[];
  /** A header row above the columns grouping them ("2025" over Alla, Kvinnor, Män); the first group
   *  may have an empty label (above the row headings). */
  columnGroups?: { label: string; span: number }[];
  rows: Row[];
  /** File name of the CSV next to the page; made unique per document by ./csv-names.ts. */
  csvName: string;
  /** Notes under the table: what the parts give where an adopted figure differs (./adopted.ts). */
  notes?: TableNote[];
}

export interface TableNote {
  /** Anchor id; the marked cell links to it. */
  id: string;
  /** The mark as printed: "1". */
  mark: string;
  number: number;
  text: string;
}
