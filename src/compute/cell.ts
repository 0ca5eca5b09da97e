// Arithmetic on table cells where null is an explicitly empty cell ("-"). An empty cell counts as
// 0 in a sum, but a sum or difference of nothing but empty cells stays empty, as the documents
// print it ("-" − "-" is "-", 422 − "-" is 422).
export type Cell = number | null;

export function sumCells(cells: readonly Cell[]): Cell {
  const numbers = cells.filter((cell): cell is number => cell !== null);
  return numbers.length === 0 ? null : numbers.reduce((total, value) => total + value, 0);
}

export function subtractCells(minuend: Cell, subtrahend: Cell): Cell {
  if (minuend === null && subtrahend === null) return null;
  return (minuend ?? 0) - (subtrahend ?? 0);
}

/** How many non-empty cells went into a sum: each may carry up to half a unit of rounding. */
export function countParts(cells: readonly Cell[]): number {
  return cells.filter((cell) => cell !== null).length;
}
