// The national overview (./national-overview.ts) as the start page shows it: one table, a row group
// per län, a row per förbund, its figures formatted (src/format through the table model's cells)
// and linked to the place in the document that prints them. A figure that is missing is "–" with
// the reason for screen readers (and the note under the table says what a dash means).
import { formatPercent, slugify } from "../format/index.ts";
import { amountCell, countCell, percentCell, textCell } from "../tables/cells.ts";
import type { Cell, Column, Row, Table } from "../tables/model.ts";
import type { AmountFigure, CountFigure, EquityShareFigure, FigureSource, Missing, NationalOverview, OverviewRow } from "./national-overview.ts";

export interface OverviewTableRow extends Row {
  slug: string;
  /** What the start page's filter compares the query with: the förbund's names and its län. */
  filterText: string;
}

export interface OverviewTableGroup {
  /** Anchor id of the group's heading: "lan-jamtlands-lan". */
  id: string;
  label: string;
  rows: OverviewTableRow[];
}

export interface OverviewTable {
  id: string;
  caption: string;
  unitCaption: string;
  columns: Column[];
  groups: OverviewTableGroup[];
  /** Each förbund's filter text by slug, for the other lists of förbund the filter hides and shows. */
  filterText: Record<string, string>;
  /** The table as a CSV file at the site's root (content/oversikt-csv.njk), linked under it. */
  csvName: string;
}

/** The heading of the förbund without a län in forbund.yaml. */
export const NO_LAN = "Län saknas";

const NOTE = "figure-note";

const reasons: Record<string, Record<Missing["missing"], string>> = {
  arsredovisning: { "no-document": "ingen antagen årsredovisning", "not-given": "ingen antagen årsredovisning" },
  medlemsbidrag: {
    "no-document": "ingen antagen årsredovisning eller verksamhetsplan",
    "not-given": "inget medlemsbidrag i förbundets antagna dokument",
  },
  aretsResultat: { "no-document": "ingen antagen årsredovisning", "not-given": "ingen resultaträkning i årsredovisningen" },
  egetKapital: { "no-document": "ingen antagen årsredovisning", "not-given": "ingen balansräkning i årsredovisningen" },
  equityShare: { "no-document": "ingen antagen årsredovisning", "not-given": "årsredovisningen ger inte eget kapital och medlemsbidrag" },
  deltagare: { "no-document": "ingen antagen årsredovisning", "not-given": "inga deltagarantal i årsredovisningen" },
};

function missingCell(figure: keyof typeof reasons, missing: Missing["missing"]): Cell {
  return textCell("–", { numeric: true, hidden: `saknas: ${reasons[figure]![missing]}` });
}

/** The year beside a figure when it is not the row's årsredovisning's: "budget 2026", "2024". */
function yearNote(row: OverviewRow, source: FigureSource, basis: "utfall" | "budget" = "utfall"): Partial<Cell> {
  if (basis === "budget") return { note: `budget ${source.year}`, noteClass: NOTE };
  return row.arsredovisning?.year === source.year ? {} : { note: String(source.year), noteClass: NOTE };
}

function amount(row: OverviewRow, figure: AmountFigure, name: keyof typeof reasons): Cell {
  if ("missing" in figure) return missingCell(name, figure.missing);
  return amountCell(figure.amount, { href: figure.source.url, ...yearNote(row, figure.source, figure.basis) });
}

const levelWords = { over: "över", under: "under", at: "i nivå med" } as const;

function share(row: OverviewRow, figure: EquityShareFigure): Cell {
  if ("missing" in figure) return missingCell("equityShare", figure.missing);
  const level =
    figure.status && figure.recommendedShare !== null ? `${levelWords[figure.status]} rekommenderade ${formatPercent(figure.recommendedShare)}` : undefined;
  const year = yearNote(row, figure.source).note;
  const note = [level, year].filter(Boolean).join(", ");
  return percentCell(figure.share, 0, { href: figure.source.url, ...(note ? { note, noteClass: `${NOTE} equity-${figure.status ?? "none"}` } : {}) });
}

function count(row: OverviewRow, figure: CountFigure): Cell {
  if ("missing" in figure) return missingCell("deltagare", figure.missing);
  const extra = { href: figure.source.url, ...yearNote(row, figure.source) };
  return "hidden" in figure ? textCell(figure.hidden, { numeric: true, ...extra }) : countCell(figure.count, extra);
}

function tableRow(row: OverviewRow): OverviewTableRow {
  const report = row.arsredovisning;
  return {
    id: `oversikt-${row.slug}`,
    slug: row.slug,
    kind: "row",
    header: textCell(row.name, { href: row.url }),
    cells: [
      report ? textCell(String(report.year), { href: report.url }) : { ...missingCell("arsredovisning", "no-document"), numeric: false },
      amount(row, row.medlemsbidrag, "medlemsbidrag"),
      amount(row, row.aretsResultat, "aretsResultat"),
      amount(row, row.egetKapital, "egetKapital"),
      share(row, row.equityShare),
      count(row, row.deltagare),
    ],
    filterText: [row.name, row.shortName, row.lan ?? NO_LAN].join(" "),
  };
}

export function overviewTable(overview: NationalOverview): OverviewTable {
  const groups = overview.groups.map((group) => ({
    id: `lan-${group.lan ? slugify(group.lan) : "saknas"}`,
    label: group.lan ?? NO_LAN,
    rows: group.rows.map(tableRow),
  }));
  return {
    id: "oversikt",
    caption: "Förbunden per län: nyckeltal ur senaste antagna årsredovisning",
    unitCaption: "belopp i tkr",
    columns: [
      { label: "Förbund", numeric: false },
      { label: "Årsredovisning", numeric: false },
      { label: "Medlemsbidrag", numeric: true },
      { label: "Årets resultat", numeric: true },
      { label: "Eget kapital vid årets slut", numeric: true },
      { label: "Eget kapital i andel av medlemsbidraget", numeric: true },
      { label: "Deltagare under året", numeric: true },
    ],
    groups,
    filterText: Object.fromEntries(groups.flatMap((group) => group.rows.map((row) => [row.slug, row.filterText]))),
    csvName: "forbunden-per-lan.csv",
  };
}

/**
 * The overview as one flat table for its CSV file: the län in a column of its own before each
 * förbund's row, figures as plain numbers, and what the page writes under a figure ("budget 2026",
 * "över rekommenderade 20 %") in a last column, named by its column.
 */
export function overviewCsvTable(table: OverviewTable): Table {
  const labels = table.columns.map((column) => column.label);
  return {
    caption: table.caption,
    columns: [{ label: "Län", numeric: false }, ...table.columns, { label: "Anmärkningar", numeric: false }],
    rows: table.groups.flatMap((group) =>
      group.rows.map((row) => {
        const cells = [row.header!, ...row.cells];
        const notes = cells.flatMap((cell, i) => (cell.note ? [`${labels[i]}: ${cell.note.trim()}`] : []));
        return { kind: row.kind, header: textCell(group.label), cells: [...cells.map(({ note: _note, ...cell }) => cell), textCell(notes.join("; "))] };
      }),
    ),
    csvName: table.csvName,
  };
}
