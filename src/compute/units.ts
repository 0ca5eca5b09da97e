// Amounts between kr and tkr. Kronor (with öre) → the document's unit is rounded half away from
// zero, as a printed table rounds (−1 500 kr is −2 tkr, not −1); never −0.
import type { Cell } from "./cell.ts";

export type AmountUnit = "kr" | "tkr";

export function convertAmount(value: number, from: AmountUnit, to: AmountUnit): number {
  if (from === to && Number.isInteger(value)) return value;
  const ore = Math.round(value * (from === "kr" ? 100 : 100_000));
  const converted = Math.sign(ore) * Math.round(Math.abs(ore) / (to === "kr" ? 100 : 100_000));
  return converted === 0 ? 0 : converted;
}

export function convertCell(value: Cell, from: AmountUnit, to: AmountUnit): Cell {
  return value === null ? null : convertAmount(value, from, to);
}
