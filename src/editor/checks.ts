// The granskning of one document, for the editor to show beside its form: the findings whose file
// is the document's, and its checklist (an utkast's), from the same model the build makes. When
// some data file is invalid, that file's problems are what there is to show.
import { resolve } from "node:path";
import type { Severity } from "../checks/finding.ts";
import { DataError } from "../data/problem.ts";
import { tablesOf } from "../documents/body.ts";
import { loadSite } from "../model/site.ts";
import type { Table } from "../tables/index.ts";
import { type ComputedField, computedFields } from "./computed-fields.ts";
import { type DocumentAddress, fileOf } from "./files.ts";

export interface FieldMessage {
  /** The field path in the file ("kostnader.rows.0.utfall"); "" for the document as a whole. */
  path: string;
  severity: Severity | "checklista";
  rule?: string;
  message: string;
}

/** A table of the built document as plain texts: what the build computes from the fields (sums, differences, shares, the chain's values). */
export interface ComputedTable {
  caption: string;
  unitCaption?: string;
  columns: string[];
  rows: { kind: string; header: string; cells: string[] }[];
  /** Columns (or rows) with values read from other documents, and from where: "Årsbudget 2025: Verksamhetsplanen 2025". */
  sources: string[];
}

export interface DocumentChecks {
  messages: FieldMessage[];
  tables: ComputedTable[];
  /** The tables' figures for the fields they come from, to show beside them. */
  fields: ComputedField[];
  /** The page of the document, when the model has it (for the preview). */
  url?: string;
  /** The document's unit for amounts (its own `unit`, else the förbund's): the form says it. */
  unit?: string;
}

export async function documentChecks(dataDir: string, proseDir: string, address: DocumentAddress): Promise<DocumentChecks> {
  const file = resolve(fileOf(dataDir, address));
  try {
    const site = await loadSite(dataDir, { proseDir, charts: false });
    const page = site.documents.find((d) => d.forbundSlug === address.slug && d.year === address.year && d.id === address.id);
    const findings = site.findings.filter((f) => resolve(f.file) === file);
    const tables = page ? tablesOf(page.body) : [];
    return {
      messages: [
        ...findings.map((f) => ({ path: f.path, severity: f.severity, rule: f.rule, message: f.message })),
        ...(page?.checklist ?? []).map((item) => ({ path: item.path ?? "", severity: "checklista" as const, message: item.text })),
      ],
      tables: tables.map(plainTable),
      fields: page ? computedFields(page.data, tables, page.id) : [],
      ...(page ? { url: page.url, unit: page.unit } : {}),
    };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return {
      tables: [],
      fields: [],
      messages: error.problems.filter((p) => resolve(p.file) === file).map((p) => ({ path: p.path, severity: "fel" as const, message: p.message })),
    };
  }
}

function plainTable(table: Table): ComputedTable {
  return {
    caption: table.caption,
    ...(table.unitCaption ? { unitCaption: table.unitCaption } : {}),
    columns: table.columns.map((column) => column.label),
    rows: table.rows.map((row) => ({ kind: row.kind, header: row.header?.text ?? "", cells: row.cells.map((cell) => cell.text) })),
    sources: sourcesOf(table),
  };
}

/** "Årsbudget 2025: Verksamhetsplanen 2025" once per column (a row's label where the table is one column of values). */
function sourcesOf(table: Table): string[] {
  const seen = new Set<string>();
  for (const row of table.rows) {
    const offset = row.header ? 1 : 0;
    for (const [index, cell] of row.cells.entries()) {
      if (!cell.source) continue;
      const label = table.columns.length - offset > 1 ? table.columns[index + offset]?.label : row.header?.text;
      seen.add(`${label ?? ""}: ${cell.source}`);
    }
  }
  return [...seen];
}
