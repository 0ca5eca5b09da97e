// A document's body as data: the blocks its page shows, in order — prose sections, headings,
// tables, figures and components (Nunjucks macros in templates/components/). Each kind builds its
// body from its computed values; the site renders it with one template (content/document.njk), the
// innehåll and the PDF's bookmarks come from the headings it holds, and the CSV files from its
// tables. Nothing is read back from the rendered HTML.
import type { RenderedChart } from "../charts/chart.ts";
import type { ProseSection } from "../data/prose.ts";
import type { Table } from "../tables/index.ts";

/** A heading; `id` is fixed where something links to it, else given when the page is prepared (unique slug of the text). */
export interface Heading {
  level: 2 | 3 | 4 | 5 | 6;
  text: string;
  id?: string;
}

export type { ProseSection };

/** A piece of running text: plain, a link, or a date (<time datetime>). */
export interface Inline {
  text: string;
  href?: string;
  datetime?: string;
}

export type Block =
  | { type: "prose"; prose: ProseSection }
  | { type: "heading"; heading: Heading; className?: string }
  /** A paragraph of text (escaped where it lands), or of inline parts with links and dates. */
  | { type: "paragraph"; text?: string; parts?: Inline[]; className?: string }
  | { type: "table"; table: Table }
  /** A chart of the document by name (its `charts`), with its figure number; the site model adds the rendered chart. */
  | { type: "figure"; chart: string; id?: string; number?: string; rendered?: RenderedChart }
  /** A wrapper element around blocks, labelled by its heading when it has one. */
  | { type: "group"; tag: "section" | "div" | "article"; className?: string; id?: string; heading?: Heading; blocks: Block[] }
  /** A macro of templates/components/ by name, with its params; `headings` and `tables` are those it prints (also in params). */
  | { type: "component"; name: string; params: Record<string, unknown>; headings?: Heading[]; tables?: Table[] };

export const heading = (level: Heading["level"], text: string, id?: string): Block => ({ type: "heading", heading: { level, text, ...(id ? { id } : {}) } });

export const paragraph = (text: string, className?: string): Block => ({ type: "paragraph", text, ...(className ? { className } : {}) });

export const table = (t: Table): Block => ({ type: "table", table: t });

/** Looks up prose sections by name; a section without a file gives nothing (every section is optional). */
export function proseLookup(prose: readonly ProseSection[]) {
  const bySection = new Map(prose.map((p) => [p.section, p]));
  return {
    /** The block of the section's prose, or none. */
    section: (name: string): Block[] => {
      const found = bySection.get(name);
      return found ? [{ type: "prose", prose: found }] : [];
    },
    has: (name: string) => bySection.has(name),
    all: (): Block[] => prose.map((p) => ({ type: "prose", prose: p })),
  };
}

/**
 * A body of prose files with data blocks among them: the prose in file order, each file followed by
 * what `after` gives for it and by the block of its name (NN-budget.md → the budget); a block
 * without a prose file of its name comes last, asked for with its own heading.
 */
export function placeBlocks<N extends string>(
  prose: readonly ProseSection[],
  names: readonly N[],
  blockFor: (name: N, withHeading: boolean) => Block[],
  after: (prose: ProseSection) => Block[] = () => [],
): Block[] {
  const body: Block[] = [];
  const placed = new Set<N>();
  for (const file of prose) {
    body.push({ type: "prose", prose: file }, ...after(file));
    const name = names.find((n) => n === file.section);
    if (name) {
      placed.add(name);
      body.push(...blockFor(name, false));
    }
  }
  for (const name of names) if (!placed.has(name)) body.push(...blockFor(name, true));
  return body;
}

/** What tablesOf needs of a block (a body's or a prepared body's). */
interface TableHolder {
  type: string;
  table?: Table;
  blocks?: readonly TableHolder[];
  tables?: Table[];
  rendered?: { table: Table };
}

/** Every table of a body, in order of the page (for the CSV files): tables, components' tables, figures' data. */
export function tablesOf(blocks: readonly TableHolder[]): Table[] {
  return blocks.flatMap((block) => {
    if (block.type === "table") return block.table ? [block.table] : [];
    if (block.type === "group") return tablesOf(block.blocks ?? []);
    if (block.type === "component") return block.tables ?? [];
    if (block.type === "figure") return block.rendered ? [block.rendered.table] : [];
    return [];
  });
}
