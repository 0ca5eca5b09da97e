// A kind of document (driftsredovisning, årsredovisning, verksamhetsplan, protokoll …): its data
// file's schema and how its data becomes what the page template shows. Every kind is registered
// in ./index.ts; the loader, the site model and the build know nothing more about any of them.
import type { z } from "zod";
import type { ChartDefinition } from "../charts/chart.ts";
import type { DocumentRef, Finding } from "../checks/finding.ts";
import type { StatedComparison } from "../compute/stated.ts";
import type { LoadedDocument } from "../data/load.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import type { Unit } from "../format/index.ts";
import type { Forbund } from "../schemas/index.ts";
import type { Block, ProseSection } from "./body.ts";
import type { ProseFigure } from "./prose-values.ts";

/** Another document of the same förbund, for kinds that read across documents (e.g. last year's). */
export type SiblingDocument = LoadedDocument;

export interface BuildContext {
  slug: string;
  forbund: Forbund;
  year: number;
  id: string;
  source: YamlSource;
  /** The document's unit: its own `unit` if it declares one, else the förbund's. */
  unit: Unit;
  /** Every document of this förbund, all years. */
  siblings: SiblingDocument[];
  /** The document's prose sections, in file-name order. */
  prose: ProseSection[];
  /** Where the document is published, for the findings about it (label, url, id). */
  document: DocumentRef;
}

/** Something the document still lacks (an empty place, a section not written): the director's to do. */
export interface ChecklistItem {
  text: string;
  /** Where in the data file, when it is a place there. */
  path?: (string | number)[];
}

export interface BuiltDocument<Computed> {
  title: string;
  /** ISO date the board adopted (or the meeting held) it; the PDF's fixed creation date. Without one the document is an utkast. */
  decided?: string;
  /** The words before that date on the cover; default "Beslutad av förbundsstyrelsen". */
  decisionLabel?: string;
  /** About the decision date, for the granskningsrapport only (never printed in the document): e.g. that the original does not give it. */
  decidedNote?: string;
  computed: Computed;
  findings: Finding[];
  /** Charts by name; the site model renders them to SVG, and figure blocks show them (see src/charts/chart.ts). */
  charts?: Record<string, ChartDefinition>;
  /** What the page shows, in order (./body.ts). */
  body: Block[];
  /**
   * The figures the document states, with what their parts give: an adopted document's tables
   * print the stated ones, marked where they differ (src/tables/adopted.ts).
   */
  adopted?: StatedComparison[];
  /** The figures its text states (where the data gives another): an adopted document's prose prints them. */
  proseFigures?: ProseFigure[];
  /** What the document still lacks; an utkast with items fails a --strict build. */
  checklist?: ChecklistItem[];
  /**
   * What the site prints instead of the value at a path prose quotes, when it hides it: a
   * participant count below the förbund's privacy.min_count ("<5", ".."); undefined: as it is.
   */
  hiddenValue?: (path: string) => string | undefined;
  /** A cover page in print (default true) and an innehåll (default true). */
  cover?: boolean;
  toc?: boolean;
}

export interface DocumentKind<S extends z.ZodType = z.ZodType, Computed = unknown> {
  kind: string;
  /** Swedish name for lists and headings: "Driftsredovisning". */
  label: string;
  schema: S;
  build(data: z.output<S>, context: BuildContext): BuiltDocument<Computed>;
}

/** Declares a kind with its types checked, then stores it type-erased in the registry. */
export function defineKind<S extends z.ZodType, Computed>(kind: DocumentKind<S, Computed>): DocumentKind {
  return kind as unknown as DocumentKind;
}
