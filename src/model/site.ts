// The site as the templates see it: every förbund and its documents, with everything computed.
import type { ChartDefinition, RenderedChart } from "../charts/chart.ts";
import { renderChart } from "../charts/render.ts";
import type { Finding } from "../checks/finding.ts";
import type { ForbundData } from "../data/load.ts";
import { documentKinds, kindOfFile } from "../documents/index.ts";
import type { Unit } from "../format/index.ts";
import type { Forbund } from "../schemas/index.ts";
import { pdfFileName } from "./file-names.ts";

export interface DocumentPage {
  kind: string;
  /** "Driftsredovisning". */
  kindLabel: string;
  /** File name of the data without extension; unique within a förbund and year. */
  id: string;
  forbundSlug: string;
  forbundName: string;
  forbundShortName: string;
  year: number;
  title: string;
  /** The board's decision date; the PDF's fixed creation date. */
  decided: string;
  /** The words before the date on the cover: "Beslutad av förbundsstyrelsen". */
  decisionLabel: string;
  /** URL of the förbund's logo for the cover, when its data folder has one. */
  logo?: string;
  unit: Unit;
  url: string;
  /** File name of the PDF, which sits next to the page. */
  pdfFile: string;
  /** The data file the document is built from. */
  sourceFile: string;
  /** The validated data, as written. */
  data: unknown;
  /** What the kind computes from it; each kind's templates know its shape. */
  computed: unknown;
  /** The document's charts, rendered to SVG, by name. */
  charts: Record<string, RenderedChart>;
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
  /** Every kind, also those without documents, so that pagination always has a list. */
  documentsByKind: Record<string, DocumentPage[]>;
  findings: Finding[];
}

async function renderCharts(charts: Record<string, ChartDefinition> | undefined): Promise<Record<string, RenderedChart>> {
  const entries = await Promise.all(Object.entries(charts ?? {}).map(async ([name, chart]) => [name, await renderChart(chart)] as const));
  return Object.fromEntries(entries);
}

export interface SiteOptions {
  /** Render the charts to SVG (default true; the checker does not need them). */
  charts?: boolean;
}

export async function buildSite(data: ForbundData[], options: SiteOptions = {}): Promise<Site> {
  const findings: Finding[] = [];
  const forbund = await Promise.all(data.map(async (entry): Promise<ForbundPage> => {
    const documents = await Promise.all(entry.documents.map(async (document): Promise<DocumentPage> => {
      const kind = kindOfFile(document.id)!;
      const unit = (document.data as { unit?: Unit }).unit ?? entry.forbund.unit;
      const url = `/${entry.slug}/${document.year}/${document.id}/`;
      // The title is the kind's to decide; findings name the document by its kind, year and förbund.
      const ref = { label: `${kind.label} ${document.year} (${entry.forbund.short_name})`, url, id: document.id };
      const context = { slug: entry.slug, forbund: entry.forbund, year: document.year, id: document.id, source: document.source, unit, siblings: entry.documents, document: ref };
      const built = kind.build(document.data, context);
      findings.push(...built.findings);
      return {
        kind: kind.kind,
        kindLabel: kind.label,
        id: document.id,
        forbundSlug: entry.slug,
        forbundName: entry.forbund.name,
        forbundShortName: entry.forbund.short_name,
        year: document.year,
        title: built.title,
        decided: built.decided,
        decisionLabel: built.decisionLabel ?? "Beslutad av förbundsstyrelsen",
        logo: entry.forbund.logo ? `/${entry.slug}/${entry.forbund.logo}` : undefined,
        unit,
        url,
        pdfFile: pdfFileName(document.id, document.year, entry.forbund.name),
        sourceFile: document.source.file,
        data: document.data,
        computed: built.computed,
        charts: options.charts === false ? {} : await renderCharts(built.charts),
      };
    }));
    return { slug: entry.slug, name: entry.forbund.name, shortName: entry.forbund.short_name, url: `/${entry.slug}/`, forbund: entry.forbund, documents };
  }));
  const documents = forbund.flatMap((f) => f.documents);
  const documentsByKind = Object.fromEntries(documentKinds.map((k) => [k.kind, documents.filter((d) => d.kind === k.kind)]));
  return { forbund, documents, documentsByKind, findings };
}
