// The year's outcome against the prognosis the board made after August: per driftsredovisning row
// (by id) utfall − prognos and its share of the prognosis, and whether it is past the förbund's
// threshold — the forecast accuracy auditors ask about. Pure: both sides in the same unit.
import type { Cell } from "./cell.ts";
import { subtractCells, sumCells } from "./cell.ts";

export interface PrognosRow {
  id: string;
  label: string;
  prognos: Cell;
  utfall: Cell;
}

export interface PrognosComparisonLine extends PrognosRow {
  kind: "row" | "result";
  /** utfall − prognos. */
  avvikelse: Cell;
  /** avvikelse / |prognos|; null without a prognosis to divide by. */
  share: number | null;
  /** Past both the share and the amount of the threshold. */
  past: boolean;
}

export interface Threshold {
  share: number;
  minAmount: number;
}

function line(row: PrognosRow, kind: PrognosComparisonLine["kind"], threshold: Threshold): PrognosComparisonLine {
  const avvikelse = row.prognos === null && row.utfall === null ? null : subtractCells(row.utfall, row.prognos);
  const share = avvikelse === null || row.prognos === null || row.prognos === 0 ? null : avvikelse / Math.abs(row.prognos);
  const size = Math.abs(avvikelse ?? 0);
  // A row without a prognosis but with an outcome is as far off as its outcome.
  const past = size > threshold.minAmount && (share === null ? size > 0 : Math.abs(share) > threshold.share);
  return { ...row, kind, avvikelse, share, past };
}

/** Rows in the driftsredovisning's order; årets resultat last (never "past": its share of a result near zero says nothing). */
export function comparePrognosis(rows: readonly PrognosRow[], resultLabel: string, threshold: Threshold): PrognosComparisonLine[] {
  const lines = rows.map((row) => line(row, "row", threshold));
  const result = line(
    { id: "resultat", label: resultLabel, prognos: sumCells(rows.map((r) => r.prognos)), utfall: sumCells(rows.map((r) => r.utfall)) },
    "result",
    threshold,
  );
  return [...lines, { ...result, past: false }];
}
