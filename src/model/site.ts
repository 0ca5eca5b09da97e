// The site as the templates see it, built once per build: every förbund and its documents with
// everything computed, their bodies (tables, figures, prose to render), charts rendered to SVG,
// the findings, and what each PDF is called and says about itself.
import type { ChartDefinition, RenderedChart } from "../charts/chart.ts";
import { type ChartCounts, type ChartRenderer, chartRenderer } from "../charts/renderer.ts";
import { groupCauses } from "../checks/causes.ts";
import type { Finding } from "../checks/finding.ts";
import { type ForbundData, loadData } from "../data/load.ts";
import { DataError, type Problem } from "../data/problem.ts";
import { type Block, tablesOf } from "../documents/body.ts";
import { documentKinds, kindByName } from "../documents/index.ts";
import { type ProseFigure, proseGaps } from "../documents/prose-values.ts";
import type { Unit } from "../format/index.ts";
import type { Forbund } from "../schemas/index.ts";
import { markAdopted } from "../tables/adopted.ts";
import { uniqueNames } from "../tables/index.ts";
import { pdfFileName } from "./file-names.ts";

/** What the PDF of a document says about itself (its Info dictionary). */
export interface PdfFacts {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The board's decision date: the PDF's fixed creation and modification date. */
  date: string;
}

export interface DocumentPage {
  kind: string;
  /** "Driftsredovisning". */
  kindLabel: string;
  /** File name of the data without extension; unique within a förbund and year. */
  id: string;
  forbundSlug: string;
  forbundName: string;
  forbundShortName: string;
  /** The förbund as written in forbund.yaml (members, shares), for prose. */
  forbund: Forbund;
  year: number;
  title: string;
  /** The board's decision date; the PDF's fixed creation date. For an utkast: the day of the build. */
  decided: string;
  /** No decision date: an utkast ("Utkast" on cover, running head and page; not on the start page). */
  draft: boolean;
  /** About the decision date, for the granskningsrapport only (never on the page). */
  decidedNote?: string;
  /** What it still lacks (empty places, sections not written), with where in the data. */
  checklist: { text: string; file: string; line?: number; path?: string }[];
  /** An adopted document's figures as its text states them, for its prose to print (src/documents/prose-values.ts). */
  adopted?: readonly ProseFigure[];
  /** The words before the date on the cover: "Beslutad av förbundsstyrelsen". */
  decisionLabel: string;
  /** URL of the förbund's logo for the cover, when its data folder has one. */
  logo?: string;
  unit: Unit;
  url: string;
  /** File name of the PDF, which sits next to the page. */
  pdfFile: string;
  pdf: PdfFacts;
  /** The data file the document is built from. */
  sourceFile: string;
  /** The validated data, as written. */
  data: unknown;
  /** What the kind computes from it; each kind's components know its shape. */
  computed: unknown;
  /** The document's charts, rendered to SVG, by name. */
  charts: Record<string, RenderedChart>;
  /** What the page shows, in order (src/documents/body.ts); figures carry their rendered chart. */
  body: Block[];
  /** What prose prints instead of a value the site hides (a small participant count), by path. */
  hiddenValue?: (path: string) => string | undefined;
  cover: boolean;
  toc: boolean;
}

export interface ForbundPage {
  slug: string;
  name: string;
  shortName: string;
  url: string;
  forbund: Forbund;
  documents: DocumentPage[];
}

export interface Site {
  forbund: ForbundPage[];
  documents: DocumentPage[];
  /** Every kind, also those without documents, so that lists always have one. */
  documentsByKind: Record<string, DocumentPage[]>;
  findings: Finding[];
  /** How many chart variants this build drew and how many it took from the cache. */
  chartCounts?: ChartCounts;
}

async function renderCharts(renderer: ChartRenderer, charts: Record<string, ChartDefinition> | undefined): Promise<Record<string, RenderedChart>> {
  const entries = await Promise.all(Object.entries(charts ?? {}).map(async ([name, chart]) => [name, await renderer.render(chart)] as const));
  return Object.fromEntries(entries);
}

