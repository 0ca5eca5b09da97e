// SIE amounts: "-1000.50" (point, at most two decimals). Read exactly into öre (integers), summed
// in öre, and given back as kronor: 0.1 + 0.2 never happens here.
import { formatNumber } from "../../format/index.ts";

const AMOUNT = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * "-1000.5" → −100050 öre; undefined when the text is not an amount. More than two decimals are
 * accepted only when the extra digits are zeros ("12.500"), since öre is the smallest unit.
 */
export function parseOre(text: string): number | undefined {
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ""] = match;
  if (/[1-9]/.test(fraction.slice(2))) return undefined;
  const ore = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, "0"));
  if (!Number.isSafeInteger(ore)) return undefined;
  return sign === "-" && ore !== 0 ? -ore : ore;
}

/** Kronor (at most two decimals) → öre. */
export function toOre(kronor: number): number {
  return Math.round(kronor * 100);
}

/** Öre → kronor; never −0. */
export function fromOre(ore: number): number {
  return ore === 0 ? 0 : ore / 100;
}

/** The sum of amounts in kronor, computed in öre. */
export function sumKronor(amounts: Iterable<number>): number {
  let ore = 0;
  for (const amount of amounts) ore += toOre(amount);
  return fromOre(ore);
}

/** As the file writes it: "-1000.50". */
export function formatSieAmount(kronor: number): string {
  const ore = toOre(kronor);
  const abs = Math.abs(ore);
  return `${ore < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** For messages: "−1 000,50 kr". */
export function formatKronor(kronor: number): string {
  return `${formatNumber(kronor, 2)} kr`;
}
