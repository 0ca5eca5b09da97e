// A seeded pseudo-random stream for the synthetic förbund: the same seed gives the same numbers on
// every machine and every run, so a generated data set is the same bytes each time (Math.random is
// never used). The algorithms are a few lines each and written out here on purpose: a library's
// next version could change its stream, and with it every generated file.
//   - cyrb53 (a 53-bit string hash) turns a seed and a label into a 32-bit state;
//   - mulberry32 (Tommy Ettinger's 32-bit generator) gives the stream.
// `fork(label)` derives an independent stream, so that adding a draw to one part of a förbund does
// not shift every number of the parts after it.

function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` different items, in the order they have in `items`. */
  sample<T>(items: readonly T[], count: number): T[];
  /** An independent stream for a named part (the same label gives the same stream). */
  fork(label: string): Random;
}

export function seeded(seed: string | number): Random {
  const key = String(seed);
  let state = cyrb53(key) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, count) => {
      const indices = items.map((_, i) => i);
      for (let i = indices.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [indices[i], indices[j]] = [indices[j]!, indices[i]!];
      }
      return indices
        .slice(0, Math.min(count, items.length))
        .sort((a, b) => a - b)
        .map((i) => items[i]!);
    },
    fork: (label) => seeded(`${key}/${label}`),
  };
  return random;
}

/** Splits a whole number into `parts` whole parts (≥ 0 when total ≥ 0) with random weights; they add up to total exactly. */
export function split(random: Random, total: number, parts: number, minWeight = 0.2): number[] {
  const weights = Array.from({ length: parts }, () => random.between(minWeight, 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const values = weights.map((w) => Math.floor((total * w) / sum));
  values[0]! += total - values.reduce((a, b) => a + b, 0);
  return values;
}
