// Comparing a total a document states with the total computed from its parts.
import type { Cell } from "./cell.ts";

export interface StatedComparison {
  /** Field path of the stated value in its data file, e.g. ["resultat", "stated", "utfall", "2025"]. */
  path: (string | number)[];
  /** Path of the table line the value is shown on (for the link into the document). */
  row: (string | number)[];
  stated: Cell;
  computed: Cell;
  /** stated − computed (0 when both are empty). */
  difference: number;
  /** How many rounded parts the computed value sums (its rounding tolerance is half a unit each). */
  parts: number;
  /** True when the difference can come from each part being rounded to the document's unit. */
  withinRounding: boolean;
  /** Which parts were summed, in words: "Insatsfinansiering + Personalkostnader + Driftskostnader". */
  description?: string;
}

export function compareStated(
  path: (string | number)[],
  stated: Cell,
  computed: Cell,
  parts: number,
  /** `rounding`: the step each part was rounded to, in the data's unit (1, or 1000 for kr shown as tkr). */
  options: { row?: (string | number)[]; description?: string; rounding?: number } = {},
): StatedComparison {
  const difference = (stated ?? 0) - (computed ?? 0);
  return {
    path,
    row: options.row ?? path.slice(0, -2),
    stated,
    computed,
    difference,
    parts,
    withinRounding: Math.abs(difference) <= (parts * (options.rounding ?? 1)) / 2 + 1e-9,
    description: options.description,
  };
}