/** Figure blocks get their rendered chart; a figure of a chart the kind did not make is dropped. */
function withCharts(blocks: readonly Block[], charts: Record<string, RenderedChart>): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type === "figure") return charts[block.chart] ? [{ ...block, rendered: charts[block.chart] }] : [];
    if (block.type === "group") return [{ ...block, blocks: withCharts(block.blocks, charts) }];
    return [block];
  });
}

/** Every table's CSV file name unique on its page ("budget.csv", "budget-2.csv"), set once as the page is assembled. */
function uniqueCsvNames(body: readonly Block[]): void {
  const tables = tablesOf(body);
  uniqueNames(tables.map((t) => t.csvName)).forEach((name, index) => {
    tables[index]!.csvName = name;
  });
}

export interface SiteOptions {
  /** Render the charts to SVG (default true; the checker does not need them). */
  charts?: boolean;
  /** The day of the build: an utkast's date (default today). */
  today?: string;
  /** The chart cache's folder, or false to draw every chart anew (default .cache/charts/). */
  chartCache?: string | false;
  /** Worker threads to draw charts with (default one per core; 1 draws them in this thread). */
  chartWorkers?: number;
  /** Asked before each förbund is built: true builds the rest without charts (the build is going to stop on a problem found meanwhile). */
  skipChartsWhen?: () => boolean;
  /**
   * Given each förbund's page as soon as it is built, its charts drawn, while later ones are still
   * being drawn: what the caller does with it (the prose rendered) shares the cores with the drawing
   * instead of waiting for the last chart.
   */
  onForbund?: (page: ForbundPage) => void;
}

/** Builds the site model; data no document can be made from (an adopted one with gaps) stops it, with every such problem listed. */
export async function buildSite(data: Iterable<ForbundData>, options: SiteOptions = {}): Promise<Site> {
  // Every document's charts, drawn together (in worker threads when there are many; src/charts/renderer.ts).
  const renderer = options.charts === false ? undefined : chartRenderer({ cacheDir: options.chartCache, workers: options.chartWorkers });
  try {
    return await assemble(data, options, renderer);
  } finally {
    await renderer?.close();
  }
}

async function assemble(data: Iterable<ForbundData>, options: SiteOptions, renderer: ChartRenderer | undefined): Promise<Site> {
  const findings: Finding[] = [];
  const problems: Problem[] = [];
  const started: Promise<ForbundPage>[] = [];
  for (const entry of data) {
    // Once the data has a problem, nothing will be written: the rest is built for its problems only.
    const draw = options.skipChartsWhen?.() ? undefined : renderer;
    const page = assembleForbund(entry, options, draw, findings, problems).then((built) => {
      options.onForbund?.(built);
      return built;
    });
    // Awaited all together below; a failure is not "unhandled" while the next förbund is read.
    page.catch(() => {});
    started.push(page);
    // The charts this förbund asked for go to be drawn before the next förbund is read (when `data`
    // reads as it goes, src/data/load.ts eachForbund): drawing and reading share the cores.
    if (draw) await new Promise((resolve) => setImmediate(resolve));
  }
  const forbund = await Promise.all(started);
  if (problems.length) throw new DataError(problems);
  const documents = forbund.flatMap((f) => f.documents);
  const documentsByKind = Object.fromEntries(documentKinds.map((k) => [k.kind, documents.filter((d) => d.kind === k.kind)]));
  // Findings that share one cause are grouped under the first place the wrong value was written.
  return { forbund, documents, documentsByKind, findings: groupCauses(findings), ...(renderer ? { chartCounts: { ...renderer.counts } } : {}) };
}

