// Numbers in prose come from the data: {% belopp "resultat.2025.utfall" %} looks the path up in the
// document's computed values first, then in its data as written. A path that leads nowhere is an
// error that names the path and the nearest paths that exist. The model checks every prose file's
// paths before anything is rendered, so an utkast lists them in its checklist.
import { lookUpPath } from "../compute/path.ts";
import { nearestPaths, numericPaths } from "../compute/paths.ts";
import type { Unit } from "../format/index.ts";
import type { ProseSection } from "./body.ts";

export interface DocumentValues {
  title: string;
  /** The document's id ("arsredovisning"): the prefix of the ids its prose gives the values it prints (./prose-anchors.ts). */
  id?: string;
  unit: Unit;
  computed: unknown;
  data: unknown;
  /** An utkast prints a visible gap where a value is missing, instead of stopping the build. */
  draft?: boolean;
  /** The text the site prints instead of a value it hides (a small participant count), by path (see BuiltDocument). */
  hiddenValue?: (path: string) => string | undefined;
  /** An adopted document's figures as its text states them, where the data gives another (./kind.ts ProseFigure). */
  adopted?: readonly ProseFigure[];
}

/** A figure an adopted document's text states: printed where the text quotes `quotes` (in `section`, when given). */
export interface ProseFigure {
  quotes: string;
  section?: string;
  stated: number;
  computed: number | null;
}

/** The adopted figure a quote of `path` in `section` prints instead of the computed value, if any. */
export function adoptedFigure(doc: DocumentValues | undefined, path: string, section: string | undefined): ProseFigure | undefined {
  if (!doc || doc.draft) return undefined;
  return doc.adopted?.find((figure) => figure.quotes === path && (figure.section === undefined || figure.section === section));
}

export const valueShortcodeNames = ["belopp", "tal", "procent"] as const;

export class ProsePathError extends Error {
  constructor(
    readonly shortcode: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "ProsePathError";
  }
}

/** "Menade du …?" with the nearest numeric paths in the computed values and the data, or "" when none is near. */
function nearest(doc: DocumentValues, path: string): string {
  const candidates = [...numericPaths(doc.computed), ...numericPaths(doc.data)].map((p) => p.path);
  const near = nearestPaths(path, candidates);
  return near.length ? ` Menade du ${near.map((p) => `"${p}"`).join(" eller ")}?` : "";
}
const suggestion = (doc: DocumentValues, path: string) => nearest(doc, path) || " npm run paths listar sökvägarna.";

export function valueAt(doc: DocumentValues | undefined, path: string, shortcode: string): number | null {
  if (!doc) throw new Error(`{% ${shortcode} "${path}" %}: inget dokument att läsa värdet ur`);
  const inComputed = lookUpPath(doc.computed, path);
  const { found, value } = inComputed.found ? inComputed : lookUpPath(doc.data, path);
  if (!found || value === undefined)
    throw new ProsePathError(
      shortcode,
      path,
      `{% ${shortcode} "${path}" %} i ${doc.title}: inget värde på "${path}", varken i de beräknade värdena eller i data.${suggestion(doc, path)}`,
    );
  if (value !== null && typeof value !== "number")
    throw new ProsePathError(shortcode, path, `{% ${shortcode} "${path}" %} i ${doc.title}: väntade ett tal på "${path}", fann ${JSON.stringify(value)}`);
  return value;
}

/** The value shortcodes a prose source writes, with their lines (1-based). */
export function shortcodesIn(source: string): { shortcode: string; path: string; line: number }[] {
  const pattern = new RegExp(`\\{%-?\\s*(${valueShortcodeNames.join("|")})\\s+"([^"]+)"`, "g");
  return source.split("\n").flatMap((text, i) => [...text.matchAll(pattern)].map((m) => ({ shortcode: m[1]!, path: m[2]!, line: i + 1 })));
}

/** The plain references `{{ doc.data.a.b[0].c }}` / `{{ doc.computed.x }}` a prose source writes (before any filter), with their lines. */
export function referencesIn(source: string): { root: "data" | "computed"; path: string; line: number }[] {
  // Only literal paths: `values[y]` or `byId[doc.computed.firstYear]` depend on the template's own variables.
  const pattern = /\{\{-?\s*doc\.(data|computed)\.((?:\w+|\[\d+\])(?:\.\w+|\[\d+\])*)\s*(?:\||-?\}\})/g;
  return source
    .split("\n")
    .flatMap((text, i) =>
      [...text.matchAll(pattern)].map((m) => ({ root: m[1] as "data" | "computed", path: m[2]!.replace(/\[(\d+)\]/g, ".$1"), line: i + 1 })),
    );
}

/**
 * Every value shortcode in the prose whose path leads to no number: the message the build would
 * give, and the shorter one a checklist lists under its document.
 */
export function unresolvedValues(prose: readonly ProseSection[], doc: DocumentValues): { file: string; line: number; message: string; item: string }[] {
  return prose.flatMap((section) =>
    shortcodesIn(section.source).flatMap(({ shortcode, path, line }) => {
      try {
        valueAt(doc, path, shortcode);
        return [];
      } catch (error) {
        if (!(error instanceof ProsePathError)) return [];
        return [
          { file: section.file, line, message: error.message, item: `texten citerar "${path}" ({% ${shortcode} %}), som saknar värde.${nearest(doc, path)}` },
        ];
      }
    }),
  );
}

/** Every `{{ doc.data.… }}` / `{{ doc.computed.… }}` in the prose that leads to nothing (it would print as empty text). */
export function unresolvedReferences(prose: readonly ProseSection[], doc: DocumentValues): { file: string; line: number; message: string; item: string }[] {
  return prose.flatMap((section) =>
    referencesIn(section.source).flatMap(({ root, path, line }) => {
      const { found, value } = lookUpPath(root === "data" ? doc.data : doc.computed, path);
      if (found && value !== undefined && value !== null && value !== "") return [];
      const item = `texten citerar doc.${root}.${path} ({{ }}), som saknar värde`;
      return [
        {
          file: section.file,
          line,
          item,
          message: `{{ doc.${root}.${path} }} i ${doc.title}: inget värde på "${path}" i ${root === "data" ? "data" : "de beräknade värdena"}`,
        },
      ];
    }),
  );
}

/** What an utkast's prose quotes that the year does not have yet, in the order of the files and lines. */
export function proseGaps(prose: readonly ProseSection[], doc: DocumentValues): { file: string; line: number; message: string; item: string }[] {
  const order = new Map(prose.map((section, index) => [section.file, index]));
  return [...unresolvedValues(prose, doc), ...unresolvedReferences(prose, doc)].sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line);
}
