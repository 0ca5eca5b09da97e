// Cells of a table model, one function per kind: the value kept as data, the text formatted once
// by the format module (src/format).
import { type CountPrivacy, EMPTY, formatCount, formatNumber, formatPercent, isHiddenCount, spacePercent } from "../format/index.ts";
import type { Cell } from "./model.ts";

type Extra = Partial<
  Pick<
    Cell,
    | "colspan"
    | "rowspan"
    | "hidden"
    | "prefix"
    | "suffix"
    | "note"
    | "noteClass"
    | "mark"
    | "markHref"
    | "key"
    | "href"
    | "className"
    | "valueClass"
    | "itemIds"
    | "listClass"
    | "numeric"
    | "source"
  >
>;

export function textCell(text: string, extra: Extra = {}): Cell {
  return { kind: "text", value: text, text: spacePercent(text), ...extra };
}

/** An amount in the table's unit: "−4 447"; null is an empty cell "–". */
export function amountCell(value: number | null | undefined, extra: Extra = {}): Cell {
  return { kind: "amount", numeric: true, value: value ?? null, text: formatNumber(value), decimals: 0, ...extra };
}

/** An amount where an empty value is a blank cell, not a dash (the statements print nothing there). */
export function blankableAmountCell(value: number | null | undefined, extra: Extra = {}): Cell {
  return { ...amountCell(value, extra), text: value === null || value === undefined ? "" : formatNumber(value) };
}

export function countCell(value: number | null | undefined, extra: Extra = {}): Cell {
  return { kind: "count", numeric: true, value: value ?? null, text: formatNumber(value), decimals: 0, ...extra };
}

/**
 * A participant count the site may hide (src/format/count.ts): "<5" or "..", with the text as its
 * value too, so that neither the page nor the CSV file ever holds the number.
 */
export function privateCountCell(value: number | null | undefined, privacy: CountPrivacy, extra: Extra = {}): Cell {
  if (!isHiddenCount(value, privacy)) return countCell(value, extra);
  const text = formatCount(value, privacy);
  return { kind: "count", numeric: true, value: text, text, ...extra };
}

/** A number with the decimals it has, at most `max`: "1,5", "2". */
export function decimalCell(value: number | null | undefined, max = 1, extra: Extra = {}): Cell {
  const decimals = value === null || value === undefined ? 0 : decimalsOf(value, max);
  return { kind: "decimal", numeric: true, value: value ?? null, text: formatNumber(value, decimals), decimals, ...extra };
}

/** A number with fixed decimals: "9,5". */
export function fixedCell(value: number | null | undefined, decimals: number, extra: Extra = {}): Cell {
  return { kind: "decimal", numeric: true, value: value ?? null, text: formatNumber(value, decimals), decimals, ...extra };
}

export function percentCell(share: number | null | undefined, decimals = 0, extra: Extra = {}): Cell {
  return { kind: "percent", numeric: true, value: share ?? null, text: formatPercent(share, decimals), decimals, ...extra };
}

/** "49 (35 %)": a count and its share of the row's base; a count without share is "49". */
export function countShareCell(cell: { count: number | null; share: number | null } | null | undefined, extra: Extra = {}): Cell {
  const text =
    !cell || cell.count === null ? EMPTY : cell.share === null ? formatNumber(cell.count) : `${formatNumber(cell.count)} (${formatPercent(cell.share)})`;
  return { kind: "countShare", numeric: true, value: text, text, ...extra };
}

/** "49 (35 %)", or just "<5" / ".." when the site hides the count: its share would give it away. */
export function privateCountShareCell(cell: { count: number | null; share: number | null } | null | undefined, privacy: CountPrivacy, extra: Extra = {}): Cell {
  if (!cell || !isHiddenCount(cell.count, privacy)) return countShareCell(cell, extra);
  const text = formatCount(cell.count, privacy);
  return { kind: "countShare", numeric: true, value: text, text, ...extra };
}

/** A goal status: the template draws its badge (text and shape). */
export function statusCell(status: string | null, label: string, extra: Extra = {}): Cell {
  return { kind: "status", value: status, text: label, ...extra };
}

export function listCell(items: readonly string[], extra: Extra = {}): Cell {
  const spaced = items.map(spacePercent);
  return { kind: "list", value: spaced, text: spaced.join("; "), ...extra };
}

/** How many decimals a value shows, at most `max` (1.50 → 1, 2 → 0). */
export function decimalsOf(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  const rounded = Number(value.toFixed(max));
  if (Number.isInteger(rounded)) return 0;
  return Math.min(max, String(rounded).split(".")[1]?.length ?? 0);
}
