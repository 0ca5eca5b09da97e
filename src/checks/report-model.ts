// What a granskningsrapport holds, one per förbund and year: the documents checked, the data files
// read, and each document's findings grouped by cause (Finding.cause): the orsak first, its följder
// under it, findings without a cause on their own, most severe first. Every finding gets a number
// (F1, F2 …) in the order the report prints them, so an auditor can refer to it. Pure: the site
// model goes in (structurally, so this layer does not import it), the report's contents come out.
import { dirname, join } from "node:path";
import { slugify } from "../format/index.ts";
import { type Finding, type Severity, severities } from "./finding.ts";

/** What the report reads of a document of the site model (src/model/site.ts DocumentPage). */
export interface ReportDocumentSource {
  forbundSlug: string;
  forbundName: string;
  forbundShortName: string;
  kindLabel: string;
  year: number;
  title: string;
  draft: boolean;
  /** The board's decision date (for an utkast the day of the run: not printed). */
  decided: string;
  /** About the decision date, for the auditor (e.g. that the original does not give it). */
  decidedNote?: string;
  sourceFile: string;
  url: string;
}

export interface ReportSiteSource {
  forbund: readonly { slug: string; name: string; documents: readonly ReportDocumentSource[] }[];
  findings: readonly Finding[];
}

export interface NumberedFinding {
  /** "F1": the finding's number in its report. */
  number: string;
  finding: Finding;
}

/** Where the rest of a cause group is, when it is not all in this document. */
export interface CauseElsewhere {
  /** The document the findings are in ("Driftsredovisning 2025 (Jämtland)"). */
  document: string;
  count: number;
}

export type ReportItem =
  | { type: "finding"; finding: NumberedFinding }
  | {
      type: "cause";
      group: string;
      /** The place the wrong value was written; empty when it is in another document (`orsakElsewhere`). */
      orsak: NumberedFinding[];
      foljder: NumberedFinding[];
      orsakElsewhere?: { document: string; file: string; line?: number; path: string; number?: string };
      /** Följder of the same cause in other documents. */
      foljderElsewhere: CauseElsewhere[];
    };

export interface ReportDocument {
  /** "Årsredovisning 2025": the document's title. */
  title: string;
  /** "Årsredovisning 2025 (Jämtland)": how findings name it. */
  label: string;
  kindLabel: string;
  year: number;
  /** The decision date of an adopted document; absent for an utkast. */
  decided?: string;
  decidedNote?: string;
  /** Empty for findings whose document the site model did not list. */
  sourceFile: string;
  url: string;
  findings: Finding[];
  items: ReportItem[];
}

export interface Granskningsrapport {
  forbund: { slug: string; name: string; shortName: string; siteUrl?: string };
  year: number;
  /** The day of the run, YYYY-MM-DD. */
  date: string;
  documents: ReportDocument[];
  /** The data files read for the report's documents: forbund.yaml, each document's, and any other a finding names. */
  dataFiles: string[];
  /** Every finding of the report, in the order it prints them. */
  findings: NumberedFinding[];
  /** "jamtland/granskningsrapport-jamtland-2025": where the report goes in the output folder, without extension. */
  fileStem: string;
}

export interface ReportOptions {
  /** The day of the run (YYYY-MM-DD). */
  date: string;
  /** A förbund's published site ("https://…"), by slug: links into its documents are made absolute. */
  siteUrls?: Record<string, string | undefined>;
}

const bySeverity = (a: Finding, b: Finding) => severities.indexOf(a.severity) - severities.indexOf(b.severity);

const pagePath = (url: string | undefined) => url?.split("#")[0];

/** The förbund and year of a finding: as the site model set them, else from its URL ("/jamtland/2025/…"). */
function placeOf(finding: Finding): { forbund: string; year: number } | undefined {
  if (finding.forbund && finding.year) return { forbund: finding.forbund, year: finding.year };
  const [, forbund, year] = finding.url?.split("/") ?? [];
  return forbund && /^\d{4}$/.test(year ?? "") ? { forbund, year: Number(year) } : undefined;
}

/** Each document's findings, most severe first, grouped by cause where the lead's cause grouping set one. */
function itemsOf(findings: readonly Finding[], all: readonly Finding[], labelOf: (finding: Finding) => string): ReportItem[] {
  const items: ReportItem[] = [];
  const groups = new Map<string, Extract<ReportItem, { type: "cause" }>>();
  const mine = new Set(findings);
  for (const finding of [...findings].sort(bySeverity)) {
    const cause = finding.cause;
    if (!cause) {
      items.push({ type: "finding", finding: { number: "", finding } });
      continue;
    }
    let group = groups.get(cause.group);
    if (!group) {
      const others = all.filter((f) => f.cause?.group === cause.group && !mine.has(f));
      const orsak = findings.some((f) => f.cause?.group === cause.group && f.cause.role === "orsak")
        ? undefined
        : others.find((f) => f.cause?.role === "orsak");
      const elsewhere = new Map<string, number>();
      for (const f of others) if (f.cause?.role === "foljd") elsewhere.set(labelOf(f), (elsewhere.get(labelOf(f)) ?? 0) + 1);
      group = {
        type: "cause",
        group: cause.group,
        orsak: [],
        foljder: [],
        ...(orsak ? { orsakElsewhere: { document: labelOf(orsak), file: orsak.file, line: orsak.line, path: orsak.path } } : {}),
        foljderElsewhere: [...elsewhere].map(([document, count]) => ({ document, count })),
      };
      groups.set(cause.group, group);
      items.push(group);
    }
    (cause.role === "orsak" ? group.orsak : group.foljder).push({ number: "", finding });
  }
  return items;
}

