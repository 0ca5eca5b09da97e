// Writes the granskningsrapporter (npm run check -- --format html|pdf): one file per förbund and
// year, <out>/<förbund>/granskningsrapport-<förbund>-<år>.html or .pdf. Everything is made first
// (the PDFs printed in memory), then written into a temporary folder next to the output folder,
// which is swapped in only when complete (./swap.ts, as the build swaps _site/): a failed run leaves
// the previous reports as they were and no temporary folder behind.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { granskningsrapportHtml, reportTitle } from "../checks/report-html.ts";
import { type Granskningsrapport, granskningsrapporter, type ReportSiteSource } from "../checks/report-model.ts";
import type { PageFlowWarning } from "../pdf/page-flow.ts";
import { printHtmlPages } from "../pdf/print-html.ts";
import { embeddedFontCss } from "./embedded-font.ts";
import { recoverStaleFolders, swapInto, temporarySibling } from "./swap.ts";

export type ReportFormat = "html" | "pdf";

export interface WriteReportsOptions {
  outDir: string;
  format: ReportFormat;
  /** The day of the run, YYYY-MM-DD: in the report and the PDF's dates. */
  date: string;
}

export interface WrittenReport {
  /** Path of the written file, relative to the output folder. */
  file: string;
  report: Granskningsrapport;
  /** The PDF's page-flow warnings (src/pdf/page-flow.ts); none for HTML. */
  pageFlow: PageFlowWarning[];
}

/** Each report's file: the HTML page, or the PDF printed from it with its page-flow warnings. */
async function render(reports: readonly Granskningsrapport[], format: ReportFormat): Promise<{ bytes: Buffer; pageFlow: PageFlowWarning[] }[]> {
  const fontCss = embeddedFontCss();
  const pages = reports.map((report) => granskningsrapportHtml(report, { fontCss }));
  if (format === "html") return pages.map((html) => ({ bytes: Buffer.from(html, "utf8"), pageFlow: [] }));
  const printed = await printHtmlPages(
    reports.map((report, index) => ({
      html: pages[index]!,
      metadata: {
        title: reportTitle(report),
        author: report.forbund.name,
        subject: `Granskningsrapport för ${report.forbund.name}, år ${report.year}`,
        keywords: ["granskningsrapport", String(report.year), report.forbund.name, "samordningsförbund", "Finsam"],
        date: report.date,
      },
    })),
  );
  return printed.map((entry) => ({ bytes: entry.pdf, pageFlow: entry.pageFlow }));
}

/** A folder the output may not replace: it holds something other than earlier reports (`--out .` or a home folder, by mistake). */
export class ReportFolderError extends Error {}

const REPORT_FILE = /^granskningsrapport-.+\.(html|pdf)$/;

/** Whether the folder holds nothing but report folders of earlier runs: only then may it be replaced whole. */
function onlyReports(outDir: string): boolean {
  if (!existsSync(outDir)) return true;
  if (!statSync(outDir).isDirectory()) return false;
  return readdirSync(outDir, { withFileTypes: true }).every(
    (entry) => entry.isDirectory() && readdirSync(join(outDir, entry.name)).every((name) => REPORT_FILE.test(name)),
  );
}

export async function writeGranskningsrapporter(site: ReportSiteSource, options: WriteReportsOptions): Promise<WrittenReport[]> {
  const outDir = resolve(options.outDir);
  if (!onlyReports(outDir)) {
    throw new ReportFolderError(`${options.outDir}: mappen innehåller annat än granskningsrapporter och ersätts inte; välj en egen mapp med --out`);
  }
  const reports = granskningsrapporter(site, { date: options.date });
  const files = await render(reports, options.format);

  mkdirSync(dirname(outDir), { recursive: true });
  recoverStaleFolders(outDir);
  const tempDir = temporarySibling(outDir, "building");
  try {
    mkdirSync(tempDir, { recursive: true });
    const written = reports.map((report, index): WrittenReport => {
      const file = `${report.fileStem}.${options.format}`;
      mkdirSync(dirname(join(tempDir, file)), { recursive: true });
      writeFileSync(join(tempDir, file), files[index]!.bytes);
      return { file, report, pageFlow: files[index]!.pageFlow };
    });
    swapInto(tempDir, outDir);
    return written;
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}
