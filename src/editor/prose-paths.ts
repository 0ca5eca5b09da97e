// What the figure picker offers: every path prose can quote for the document, as `npm run paths`
// lists them (src/status/paths.ts: the computed values first, which the lookup tries first, then
// the data as written), each with the shortcode to quote it with and the text that shortcode prints
// today. A data path the computed values also have is left out: a shortcode would print the
// computed one. The model does not say what kind of figure a path holds, so the shortcode is the
// one the document's prose already quotes the path with, else a guess from the path's words — a
// share is printed with {% procent %}, a count with {% tal %}, an amount with {% belopp %} — which
// the picker shows and the director may change. Years and the model's row places are left out.
import { lookUpPath } from "../compute/path.ts";
import { numericPaths } from "../compute/paths.ts";
import { proseOf } from "../documents/prose-anchors.ts";
import { adoptedFigure, shortcodesIn } from "../documents/prose-values.ts";
import { formatValue, valueShortcodes } from "../eleventy/prose/values.ts";
import type { DocumentPage } from "../model/site.ts";

export type Shortcode = keyof typeof valueShortcodes;

export interface QuotablePath {
  path: string;
  /** Where the lookup finds it: the computed values or the data as written. */
  source: "beräknat" | "data";
  shortcode: Shortcode;
  /** What {% <shortcode> "path" %} prints now ("1 776 tkr", "65 %", "<5"). */
  text: string;
}

// Words of a path's keys: a share (0.35 printed "35 %"), a count of people or things (or a page, a
// note number), else an amount in the document's unit.
const shareKey = /share|andel|procent|percent|ownership/i;
const countLast = /^(n|count|antal|parts|page|note)$|count|Positions$/;
const shareRoots = new Set(["surveys", "change"]);
const countRoots = new Set(["participants", "current", "previous", "exit", "exitPrevious", "insatser", "forums", "respondents", "goals", "deltagare"]);

/** The shortcode a path's words (and its value) suggest: the picker's default when the prose does not quote the path yet. */
export function guessShortcode(path: string, value: number | null = null): Shortcode {
  const keys = path.split(".");
  const [root = ""] = keys;
  if (keys.some((key) => shareKey.test(key))) return "procent";
  if (countLast.test(keys.at(-1) ?? "")) return "tal";
  if (shareRoots.has(root)) return "procent";
  if (value !== null && !Number.isInteger(value) && Math.abs(value) < 1) return "procent";
  return countRoots.has(root) ? "tal" : "belopp";
}

/**
 * Numbers the shortcodes are not for: a year ("year", "previousYear", "years.0"; prose writes
 * {{ doc.computed.year }}, as a shortcode would print "2 025"), and the places of rows and cells
 * in the model ("lines.3.path.2", "decimals", "depth").
 */
export function notAFigure(path: string): boolean {
  const keys = path.split(".");
  const last = keys.at(-1) ?? "";
  return /^year$|Year$/.test(last) || ["years", "path"].includes(keys.at(-2) ?? "") || ["decimals", "depth"].includes(last);
}

/** A path a shortcode can name: keys of letters, digits, _ and - (no quote, space or brace that would end the tag). */
const quotable = /^[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*$/u;

export function quotablePaths(doc: DocumentPage): QuotablePath[] {
  // What the document's prose already quotes each path with.
  const used = new Map<string, Shortcode>();
  for (const section of proseOf(doc.body))
    for (const { shortcode, path } of shortcodesIn(section.source)) if (!used.has(path)) used.set(path, shortcode as Shortcode);
  const seen = new Set<string>();
  const list: QuotablePath[] = [];
  const add = (source: QuotablePath["source"], root: unknown) => {
    for (const { path, value } of numericPaths(root)) {
      if (seen.has(path) || !quotable.test(path) || notAFigure(path)) continue;
      if (source === "data" && lookUpPath(doc.computed, path).found) continue;
      seen.add(path);
      const shortcode = used.get(path) ?? guessShortcode(path, value);
      const figure = adoptedFigure(doc, path, undefined);
      let text: string;
      try {
        text = figure ? formatValue[shortcode](figure.stated, doc, path) : valueShortcodes[shortcode](doc, path);
      } catch {
        text = formatValue[shortcode](value, doc, path);
      }
      list.push({ path, source, shortcode, text });
    }
  };
  add("beräknat", doc.computed);
  add("data", doc.data);
  return list;
}