/** The report's findings in print order, numbered F1, F2 … (orsak before its följder). */
function numbered(documents: readonly ReportDocument[]): NumberedFinding[] {
  const list = documents.flatMap((document) => document.items.flatMap((item) => (item.type === "finding" ? [item.finding] : [...item.orsak, ...item.foljder])));
  list.forEach((entry, index) => {
    entry.number = `F${index + 1}`;
  });
  return list;
}

/** The granskningsrapporter of a site: one per förbund and year that has documents or findings, förbund in the site's order, years ascending. */
export function granskningsrapporter(site: ReportSiteSource, options: ReportOptions): Granskningsrapport[] {
  const documentOf = new Map<Finding, ReportDocumentSource>();
  const sources = site.forbund.flatMap((f) => f.documents);
  const label = (doc: ReportDocumentSource) => `${doc.kindLabel} ${doc.year} (${doc.forbundShortName})`;
  for (const finding of site.findings) {
    // A document's findings link into its page; those without a link name it by its label.
    const doc = sources.find((d) => pagePath(finding.url) === d.url) ?? sources.find((d) => finding.document === label(d));
    if (doc) documentOf.set(finding, doc);
  }
  const labelOf = (finding: Finding) => {
    const doc = documentOf.get(finding);
    return doc ? `${doc.title} (${doc.forbundShortName})` : finding.document;
  };

  const reports: Granskningsrapport[] = [];
  for (const forbund of site.forbund) {
    const placed = site.findings.filter((f) => !documentOf.has(f) && placeOf(f)?.forbund === forbund.slug);
    const years = [...new Set([...forbund.documents.map((d) => d.year), ...placed.map((f) => placeOf(f)!.year)])].sort((a, b) => a - b);
    for (const year of years) {
      const documents: ReportDocument[] = forbund.documents
        .filter((doc) => doc.year === year)
        .map((doc) => {
          const findings = site.findings.filter((f) => documentOf.get(f) === doc);
          return {
            title: doc.title,
            label: label(doc),
            kindLabel: doc.kindLabel,
            year: doc.year,
            ...(doc.draft ? {} : { decided: doc.decided }),
            ...(doc.decidedNote ? { decidedNote: doc.decidedNote } : {}),
            sourceFile: doc.sourceFile,
            url: doc.url,
            findings,
            items: itemsOf(findings, site.findings, labelOf),
          };
        });
      // Findings the site model names no document for (none today): under the document they name.
      for (const name of new Set(placed.filter((f) => placeOf(f)!.year === year).map((f) => f.document))) {
        const findings = placed.filter((f) => placeOf(f)!.year === year && f.document === name);
        documents.push({
          title: name,
          label: name,
          kindLabel: findings[0]!.kind ?? "",
          year,
          sourceFile: "",
          url: pagePath(findings[0]!.url) ?? "",
          findings,
          items: itemsOf(findings, site.findings, labelOf),
        });
      }
      const list = numbered(documents);
      // A cause's orsak printed in this report is referred to by its number.
      const numberOf = new Map(list.map((entry) => [entry.finding, entry.number]));
      for (const item of documents.flatMap((d) => d.items)) {
        if (item.type !== "cause" || !item.orsakElsewhere) continue;
        const orsak = site.findings.find((f) => f.cause?.group === item.group && f.cause.role === "orsak");
        const number = orsak && numberOf.get(orsak);
        if (number) item.orsakElsewhere.number = number;
      }
      const first = forbund.documents.find((d) => d.year === year);
      const forbundFile = first ? join(dirname(dirname(first.sourceFile)), "forbund.yaml") : undefined;
      const dataFiles = [
        ...(forbundFile ? [forbundFile] : []),
        ...documents.map((d) => d.sourceFile).filter(Boolean),
        ...list.map((entry) => entry.finding.file),
      ];
      const slug = slugify(forbund.slug);
      reports.push({
        forbund: {
          slug: forbund.slug,
          name: forbund.name,
          shortName: first?.forbundShortName ?? forbund.name,
          ...(options.siteUrls?.[forbund.slug] ? { siteUrl: options.siteUrls[forbund.slug] } : {}),
        },
        year,
        date: options.date,
        documents,
        dataFiles: [...new Set(dataFiles)],
        findings: list,
        fileStem: `${slug}/granskningsrapport-${slug}-${year}`,
      });
    }
  }
  return reports;
}

/** How many findings of a severity a list has. */
export function countOf(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}
