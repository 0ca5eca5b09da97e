// The site as Eleventy renders it: the site model with each document's prose rendered, every
// heading given its id, and the innehåll made from those headings. Runs once per build (and in
// `npm start` once per change of the data or the prose).
import { DataError, type Problem } from "../data/problem.ts";
import type { Block, Heading, ProseSection } from "../documents/body.ts";
import { slugify } from "../format/index.ts";
import type { DocumentPage, Site } from "../model/site.ts";
import { type ParsedProse, parseProse, proseHtml } from "./prose/render.ts";

/** A block as the page template gets it: prose is HTML. */
export type PreparedBlock =
  | Exclude<Block, { type: "prose" } | { type: "group" }>
  | { type: "prose"; file: string; html: string }
  | (Omit<Extract<Block, { type: "group" }>, "blocks"> & { blocks: PreparedBlock[] });

/** An entry of the innehåll: an h2 with its h3s. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

export interface PreparedDocument extends Omit<DocumentPage, "body"> {
  body: PreparedBlock[];
  /** Every heading of the page, in order, with its id. */
  headings: Required<Heading>[];
  /** The innehåll (h2 and h3); empty when the kind has none. */
  tocEntries: TocEntry[];
}

export interface PreparedSite extends Omit<Site, "documents" | "documentsByKind" | "forbund"> {
  documents: PreparedDocument[];
  documentsByKind: Record<string, PreparedDocument[]>;
  forbund: (Omit<Site["forbund"][number], "documents"> & { documents: PreparedDocument[] })[];
}

/** Ids the page already has (rows, tables, groups, fixed headings), which a heading's slug must not take. */
function fixedIds(blocks: readonly Block[], into: Set<string>): Set<string> {
  for (const block of blocks) {
    if (block.type === "heading" && block.heading.id) into.add(block.heading.id);
    if (block.type === "table") {
      if (block.table.id) into.add(block.table.id);
      for (const row of block.table.rows) if (row.id) into.add(row.id);
    }
    if (block.type === "figure" && block.id) into.add(block.id);
    if (block.type === "group") {
      if (block.id) into.add(block.id);
      if (block.heading?.id) into.add(block.heading.id);
      fixedIds(block.blocks, into);
    }
    if (block.type === "component") for (const h of block.headings ?? []) if (h.id) into.add(h.id);
  }
  return into;
}

function tocOf(headings: readonly Required<Heading>[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let current: TocEntry | undefined;
  for (const heading of headings) {
    if (heading.level === 2) {
      current = { id: heading.id, text: heading.text, children: [] };
      entries.push(current);
    } else if (heading.level === 3) {
      // An h3 before the first h2 is listed at the top level.
      (current?.children ?? entries).push({ id: heading.id, text: heading.text, children: [] });
    }
  }
  return entries;
}

/** The line (1-based) where the source first writes {% name "path" … %}. */
function lineOfShortcode(source: string, name: string, path: string): number | undefined {
  const pattern = new RegExp(`\\{%-?\\s*${name}\\s+"${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`);
  const index = source.split("\n").findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

/** A prose file's problem at its line: Nunjucks says "[Line 3, Column 12]" for syntax; a shortcode's is looked up in the source. */
function proseProblem(prose: ProseSection, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const inner =
    message
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .at(-1) ?? message;
  const text = inner.replace(/^(Template render error: \([^)]*\)|[A-Za-z]*Error:)\s*/, "");
  const shortcode = /^\{% (\w+) "([^"]+)"/.exec(text);
  const line = Number(/\[Line (\d+)/.exec(message)?.[1]) || (shortcode ? lineOfShortcode(prose.source, shortcode[1]!, shortcode[2]!) : undefined);
  return { file: prose.file, line, path: "", message: text };
}

export function prepareDocument(doc: DocumentPage, problems: Problem[]): PreparedDocument {
  const used = fixedIds(doc.body, new Set(["main", "innehall"]));
  const headings: Required<Heading>[] = [];
  // Headings stay in order whatever a förbund leaves out: each is one level below the nearest
  // heading before it that the source puts higher (the page's h1 is the title), so without an h2
  // section its h3s become h2s together, siblings stay siblings, and no level is skipped. Levels
  // already in order are kept, so preparing a document twice gives the same levels.
  const open: { source: number; level: number }[] = [];
  const give = (heading: Heading): string => {
    while (open.length && open.at(-1)!.source >= heading.level) open.pop();
    const level = (open.at(-1)?.level ?? 1) + 1;
    open.push({ source: heading.level, level });
    heading.level = level as Heading["level"];
    if (!heading.id) {
      const base = slugify(heading.text) || "avsnitt";
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      // Headings are made fresh for each build of the model; giving one its id here, once, keeps the
      // component that prints it and the innehåll in agreement.
      heading.id = id;
    }
    headings.push(heading as Required<Heading>);
    return heading.id;
  };
  const prepare = (blocks: readonly Block[]): PreparedBlock[] =>
    blocks.map((block): PreparedBlock => {
      if (block.type === "prose") {
        let parsed: ParsedProse;
        try {
          parsed = parseProse(block.prose, doc, used);
        } catch (error) {
          problems.push(proseProblem(block.prose, error));
          return { type: "prose", file: block.prose.file, html: "" };
        }
        const ids = parsed.headings.map(give);
        return { type: "prose", file: block.prose.file, html: proseHtml(parsed, ids) };
      }
      if (block.type === "heading") give(block.heading);
      if (block.type === "component") for (const h of block.headings ?? []) give(h);
      if (block.type === "group") {
        if (block.heading) give(block.heading);
        return { ...block, blocks: prepare(block.blocks) };
      }
      return block;
    });
  const body = prepare(doc.body);
  return { ...doc, body, headings, tocEntries: doc.toc ? tocOf(headings) : [] };
}

/** A document prepared, with the problems of its prose. */
export interface PreparedEarly {
  document: PreparedDocument;
  problems: Problem[];
}

/** A document prepared on its own, its problems kept with it (prepareSite lists them in the documents' order). */
export function prepareEarly(doc: DocumentPage): PreparedEarly {
  const problems: Problem[] = [];
  return { document: prepareDocument(doc, problems), problems };
}

/**
 * Prepares every document (or takes it from `early`, prepared as its förbund was built); a prose
 * problem anywhere stops the build, with every problem listed in the documents' order.
 */
export function prepareSite(site: Site, early: ReadonlyMap<DocumentPage, PreparedEarly> = new Map()): PreparedSite {
  const problems: Problem[] = [];
  const prepared = new Map(
    site.documents.map((doc) => {
      const { document, problems: own } = early.get(doc) ?? prepareEarly(doc);
      problems.push(...own);
      return [doc, document];
    }),
  );
  if (problems.length) throw new DataError(problems);
  const map = (docs: DocumentPage[]) => docs.map((doc) => prepared.get(doc)!);
  return {
    ...site,
    documents: map(site.documents),
    documentsByKind: Object.fromEntries(Object.entries(site.documentsByKind).map(([kind, docs]) => [kind, map(docs)])),
    forbund: site.forbund.map((f) => ({ ...f, documents: map(f.documents) })),
  };
}
