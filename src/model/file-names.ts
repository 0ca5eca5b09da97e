import { slugify } from "../format/index.ts";

/**
 * "driftsredovisning-2025-samordningsforbundet-jamtlands-lan.pdf": what, which year, whose — so a
 * downloaded file explains itself in a folder of many. The little word "i" is left out of the name.
 */
export function pdfFileName(id: string, year: number, forbundName: string): string {
  const what = /\d{4}/.test(id) ? id : `${id}-${year}`;
  const whose = slugify(forbundName)
    .split("-")
    .filter((word) => word !== "i")
    .join("-");
  return `${what}-${whose}.pdf`;
}
