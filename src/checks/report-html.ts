// The granskningsrapport as one self-contained HTML page (inline CSS, no script), laid out as an
// auditor's working paper: header, documents checked, summary, findings by document and cause, and
// the rule catalogue as an appendix. The same page is printed to PDF (src/build/report-files.ts), so
// its print CSS makes A4 pages with running heads and "Sida X av Y". Every string from data goes
// through escapeHtml (text and attributes) or cssString (the running heads); nothing else is data.
import { cssString } from "../format/css-string.ts";
import { EMPTY, escapeHtml, formatDate, formatNumber } from "../format/index.ts";
import type { Finding, Severity } from "./finding.ts";
import { countOf, type Granskningsrapport, type NumberedFinding, type ReportDocument, type ReportItem } from "./report-model.ts";
import { formatFindingValue, hasValues } from "./report-values.ts";
import { ruleById, rulesByFamily } from "./rules.ts";

export interface ReportHtmlOptions {
  /** @font-face rules for the report's font (Source Sans 3), made by the caller: embedded data, not data from the förbund. */
  fontCss?: string;
}

const esc = escapeHtml;

/** Escaped text with places to break after slashes, dots, underscores and hyphens: paths wrap between their parts. */
function breakable(text: string): string {
  return esc(text).replace(/([/._#-])/g, "$1<wbr>");
}

const severityLabels: Record<Severity, { one: string; many: string }> = {
  fel: { one: "fel", many: "fel" },
  varning: { one: "varning", many: "varningar" },
  notering: { one: "notering", many: "noteringar" },
};

function counted(count: number, severity: Severity): string {
  return `${formatNumber(count)} ${count === 1 ? severityLabels[severity].one : severityLabels[severity].many}`;
}

/** " (varav 9 följder av ett annat fynds orsak)": how many of the findings follow from another's cause. */
function followers(findings: readonly Finding[]): string {
  const count = findings.filter((f) => f.cause?.role === "foljd").length;
  return count ? ` (varav ${formatNumber(count)} ${count === 1 ? "följd" : "följder"} av ett annat fynds orsak)` : "";
}

function followersSentence(findings: readonly Finding[]): string {
  const count = findings.filter((f) => f.cause?.role === "foljd").length;
  if (!count) return "";
  return ` ${formatNumber(count)} av fynden ${count === 1 ? "är en följd" : "är följder"} av ett annat fynds orsak och står under den i fyndlistan.`;
}

/** "17 fel, 5 varningar och 12 noteringar" (`last` joins the last two). */
function counts(findings: readonly Finding[], last: string): string {
  const [fel, varningar, noteringar] = (["fel", "varning", "notering"] as const).map((severity) => counted(countOf(findings, severity), severity));
  return `${fel}, ${varningar}${last}${noteringar}`;
}

function severityBadge(severity: Severity): string {
  return `<span class="severity severity-${severity}">${severity}</span>`;
}

function where(finding: Pick<Finding, "file" | "line" | "path">): string {
  const file = `${finding.file}${finding.line ? `:${finding.line}` : ""}`;
  return `<code>${breakable(file)}</code>${finding.path ? ` <code>${breakable(finding.path)}</code>` : ""}`;
}

/** The place in the published document: a link when the förbund's site is known, else its path on the site. */
function documentPlace(url: string | undefined, siteUrl: string | undefined): string {
  if (!url) return "";
  if (siteUrl) {
    const absolute = new URL(url, siteUrl).href;
    return `<a href="${esc(absolute)}">${breakable(absolute)}</a>`;
  }
  return `<code>${breakable(url)}</code>`;
}

function findingRow(entry: NumberedFinding, report: Granskningsrapport, role?: { label: string; className: string }): string {
  const { finding } = entry;
  const rule = ruleById(finding.rule);
  const place = documentPlace(finding.url, report.forbund.siteUrl);
  // The rule's id links to its entry in the catalogue.
  const ruleId = rule ? `<a href="#regel-${esc(rule.id)}"><code>${esc(rule.id)}</code></a>` : `<code>${esc(finding.rule)}</code>`;
  const values = hasValues(finding)
    ? [finding.stated, finding.computed].map((value) => `<td class="num">${esc(formatFindingValue(finding, value))}</td>`).join("") +
      `<td class="num">${esc(formatFindingValue(finding, finding.difference, { difference: true }))}</td>`
    : `<td class="num">${EMPTY}</td><td class="num">${EMPTY}</td><td class="num">${EMPTY}</td>`;
  return [
    `<tr id="fynd-${entry.number}" class="finding${role ? ` ${role.className}` : ""}">`,
    `<th scope="row" class="finding-number">${entry.number}</th>`,
    `<td>${severityBadge(finding.severity)}${role ? `<span class="role">${esc(role.label)}</span>` : ""}</td>`,
    `<td class="finding-text">`,
    `<p class="finding-rule"><strong>${esc(rule?.title ?? finding.rule)}</strong> ${ruleId}</p>`,
    `<p class="finding-message">${esc(finding.message)}</p>`,
    `<p class="finding-where"><span class="where-label">Data:</span> ${where(finding)}</p>`,
    place ? `<p class="finding-where"><span class="where-label">I dokumentet:</span> ${place}</p>` : "",
    "</td>",
    values,
    "</tr>",
  ].join("");
}

/** A row that heads or closes a cause group's rows, across the table. */
function causeNote(text: string): string {
  return `<tr class="cause-note"><td></td><th scope="rowgroup" colspan="5">${text}</th></tr>`;
}

function itemRows(item: ReportItem, report: Granskningsrapport): string {
  if (item.type === "finding") return `<tbody>${findingRow(item.finding, report)}</tbody>`;
  // Följder name their orsak by its number, when the report prints it.
  const orsak = item.orsak[0]?.number ?? item.orsakElsewhere?.number;
  const rows = item.orsak.map((entry) => findingRow(entry, report, { label: "Orsak", className: "cause-orsak" }));
  if (item.orsakElsewhere) {
    const at = item.orsakElsewhere;
    rows.push(
      causeNote(
        `Följder av ett fel i ${esc(at.document)}${at.number ? ` (${at.number})` : ""}: ` +
          `<span class="cause-where">${where({ file: at.file, line: at.line, path: at.path })}</span>`,
      ),
    );
  } else if (item.foljder.length) rows.push(causeNote(`Följder av samma fel${orsak ? ` (${orsak})` : ""}:`));
  rows.push(...item.foljder.map((entry) => findingRow(entry, report, { label: orsak ? `Följd av ${orsak}` : "Följd", className: "cause-foljd" })));
  for (const other of item.foljderElsewhere) {
    rows.push(causeNote(`Samma fel ger också ${formatNumber(other.count)} fynd i ${esc(other.document)}.`));
  }
  return `<tbody class="cause-group">${rows.join("")}</tbody>`;
}

function documentStatus(document: ReportDocument): string {
  const note = document.decidedNote ? ` (${esc(document.decidedNote)})` : "";
  return document.decided ? `Antagen ${esc(formatDate(document.decided))}${note}` : "Utkast";
}

const documentAnchor = (index: number) => `dokument-${index + 1}`;

function header(report: Granskningsrapport): string {
  const findings = report.findings.map((entry) => entry.finding);
  return `<header class="report-header">
<h1>Granskningsrapport ${report.year}</h1>
<dl class="report-facts">
<dt>Förbund</dt><dd>${esc(report.forbund.name)}</dd>
<dt>År</dt><dd>${report.year}</dd>
<dt>Körd</dt><dd>${esc(formatDate(report.date))}</dd>
<dt>Dokument</dt><dd>${formatNumber(report.documents.length)}</dd>
<dt>Fynd</dt><dd>${counts(findings, ", ")}${followers(findings)}</dd>
</dl>
<p class="report-intro">Granskningen jämför varje summa, resultat och procentsats som dokumenten <em>anger</em> med det som beräknas ur
deras delar och ur andra dokument. <strong>Fel</strong>: en siffra som en läsare skulle finna fel. <strong>Varning</strong>: troligen fel.
<strong>Notering</strong>: förklaras av avrundning eller bör ses över. Fynd med samma orsak står samlade: orsaken, där det felaktiga
värdet skrevs, först och dess följder under den. <em>Data</em> anger fil, rad och fält i förbundets data; <em>I dokumentet</em> platsen i
det publicerade dokumentet.</p>
</header>`;
}

function documentsSection(report: Granskningsrapport): string {
  const rows = report.documents
    .map(
      (document, index) =>
        `<tr><th scope="row"><a href="#${documentAnchor(index)}">${esc(document.title)}</a></th><td>${esc(document.kindLabel)}</td>` +
        `<td class="num">${document.year}</td><td class="nowrap">${documentStatus(document)}</td>` +
        `<td><code>${breakable(document.sourceFile || EMPTY)}</code></td></tr>`,
    )
    .join("");
  const files = report.dataFiles.map((file) => `<li><code>${breakable(file)}</code></li>`).join("");
  return `<section aria-labelledby="granskade-dokument">
<h2 id="granskade-dokument">Granskade dokument</h2>
<table class="report-table documents-table">
<caption>Dokument som granskades</caption>
<thead><tr><th scope="col">Dokument</th><th scope="col">Slag</th><th scope="col" class="num">År</th><th scope="col">Status</th>
<th scope="col">Datafil</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<h3 id="datafiler">Datafiler som lästes</h3>
<ul class="data-files">${files}</ul>
</section>`;
}

/** "Granskningen fann 17 fel, 5 varningar och 12 noteringar i 2 av 4 dokument.", and how many of them are följder. */
function summarySentence(report: Granskningsrapport): string {
  const all = report.findings.map((entry) => entry.finding);
  const withFindings = report.documents.filter((d) => d.findings.length).length;
  const documents = `${formatNumber(withFindings)} av ${formatNumber(report.documents.length)} dokument`;
  return `Granskningen fann ${counts(all, " och ")} i ${documents}.${followersSentence(all)}`;
}

function summarySection(report: Granskningsrapport): string {
  const cells = (findings: readonly Finding[]) =>
    (["fel", "varning", "notering"] as const).map((severity) => `<td class="num">${formatNumber(countOf(findings, severity))}</td>`).join("") +
    `<td class="num">${formatNumber(findings.filter((f) => f.cause?.role === "foljd").length)}</td><td class="num">${formatNumber(findings.length)}</td>`;
  const all = report.findings.map((entry) => entry.finding);
  const rows = report.documents
    .map((document, index) => `<tr><th scope="row"><a href="#${documentAnchor(index)}">${esc(document.title)}</a></th>${cells(document.findings)}</tr>`)
    .join("");
  return (
    `<section aria-labelledby="sammanfattning">
<h2 id="sammanfattning">Sammanfattning</h2>
<p class="summary-line">${summarySentence(report)}</p>
<table class="report-table summary-table">
<caption>Fynd per dokument</caption>
<thead><tr><th scope="col">Dokument</th><th scope="col" class="num">Fel</th><th scope="col" class="num">Varningar</th>` +
    `<th scope="col" class="num">Noteringar</th><th scope="col" class="num">Varav följder</th><th scope="col" class="num">Totalt</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">Totalt</th>${cells(all)}</tr></tfoot>
</table>
</section>`
  );
}

function findingsOfDocument(document: ReportDocument, index: number, report: Granskningsrapport): string {
  const place = documentPlace(document.url, report.forbund.siteUrl);
  const meta = [
    documentStatus(document),
    document.sourceFile ? `Datafil: <code>${breakable(document.sourceFile)}</code>` : "",
    place ? `Dokumentet: ${place}` : "",
  ].filter(Boolean);
  const body = document.items.length
    ? `<table class="report-table findings-table">
<caption>Fynd i ${esc(document.label)}</caption>
<colgroup><col class="col-number"><col class="col-severity"><col class="col-text">${'<col class="col-value">'.repeat(3)}</colgroup>
<thead><tr><th scope="col">Nr</th><th scope="col">Allvar</th><th scope="col">Iakttagelse</th>` +
      `<th scope="col" class="num">Angivet</th><th scope="col" class="num">Beräknat</th><th scope="col" class="num">Differens</th></tr></thead>
${document.items.map((item) => itemRows(item, report)).join("\n")}
</table>`
    : `<p class="no-findings">Inga fynd: dokumentets angivna summor och uppgifter stämmer med de beräknade.</p>`;
  return `<section class="document-findings" aria-labelledby="${documentAnchor(index)}">
<h3 id="${documentAnchor(index)}">${esc(document.title)}</h3>
<p class="document-meta">${meta.join(" · ")}</p>
${body}
</section>`;
}

function catalogueSection(): string {
  const families = rulesByFamily()
    .filter((family) => family.rules.length)
    .map(
      (family) => `<section class="rule-family" aria-labelledby="regler-${esc(family.family)}">
<h3 id="regler-${esc(family.family)}">${esc(family.label)}</h3>
<table class="report-table rules-table">
<caption>Regler: ${esc(family.label)} (${esc(family.family)})</caption>
<thead><tr><th scope="col">Id</th><th scope="col">Regel</th><th scope="col">Allvar</th></tr></thead>
<tbody>${family.rules
        .map(
          (rule) =>
            `<tr id="regel-${esc(rule.id)}"><th scope="row"><code>${breakable(rule.id)}</code></th>` +
            `<td><strong>${esc(rule.title)}</strong><br>${esc(rule.description)}</td><td>${severityBadge(rule.severity)}</td></tr>`,
        )
        .join("")}</tbody>
</table>
</section>`,
    )
    .join("\n");
  return `<section class="appendix" aria-labelledby="regelkatalog">
<h2 id="regelkatalog">Bilaga: Regelkatalog</h2>
<p>Varje fynd hör till en regel. Allvaret är regelns; en regel med avrundningstolerans ger en notering inom toleransen.</p>
${families}
</section>`;
}

const CSS = `
:root { --text: #1a1a1a; --muted: #4a4a4a; --rule: #1a1a1a; --rule-light: #c8c8c8; --band: #f2f2f2; }
html { font-family: "Source Sans 3", sans-serif; color: var(--text); line-height: 1.4; }
body { margin: 0; font-size: 1rem; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0.1rem 0 0.8rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--rule-light); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.3rem; }
code { font-family: inherit; font-weight: 600; overflow-wrap: anywhere; }
a { color: #0b4f8a; }
.report-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem; }
.report-facts dt { font-weight: 600; }
.report-facts dd { margin: 0; }
.report-intro { font-size: 0.95em; }
.report-table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums lining-nums; font-size: 0.92rem; margin: 0.3rem 0 1rem; }
.report-table caption { text-align: left; font-weight: 700; padding-bottom: 0.35rem; }
.report-table th, .report-table td { padding: 0.3rem 0.4rem; vertical-align: top; text-align: left; border-bottom: 1px solid var(--rule-light); }
.report-table thead th { border-bottom: 2px solid var(--rule); font-weight: 600; vertical-align: bottom; }
.report-table tfoot th, .report-table tfoot td { border-top: 2px solid var(--rule); font-weight: 700; }
.report-table th[scope="row"] { font-weight: 400; }
.report-table .num { text-align: right; }
.report-table tr { break-inside: avoid; page-break-inside: avoid; }
.documents-table code { font-weight: 400; }
.data-files { margin: 0.2rem 0 1rem; padding-left: 1.2rem; }
.findings-table .col-number { width: 2.6rem; }
.findings-table .col-severity { width: 5.6rem; }
.findings-table .col-value { width: 6.5rem; }
.nowrap { white-space: nowrap; }
.findings-table td.num { white-space: normal; }
.finding-number { font-weight: 600 !important; white-space: nowrap; }
.finding-text p { margin: 0 0 0.15rem; }
.finding-rule code, .finding-where code { font-weight: 400; }
.finding-where { color: var(--muted); font-size: 0.92em; }
.where-label { font-weight: 600; }
.severity { display: inline-block; padding: 0 0.35rem; border: 1px solid currentColor; border-radius: 0.25rem; font-weight: 700;
  white-space: nowrap; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.severity-fel { color: #8f1116; background: #fbe9ea; }
.severity-varning { color: #6e3d00; background: #fdf1dc; }
.severity-notering { color: #3d3d3d; background: #f0f0f0; }
.role { display: block; margin-top: 0.2rem; font-size: 0.88em; color: var(--muted); font-weight: 600; }
.cause-group { border-left: 3px solid #8a8a8a; }
.cause-note th { font-weight: 600; background: var(--band); print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.cause-note code { font-weight: 400; }
.cause-foljd .finding-text { padding-left: 1.2rem; }
.document-meta { color: var(--muted); font-size: 0.92em; margin: 0 0 0.3rem; }
.rules-table th[scope="row"] { width: 9rem; }
.rules-table td:last-child { width: 5.6rem; }
@media print {
  @page {
    size: A4;
    margin: 22mm 18mm 20mm;
    @top-left { font-family: "Source Sans 3", sans-serif; font-size: 8.5pt; color: #4a4a4a; }
    @top-right { font-family: "Source Sans 3", sans-serif; font-size: 8.5pt; color: #4a4a4a; }
    @bottom-left { font-family: "Source Sans 3", sans-serif; font-size: 8.5pt; color: #4a4a4a; }
    @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-family: "Source Sans 3", sans-serif; font-size: 8.5pt; color: #4a4a4a; }
  }
  :root { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; }
  h2 { font-size: 14pt; }
  h3 { font-size: 11.5pt; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  .report-table { font-size: 8.5pt; }
  .findings-table .col-number { width: 8mm; }
  .findings-table .col-severity { width: 16mm; }
  .findings-table .col-value { width: 22mm; }
  .findings-table th, .findings-table td { padding-left: 0.25rem; padding-right: 0.25rem; }
  .report-table thead { display: table-header-group; }
  .cause-note { break-after: avoid; page-break-after: avoid; }
  /* A heading keeps its table's caption, head and first rows with it; a family of rules is short enough to keep whole. */
  .report-table caption, .report-table thead { break-after: avoid; page-break-after: avoid; }
  .report-table > tbody:first-of-type { break-before: avoid; page-break-before: avoid; }
  .rule-family, .document-findings { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  p { orphans: 3; widows: 3; }
  .document-findings h3, .document-meta { break-after: avoid; page-break-after: avoid; }
  .appendix { break-before: page; }
}
`;

/** The running heads: the förbund's name and the report's title, escaped as CSS strings. */
function runningHeads(report: Granskningsrapport): string {
  return `@media print { @page {
  @top-left { content: ${cssString(report.forbund.name)}; }
  @top-right { content: ${cssString(`Granskningsrapport ${report.year}`)}; }
  @bottom-left { content: ${cssString(`Körd ${formatDate(report.date)}`)}; }
} }`;
}

/** The report's title, as the page and the PDF's metadata give it. */
export function reportTitle(report: Pick<Granskningsrapport, "year" | "forbund">): string {
  return `Granskningsrapport ${report.year} – ${report.forbund.name}`;
}

export function granskningsrapportHtml(report: Granskningsrapport, options: ReportHtmlOptions = {}): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(report))}</title>
<meta name="author" content="${esc(report.forbund.name)}">
<meta name="dcterms.created" content="${esc(formatDate(report.date))}">
<style>${options.fontCss ?? ""}${CSS}${runningHeads(report)}</style>
</head>
<body>
<main>
${header(report)}
${documentsSection(report)}
${summarySection(report)}
<section aria-labelledby="fynd">
<h2 id="fynd">Fynd per dokument</h2>
${report.documents.map((document, index) => findingsOfDocument(document, index, report)).join("\n")}
</section>
${catalogueSection()}
</main>
</body>
</html>
`;
}
