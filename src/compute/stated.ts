// Comparing a total a document states with the total computed from its parts.
import { type Cell, countParts } from "./cell.ts";

export interface StatedComparison {
  /** Field path of the stated value in its data file, e.g. ["resultat", "stated", "utfall", "2025"]. */
  path: (string | number)[];
  /** Path of the table line the value is shown on (for the link into the document). */
  row: (string | number)[];
  stated: Cell;
  computed: Cell;
  /** stated − computed (0 when both are empty). */
  difference: number;
  /** How many rounded parts the computed value sums. */
  parts: number;
  /** The largest difference the rounding of the parts explains (./stated.ts roundingAllowance); 0: exact. */
  allowance: number;
  /** True when the difference can come from each part being rounded to the document's unit. */
  withinRounding: boolean;
  /** Which parts were summed, in words: "Insatsfinansiering + Personalkostnader + Driftskostnader". */
  description?: string;
  /** What the numbers are, when not amounts in the document's unit: counts of people, or shares (0–1). */
  quantity?: "count" | "share";
  /**
   * A known cause that explains the difference: the finding is then a varning that says so, not a
   * fel. `financial_items`: the gap is the year's financial items (`amount`), left out of the costs.
   */
  explained?: { cause: "financial_items"; amount: number };
  /** The parts summed, each with its path in the same data file: where a mistyped part can be looked for (./suspect-part.ts). */
  partCells?: PartCell[];
  /**
   * "stated": the parts are the stated side's (no total is typed: the stated figure is their sum,
   * so a difference is a mistake in a part, or in what it is compared with); default "computed".
   */
  partsSide?: "stated" | "computed";
}

/** A part of a sum: its value and its field path in the document's data file. */
export interface PartCell {
  path: (string | number)[];
  value: number;
}

/**
 * The largest difference between a stated total and the sum of its parts that rounding explains.
 * Parts set in whole steps (a budget in whole thousands) are exact, and so is their sum: any
 * difference is a mistake. Parts rounded from finer figures (tkr from the bookkeeping's kronor) are
 * each off by up to half a step, but a report's total is at most one step off the sum of its rounded
 * parts (it is rounded the same way, and reports adjust a line where more would show), so the
 * allowance is half a step per part and never more than one step: a 3 000 kr slip in nine parts of
 * whole thousands is no longer "rounding".
 */
export function roundingAllowance(parts: number | readonly Cell[], step = 1): number {
  if (typeof parts !== "number") {
    const whole = parts.every((part) => part === null || Math.abs(part / step - Math.round(part / step)) < 1e-9);
    if (whole) return 0;
  }
  const count = typeof parts === "number" ? parts : countParts(parts);
  return Math.min((count * step) / 2, step);
}

/**
 * How far a figure written with "ca" may be from the computed one: as precisely as it is written —
 * half the step of its last written digit (`precision`: "0,3 m.kr" is written to 100 000 kr, so
 * ± 50 000) — but never tighter than 5 % of it ("ca 300": ± 15); a share, one percentage point.
 */
export function approximateAllowance(value: number, options: { precision?: number; share?: boolean } = {}): number {
  const written = options.precision === undefined ? 0 : options.precision / 2;
  return Math.max(written, options.share ? 0.01 : Math.abs(value) * 0.05);
}

export function compareStated(
  path: (string | number)[],
  stated: Cell,
  computed: Cell,
  /** How many rounded parts the computed value sums, or the parts themselves: where all are whole steps, the sum is exact. */
  parts: number | readonly Cell[],
  /** `rounding`: the step each part was rounded to, in the data's unit (1, or 1000 for kr shown as tkr). */
  /** `allowance`: the largest difference within which the stated figure counts as right, instead of the rounding's. */
  options: {
    row?: (string | number)[];
    description?: string;
    rounding?: number;
    quantity?: "count" | "share";
    allowance?: number;
    partCells?: PartCell[];
    partsSide?: "stated" | "computed";
  } = {},
): StatedComparison {
  const difference = (stated ?? 0) - (computed ?? 0);
  const allowance = options.allowance ?? roundingAllowance(parts, options.rounding ?? 1);
  return {
    path,
    row: options.row ?? path.slice(0, -2),
    stated,
    computed,
    difference,
    parts: typeof parts === "number" ? parts : countParts(parts),
    allowance,
    withinRounding: Math.abs(difference) <= allowance + 1e-9,
    description: options.description,
    ...(options.quantity ? { quantity: options.quantity } : {}),
    ...(options.partCells ? { partCells: options.partCells } : {}),
    ...(options.partsSide ? { partsSide: options.partsSide } : {}),
  };
}
