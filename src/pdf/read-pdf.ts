// Reading a PDF back: text per page, outline and document info. Used by tests (and by checks of
// what was printed), with pdfjs-dist, so nothing depends on poppler being installed.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfContent {
  /** Text of each page, items joined by spaces. */
  pages: string[];
  /** Bookmark titles, depth-first, indented two spaces per level. */
  outline: string[];
  info: Record<string, unknown>;
  /** The /Lang of the catalog, when present. */
  language: string | undefined;
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

function flatten(nodes: OutlineNode[] | null, depth = 0): string[] {
  return (nodes ?? []).flatMap((node) => [`${"  ".repeat(depth)}${node.title}`, ...flatten(node.items, depth + 1)]);
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
    }
    const metadata = await document.getMetadata();
    return {
      pages,
      outline: flatten((await document.getOutline()) as OutlineNode[] | null),
      info: metadata.info as Record<string, unknown>,
      language: (metadata.info as { Language?: string }).Language,
    };
  } finally {
    await document.destroy();
  }
}
