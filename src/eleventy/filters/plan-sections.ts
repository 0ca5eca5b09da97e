import { proseFiles } from "../prose.ts";

/** The data blocks a verksamhetsplan page shows; prose NN-<block>.md places one, else it follows the prose. */
export const planBlocks = ["resultatmal", "insatser", "budget"] as const;

interface DocumentRef {
  forbundSlug: string;
  year: number;
  id: string;
  title: string;
}

export interface PlanSection {
  /** A prose file to render, if any. */
  file?: string;
  /** A data block to render after the file (or alone, with its own heading). */
  block?: (typeof planBlocks)[number];
}

/**
 * `{% for section in doc | planSections %}`: the prose files in order, each followed by the data
 * block of the same name (40-resultatmal.md → the resultatmål table); blocks without a prose file
 * come last. So a new plan needs only data and prose, and the prose decides where the tables stand.
 */
export function planSections(doc: DocumentRef): PlanSection[] {
  const files = proseFiles(doc);
  const sections: PlanSection[] = [];
  const placed = new Set<string>();
  for (const file of files) {
    const name = /\/(?:\d+-)?([^/]+)\.md$/.exec(file)?.[1];
    const block = planBlocks.find((b) => b === name);
    if (block) placed.add(block);
    sections.push(block ? { file, block } : { file });
  }
  for (const block of planBlocks) if (!placed.has(block)) sections.push({ block });
  return sections;
}
