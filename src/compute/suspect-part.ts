// Which part of a sum was probably mistyped. When the totals a document states agree with each
// other but not with their parts, the mistake is in a part, and its kind shows in the difference:
// a part that, written with the other sign, a thousand times larger or smaller, with one digit
// changed or two neighbouring digits swapped, gives the stated total. Where exactly one part could
// be that, it is the suspect (several: none — the data cannot tell them apart). Pure.
import type { PartCell } from "./stated.ts";

export type MistakeKind = "sign" | "thousand" | "digit" | "transposed";

export interface SuspectPart {
  path: (string | number)[];
  /** The part as written. */
  written: number;
  /** What it would be for the parts to give the stated total. */
  implied: number;
  kind: MistakeKind;
}

/** The kind of slip that turns `implied` into `written`, if it is one of those a hand makes. */
export function mistakeKind(written: number, implied: number): MistakeKind | undefined {
  if (written === implied || written === 0 || implied === 0) return undefined;
  if (implied === -written) return "sign";
  if (Math.abs(written) === Math.abs(implied) * 1000 || Math.abs(implied) === Math.abs(written) * 1000)
    return Math.sign(written) === Math.sign(implied) ? "thousand" : undefined;
  if (Math.sign(written) !== Math.sign(implied) || !Number.isInteger(written) || !Number.isInteger(implied)) return undefined;
  const a = String(Math.abs(written));
  const b = String(Math.abs(implied));
  if (a.length !== b.length) return undefined;
  const differing = [...a].flatMap((digit, i) => (digit === b[i] ? [] : [i]));
  if (differing.length === 1) return "digit";
  const [i, j] = differing;
  if (differing.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!]) return "transposed";
  return undefined;
}

/** Every part whose slip would explain `difference` (stated − the parts' sum). */
export function suspectParts(parts: readonly PartCell[], difference: number): SuspectPart[] {
  if (difference === 0) return [];
  return parts.flatMap((part) => {
    const implied = part.value + difference;
    const kind = mistakeKind(part.value, implied);
    return kind ? [{ path: part.path, written: part.value, implied, kind }] : [];
  });
}

/**
 * The one part that explains the differences of several sums at once: a part of the first sum
 * whose slip (its value as written and as implied, by size: a note may print a cost without its
 * sign) is among the candidates of every other sum. Undefined where none or several are.
 */
export function commonSuspect<T extends Pick<SuspectPart, "written" | "implied">>(first: readonly T[], others: readonly (readonly T[])[]): T | undefined {
  const key = (part: T) => `${Math.abs(part.written)}>${Math.abs(part.implied)}`;
  const shared = first.filter((part) => others.every((candidates) => candidates.some((other) => key(other) === key(part))));
  return shared.length === 1 ? shared[0] : undefined;
}
