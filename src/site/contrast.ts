// WCAG 2.1 contrast of colours written #rrggbb, and a colour darkened until text in it is readable:
// a förbund's accent colour may be light (a yellow logo), and where it colours text that text must
// still meet AA (4.5:1) on the backgrounds it stands on.

/** The relative luminance of #rrggbb (WCAG 2.1). */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (channels: number[]) => `#${channels.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/**
 * The colour itself when it has at least `ratio` against every background, else the colour mixed
 * with black in steps of 2 % until it has (black has 21:1 against white, so this ends).
 */
export function readableOn(colour: string, backgrounds: readonly string[], ratio = 4.5): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  for (let dark = 0; dark <= 50; dark++) {
    const candidate = hex(channels.map((c) => c * (1 - dark / 50)));
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= ratio)) return candidate;
  }
  return "#000000";
}
