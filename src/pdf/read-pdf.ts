// Reading a PDF back: text per page, outline and document info. Used by tests (and by checks of
// what was printed), with pdfjs-dist, so nothing depends on poppler being installed.
import { register } from "node:module";
import type { getDocument as GetDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

let hookRegistered = false;

/** pdf.js's files are loaded as they are on disk, not rewritten by tsx: see ./pdfjs-load-hook.mjs (300 MB less). */
function loadPdfjsAsItIs(): void {
  if (hookRegistered) return;
  hookRegistered = true;
  register(new URL("./pdfjs-load-hook.mjs", import.meta.url));
}

// Whether Node has Uint8Array.fromBase64 of its own (Node 20 has not).
const nativeFromBase64 = "fromBase64" in Uint8Array;

/**
 * Imports a module of pdf.js's legacy build and takes back the Uint8Array.fromBase64 it adds where
 * Node has none: core-js's, in plain JavaScript, which pdf.js itself never calls but Puppeteer then
 * prefers to Buffer for every chunk of every PDF it receives (about 20 ms a PDF, and garbage).
 */
async function importPdfjs<T>(load: () => Promise<T>): Promise<T> {
  loadPdfjsAsItIs();
  const module = await load();
  if (!nativeFromBase64) delete (Uint8Array as { fromBase64?: unknown }).fromBase64;
  return module;
}

/** pdf.js, loaded on first use. */
async function pdfjs(): Promise<{ getDocument: typeof GetDocument }> {
  return importPdfjs(() => import("pdfjs-dist/legacy/build/pdf.mjs"));
}

/**
 * Loads pdf.js's worker module ahead of time. In Node pdf.js runs its "worker" in-process and
 * imports it on first use, which costs ~0.5 s; the PDF step does this while the browser starts.
 */
export async function preloadPdfReader(): Promise<void> {
  const [worker] = await Promise.all([importPdfjs(() => import("pdfjs-dist/legacy/build/pdf.worker.mjs")), pdfjs()]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
}

export interface PdfContent {
  /** Text of each page, items joined by spaces. */
  pages: string[];
  /** Text of each page line by line, as pdf.js ends its lines (for golden files a reviewer can read). */
  lines: string[][];
  /** Bookmark titles, depth-first, indented two spaces per level. */
  outline: string[];
  info: Record<string, unknown>;
  /** The /Lang of the catalog, when present. */
  language: string | undefined;
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

export interface OutlineEntry {
  title: string;
  /** 0 for top-level bookmarks (h1), 1 for h2, … */
  depth: number;
  /** 1-based page the bookmark points to. */
  page: number;
  /** How high on its page the heading starts, in PDF points from the page's foot (Chromium's destinations are /XYZ left top). */
  top?: number;
}

type PdfDocument = Awaited<ReturnType<typeof GetDocument>["promise"]>;

async function outlineEntries(document: PdfDocument, nodes: OutlineNode[] | null, depth = 0): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  for (const node of nodes ?? []) {
    const dest = typeof node.dest === "string" ? await document.getDestination(node.dest) : node.dest;
    const page = dest?.[0] ? (await document.getPageIndex(dest[0] as Parameters<PdfDocument["getPageIndex"]>[0])) + 1 : 0;
    const top = (dest?.[1] as { name?: string } | undefined)?.name === "XYZ" && typeof dest?.[3] === "number" ? { top: dest[3] } : {};
    entries.push({ title: node.title, depth, page, ...top }, ...(await outlineEntries(document, node.items, depth + 1)));
  }
  return entries;
}

/** A PDF opened once for the PDF step's readings of it (./pdf-layout.ts); `close` when done. */
export interface OpenedPdf {
  document: PdfDocument;
  outline(): Promise<OutlineEntry[]>;
  close(): Promise<void>;
}

export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const { getDocument } = await pdfjs();
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  return {
    document,
    outline: async () => outlineEntries(document, (await document.getOutline()) as OutlineNode[] | null),
    close: () => document.destroy(),
  };
}

/** The bookmarks of a PDF with the page each points to: where each heading was printed. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const pdf = await openPdf(bytes);
  try {
    return await pdf.outline();
  } finally {
    await pdf.close();
  }
}

function flatten(nodes: OutlineNode[] | null, depth = 0): string[] {
  return (nodes ?? []).flatMap((node) => [`${"  ".repeat(depth)}${node.title}`, ...flatten(node.items, depth + 1)]);
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { getDocument } = await pdfjs();
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const lines: string[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str : ""))
          .join(" ")
          .replace(/\s+/g, " "),
      );
      const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join("");
      lines.push(
        text
          .split("\n")
          .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
          .filter(Boolean),
      );
    }
    const metadata = await document.getMetadata();
    return {
      pages,
      lines,
      outline: flatten((await document.getOutline()) as OutlineNode[] | null),
      info: metadata.info as Record<string, unknown>,
      language: (metadata.info as { Language?: string }).Language,
    };
  } finally {
    await document.destroy();
  }
}
