// A förbund's identity on its pages and PDFs: its logo, the icon of the browser tab, and its accent
// colour (forbund.yaml `logo`, `accent_color`). The accent colours decorations as written; where it
// colours text (links, the förbund's name in the site header and the running head) the templates use
// `accentText`, darkened where needed to meet WCAG AA on the site's backgrounds.
import { join } from "node:path";
import type { Forbund } from "../schemas/index.ts";
import { readableOn } from "./contrast.ts";
import { aspectRatio } from "./image-size.ts";

/** The backgrounds accent-coloured text stands on: the page, and the band of result rows (site.css --band). */
export const TEXT_BACKGROUNDS = ["#ffffff", "#eef3f8"] as const;

/** The icon of a page that belongs to no förbund, or of a förbund without a logo (templates/assets). */
export const DEFAULT_FAVICON = { href: "/assets/favicon.svg", type: "image/svg+xml" } as const;

export interface ForbundIdentity {
  name: string;
  url: string;
  /** Site URL of the logo, next to the förbund's pages. */
  logo?: string;
  /** The logo's size in the PDF's running head (mm): 6 mm high, at most 30 mm wide; absent when its proportions are unknown. */
  runningHeadLogo?: { width: number; height: number };
  favicon: { href: string; type: string };
  /** As written in forbund.yaml: bars and rules. */
  accent?: string;
  /** For text: the accent, darkened to at least 4.5:1 on TEXT_BACKGROUNDS. */
  accentText?: string;
}

const imageTypes: Record<string, string> = { svg: "image/svg+xml", png: "image/png", jpg: "image/jpeg" };

/** The logo's box in the running head: 6 mm high, or narrower than 30 mm when it is very wide. */
function runningHeadSize(ratio: number | undefined): { width: number; height: number } | undefined {
  if (!ratio) return undefined;
  const height = Math.min(6, 30 / ratio);
  return { width: Math.round(height * ratio * 10) / 10, height: Math.round(height * 10) / 10 };
}

/** A förbund's identity; `dataDir` holds its folder, where the logo is (the loader has checked that it is there). */
export function forbundIdentity(slug: string, forbund: Forbund, dataDir: string): ForbundIdentity {
  const logo = forbund.logo ? `/${slug}/${forbund.logo}` : undefined;
  const accent = forbund.accent_color?.toLowerCase();
  const size = forbund.logo ? runningHeadSize(aspectRatio(join(dataDir, slug, forbund.logo))) : undefined;
  return {
    name: forbund.name,
    url: `/${slug}/`,
    ...(logo ? { logo } : {}),
    ...(size ? { runningHeadLogo: size } : {}),
    favicon: logo ? { href: logo, type: imageTypes[logo.split(".").pop()!.toLowerCase()]! } : DEFAULT_FAVICON,
    ...(accent ? { accent, accentText: readableOn(accent, TEXT_BACKGROUNDS) } : {}),
  };
}

/** Every förbund's identity, by its slug (the folder name in data/). */
export function identities(forbund: readonly { slug: string; forbund: Forbund }[], dataDir: string): Record<string, ForbundIdentity> {
  return Object.fromEntries(forbund.map((f) => [f.slug, forbundIdentity(f.slug, f.forbund, dataDir)]));
}
