// The proportions of a logo file (SVG, PNG or JPG), read from its own header, so that the running
// head can give the logo the room it needs: a CSS @page margin box can show an image only as its
// background, which does not size the box.
import { readFileSync } from "node:fs";

/** width / height, or undefined when the file does not say (an SVG without viewBox or size). */
export function aspectRatio(file: string): number | undefined {
  const bytes = readFileSync(file);
  const ratio = file.endsWith(".png") ? pngRatio(bytes) : file.endsWith(".jpg") ? jpgRatio(bytes) : svgRatio(bytes.toString("utf8"));
  return ratio && Number.isFinite(ratio) && ratio > 0 ? ratio : undefined;
}

/** PNG: the IHDR chunk follows the 8-byte signature; width and height are its first two 32-bit numbers. */
function pngRatio(bytes: Buffer): number | undefined {
  if (bytes.length < 24 || bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return bytes.readUInt32BE(16) / bytes.readUInt32BE(20);
}

/** JPG: the first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC) holds height and width. */
function jpgRatio(bytes: Buffer): number | undefined {
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return bytes.readUInt16BE(at + 7) / bytes.readUInt16BE(at + 5);
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return undefined;
}

/** SVG: the root element's viewBox, else its width and height. */
function svgRatio(text: string): number | undefined {
  const start = text.indexOf("<svg");
  if (start === -1) return undefined;
  const root = text.slice(start, text.indexOf(">", start));
  const viewBox = /\bviewBox\s*=\s*["']([^"']+)["']/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox?.length === 4) return viewBox[2]! / viewBox[3]!;
  const size = (name: string) => Number(new RegExp(`\\b${name}\\s*=\\s*["']([\\d.]+)`).exec(root)?.[1]);
  return size("width") / size("height");
}