async function assembleForbund(
  entry: ForbundData,
  options: SiteOptions,
  renderer: ChartRenderer | undefined,
  findings: Finding[],
  problems: Problem[],
): Promise<ForbundPage> {
  const documents = await Promise.all(
    entry.documents.map(async (document): Promise<DocumentPage | undefined> => {
      const kind = kindByName(document.kind)!;
      const unit = (document.data as { unit?: Unit }).unit ?? entry.forbund.unit;
      const url = `/${entry.slug}/${document.year}/${document.id}/`;
      // The title is the kind's to decide; findings name the document by its kind, year and förbund.
      const ref = { label: `${kind.label} ${document.year} (${entry.forbund.short_name})`, url, id: document.id };
      const context = {
        slug: entry.slug,
        forbund: entry.forbund,
        year: document.year,
        id: document.id,
        source: document.source,
        unit,
        siblings: entry.documents,
        prose: document.prose,
        document: ref,
      };
      let built: ReturnType<typeof kind.build>;
      try {
        built = kind.build(document.data, context);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        problems.push(...error.problems);
        return undefined;
      }
      const decided = built.decided ?? options.today ?? new Date().toISOString().slice(0, 10);
      findings.push(
        ...built.findings.map((finding) => ({ ...finding, forbund: entry.slug, year: document.year, kind: kind.kind, unit: finding.unit ?? unit })),
      );
      const charts = renderer ? await renderCharts(renderer, built.charts) : {};
      const body = withCharts(built.body, charts);
      // An adopted document prints the figures it states; a draft has none and prints what is computed.
      if (built.decided !== undefined) markAdopted(tablesOf(body), built.adopted ?? [], { documentId: document.id });
      uniqueCsvNames(body);
      return {
        kind: kind.kind,
        kindLabel: kind.label,
        id: document.id,
        forbundSlug: entry.slug,
        forbundName: entry.forbund.name,
        forbundShortName: entry.forbund.short_name,
        forbund: entry.forbund,
        year: document.year,
        title: built.title,
        decided,
        draft: built.decided === undefined,
        ...(built.decidedNote ? { decidedNote: built.decidedNote } : {}),
        ...(built.decided !== undefined && built.proseFigures?.length ? { adopted: built.proseFigures } : {}),
        checklist: [
          ...(built.checklist ?? []).map((item) => ({
            text: item.text,
            file: document.source.file,
            ...(item.path ? { line: document.source.lineOf(item.path), path: item.path.join(".") } : {}),
          })),
          // Prose quoting a figure the year does not have yet: a gap in the utkast, an error once decided.
          ...(built.decided === undefined
            ? proseGaps(document.prose, { title: built.title, unit, computed: built.computed, data: document.data }).map((gap) => ({
                text: gap.item,
                file: gap.file,
                line: gap.line,
              }))
            : []),
        ],
        decisionLabel: built.decided === undefined ? "Utkast" : (built.decisionLabel ?? "Beslutad av förbundsstyrelsen"),
        logo: entry.forbund.logo ? `/${entry.slug}/${entry.forbund.logo}` : undefined,
        unit,
        url,
        pdfFile: pdfFileName(document.id, document.year, entry.forbund.name),
        pdf: {
          title: built.decided === undefined ? `${built.title} (utkast)` : built.title,
          author: entry.forbund.name,
          subject: `${kind.label} ${document.year} för ${entry.forbund.name}`,
          keywords: [kind.label, String(document.year), entry.forbund.name, entry.forbund.short_name, "samordningsförbund", "Finsam"],
          date: decided,
        },
        sourceFile: document.source.file,
        data: document.data,
        computed: built.computed,
        charts,
        body,
        ...(built.hiddenValue ? { hiddenValue: built.hiddenValue } : {}),
        cover: built.cover ?? true,
        toc: built.toc ?? true,
      };
    }),
  );
  return {
    slug: entry.slug,
    name: entry.forbund.name,
    shortName: entry.forbund.short_name,
    url: `/${entry.slug}/`,
    forbund: entry.forbund,
    documents: documents.filter((d) => d !== undefined),
  };
}

/** Loads the data folder (every kind's schema) and builds the site model from it. */
export async function loadSite(dataDir: string, options: SiteOptions & { proseDir?: string } = {}): Promise<Site> {
  return buildSite(loadData(dataDir, { kinds: documentKinds, proseDir: options.proseDir }), options);
}
