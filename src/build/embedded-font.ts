// The project's font (Source Sans 3, the npm package @fontsource/source-sans-3: regular, italic,
// semibold, bold, as the site's CSS has them) as @font-face rules with the files inlined as data:
// URLs, for a page that must stand alone — the granskningsrapport's HTML, and the PDF printed from
// it, which then embeds this font and no system font. The latin subset, and latin-ext for names
// with other letters (each face with its unicode-range from the package, so it is used only for those).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const faces = [
  { file: "400-normal", weight: 400, style: "normal" },
  { file: "400-italic", weight: 400, style: "italic" },
  { file: "600-normal", weight: 600, style: "normal" },
  { file: "700-normal", weight: 700, style: "normal" },
] as const;

const subsets = ["latin", "latin-ext"] as const;

let cached: string | undefined;

export function embeddedFontCss(): string {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const ranges = JSON.parse(readFileSync(require.resolve("@fontsource/source-sans-3/unicode.json"), "utf8")) as Record<string, string>;
  cached = subsets
    .flatMap((subset) =>
      faces.map(({ file, weight, style }) => {
        const path = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${file}.woff2`);
        const data = readFileSync(path).toString("base64");
        return (
          `@font-face { font-family: "Source Sans 3"; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
          `src: url("data:font/woff2;base64,${data}") format("woff2"); unicode-range: ${ranges[subset]}; }`
        );
      }),
    )
    .join("\n");
  return cached;
}
