// The granskningsrapport for the auditors (npm run check -- --format html|pdf|sarif|jsonl): the HTML
// report of the seeds (summary counts, every finding with its place in the data, causes, the rule
// catalogue, escaping), SARIF and JSON Lines of the same findings, and the command writing PDFs per
// förbund and year into a folder it swaps in whole.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type * as Sarif from "sarif";
import { beforeAll, describe, expect, it } from "vitest";
import { embeddedFontCss } from "../src/build/embedded-font.ts";
import type { Finding } from "../src/checks/finding.ts";
import { granskningsrapportHtml } from "../src/checks/report-html.ts";
import { jsonlReport } from "../src/checks/report-jsonl.ts";
import { type Granskningsrapport, granskningsrapporter, type ReportDocumentSource } from "../src/checks/report-model.ts";
import { sarifLog, sarifReport } from "../src/checks/report-sarif.ts";
import { rules } from "../src/checks/rules.ts";
import type { Site } from "../src/model/site.ts";
import { launchBrowser } from "../src/pdf/browser.ts";
import { printHtmlPages } from "../src/pdf/print-html.ts";
import { readPdf } from "../src/pdf/read-pdf.ts";
import { violationsOf } from "./helpers/axe.ts";
import { projectRoot, temporaryDir } from "./helpers/build.ts";
import { seedSite } from "./helpers/seeds.ts";

/** The report's HTML without the places to break a path (<wbr>), so a path reads as one string. */
const plain = (html: string) => html.replaceAll("<wbr>", "");

const count = (findings: readonly Finding[], severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", ...args], { cwd: projectRoot, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// A small hand-made site: one förbund, two documents of 2025, findings with and without a cause.
const drifts: ReportDocumentSource = {
  forbundSlug: "prov",
  forbundName: "Samordningsförbundet Prov & <Test>",
  forbundShortName: "Prov",
  kindLabel: "Driftsredovisning",
  year: 2025,
  title: "Driftsredovisning 2025",
  draft: false,
  decided: "2026-02-20",
  sourceFile: "data/prov/2025/driftsredovisning.yaml",
  url: "/prov/2025/driftsredovisning/",
};
const ars: ReportDocumentSource = {
  ...drifts,
  kindLabel: "Årsredovisning",
  title: "Årsredovisning 2025",
  draft: true,
  sourceFile: "data/prov/2025/arsredovisning.yaml",
  url: "/prov/2025/arsredovisning/",
};

function finding(over: Partial<Finding> & Pick<Finding, "message">): Finding {
  return {
    rule: "summa",
    severity: "fel",
    document: "Driftsredovisning 2025 (Prov)",
    file: drifts.sourceFile,
    line: 10,
    path: "kostnader.stated_sum.utfall.2025",
    stated: 100,
    computed: 90,
    difference: 10,
    url: `${drifts.url}#driftsredovisning-kostnader`,
    forbund: "prov",
    year: 2025,
    kind: "driftsredovisning",
    unit: "tkr",
    ...over,
  };
}

const handMade: Finding[] = [
  // A följd listed before its orsak, and one in the other document: the report still prints the orsak first.
  finding({ message: "FOLJD-1 resultatet", line: 30, path: "resultat.stated.2025", cause: { group: "g1", role: "foljd" }, quantity: "amount" }),
  finding({ message: "ORSAK-1 kostnaderna", line: 12, cause: { group: "g1", role: "orsak" }, quantity: "amount" }),
  finding({
    message: "FOLJD-2 i årsredovisningen",
    document: "Årsredovisning 2025 (Prov)",
    file: ars.sourceFile,
    line: 200,
    path: "resultatrakning.entries.4.stated.2025",
    url: `${ars.url}#arsredovisning-resultatrakning-entries-4`,
    kind: "arsredovisning",
    cause: { group: "g1", role: "foljd" },
    quantity: "amount",
  }),
  finding({
    rule: "angiven-uppgift",
    severity: "varning",
    message: "Texten <script>alert(1)</script> & ”citat”",
    line: 40,
    path: "participants.stated.current.enrolled.total.value",
    stated: 0.09,
    computed: 0.08,
    difference: 0.01,
    quantity: "share",
  }),
  finding({
    rule: "deltagare",
    severity: "notering",
    message: "Antal deltagare",
    line: 41,
    path: "p.count",
    stated: 322,
    computed: 332,
    difference: -10,
    quantity: "count",
  }),
  finding({
    rule: "malstatus",
    severity: "varning",
    message: "Målstatus",
    line: 42,
    path: "goals.1.declared.status",
    stated: "uppnått",
    computed: "ej uppnått",
    difference: undefined,
    quantity: "text",
  }),
];

const handMadeSite = { forbund: [{ slug: "prov", name: drifts.forbundName, documents: [drifts, ars] }], findings: handMade };

describe("the granskningsrapport's HTML, on the seeds", () => {
  let site: Site;
  let reports: Granskningsrapport[];
  let jamtland: Granskningsrapport;
  let html: string;

  beforeAll(async () => {
    site = await seedSite();
    reports = granskningsrapporter(site, { date: "2026-03-13" });
    jamtland = reports.find((r) => r.forbund.slug === "jamtland" && r.year === 2025)!;
    html = plain(granskningsrapportHtml(jamtland));
  });

  it("makes one report per förbund and year with documents, and every finding is in exactly one", () => {
    expect(reports.map((r) => r.fileStem)).toEqual([
      "jamtland/granskningsrapport-jamtland-2025",
      "jamtland/granskningsrapport-jamtland-2026",
      "solleftea/granskningsrapport-solleftea-2026",
    ]);
    const reported = reports.flatMap((r) => r.findings.map((entry) => entry.finding));
    expect(reported).toHaveLength(site.findings.length);
    expect(new Set(reported)).toEqual(new Set(site.findings));
  });

  it("heads the report with the förbund, the year, the day of the run and each document checked with its status", () => {
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("<h1>Granskningsrapport 2025</h1>");
    expect(html).toContain("<dt>Förbund</dt><dd>Samordningsförbundet i Jämtlands län</dd>");
    expect(html).toContain("<dt>Körd</dt><dd>2026-03-13</dd>");
    for (const document of site.documents.filter((d) => d.forbundSlug === "jamtland" && d.year === 2025)) {
      expect(html).toContain(`>${document.title}</a></th><td>${document.kindLabel}</td>`);
      expect(html).toContain(document.draft ? "Utkast" : `Antagen ${document.decided}`);
      expect(html).toContain(`<li><code>${document.sourceFile}</code></li>`);
    }
    expect(html).toContain("<li><code>tests/fixtures/seeds/data/jamtland/forbund.yaml</code></li>");
  });

  it("gives the auditor what the data says about a decision date, which the document itself never prints", () => {
    const noted = {
      ...site,
      forbund: site.forbund.map((f) => ({
        ...f,
        documents: f.documents.map((d) => (d.kind === "verksamhetsplan" && d.year === 2025 ? { ...d, decidedNote: "Originalet anger inte datumet." } : d)),
      })),
    };
    const report = granskningsrapporter(noted, { date: "2026-03-13" }).find((r) => r.forbund.slug === "jamtland" && r.year === 2025)!;
    const plan = site.documents.find((d) => d.kind === "verksamhetsplan" && d.year === 2025 && d.forbundSlug === "jamtland")!;
    expect(plain(granskningsrapportHtml(report))).toContain(`Antagen ${plan.decided} (Originalet anger inte datumet.)`);
  });

  it("counts fel, varningar and noteringar in the summary as the findings have them, per document and in total", () => {
    const findings = jamtland.findings.map((entry) => entry.finding);
    expect(count(findings, "fel")).toBeGreaterThan(0);
    expect(count(findings, "varning")).toBeGreaterThan(0);
    expect(count(findings, "notering")).toBeGreaterThan(0);
    const following = findings.filter((f) => f.cause?.role === "foljd").length;
    const total = /<tfoot><tr><th scope="row">Totalt<\/th>(.*?)<\/tr><\/tfoot>/.exec(html)![1]!;
    expect([...total.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]))).toEqual([
      count(findings, "fel"),
      count(findings, "varning"),
      count(findings, "notering"),
      following,
      findings.length,
    ]);
    expect(html).toContain(
      `Granskningen fann ${count(findings, "fel")} fel, ${count(findings, "varning")} varningar och ${count(findings, "notering")} noteringar`,
    );
    for (const document of jamtland.documents) {
      const row = new RegExp(`>${document.title}</a></th>((?:<td class="num">\\d+</td>){5})</tr>`).exec(html);
      expect(row, document.title).not.toBeNull();
      const cells = [...row![1]!.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
      expect(cells, document.title).toEqual([
        count(document.findings, "fel"),
        count(document.findings, "varning"),
        count(document.findings, "notering"),
        document.findings.filter((f) => f.cause?.role === "foljd").length,
        document.findings.length,
      ]);
    }
  });

  it("shows every finding with its number, severity, rule, file:line and field path", () => {
    for (const { number, finding } of jamtland.findings) {
      const start = html.indexOf(`<tr id="fynd-${number}"`);
      expect(start, number).toBeGreaterThan(-1);
      const row = html.slice(start, html.indexOf("</tr>", start));
      expect(row).toContain(`severity-${finding.severity}`);
      expect(row).toContain(`<code>${finding.rule}</code>`);
      // A finding in prose has a file and line, and no field path.
      expect(row).toContain(`<code>${finding.file}:${finding.line}</code>${finding.path ? ` <code>${finding.path}</code>` : "</p>"}`);
    }
  });

  it("lists every rule of the catalogue in the appendix, by family", () => {
    const appendix = html.slice(html.indexOf('id="regelkatalog"'));
    for (const rule of rules) {
      expect(appendix).toContain(
        `<tr id="regel-${rule.id}"><th scope="row"><code>${rule.id}</code></th><td><strong>${rule.title.replaceAll("&", "&amp;")}</strong>`,
      );
    }
  });
});

describe("the granskningsrapport's HTML, on hand-made findings", () => {
  const [report] = granskningsrapporter(handMadeSite, { date: "2026-03-13" });
  const html = plain(granskningsrapportHtml(report!));

  it("prints a cause's orsak first and its följder under it, and says where the rest of the group is", () => {
    const drift = html.slice(html.indexOf('<h3 id="dokument-1">'), html.indexOf('<h3 id="dokument-2">'));
    const orsak = drift.indexOf("ORSAK-1");
    const heading = drift.indexOf("Följder av samma fel (F1):");
    const foljd = drift.indexOf("FOLJD-1");
    expect(orsak).toBeGreaterThan(-1);
    expect(heading).toBeGreaterThan(orsak);
    expect(foljd).toBeGreaterThan(heading);
    expect(drift).toContain("Samma fel ger också 1 fynd i Årsredovisning 2025 (Prov).");
    const arsPart = html.slice(html.indexOf('<h3 id="dokument-2">'));
    expect(arsPart).toContain("Följder av ett fel i Driftsredovisning 2025 (Prov) (F1):");
    expect(arsPart.indexOf("Följder av ett fel i")).toBeLessThan(arsPart.indexOf("FOLJD-2"));
  });

  it("writes each value as what it is: amounts with the unit, counts without, shares in per cent and procentenheter, text as text", () => {
    expect(html).toContain('<td class="num">100\u00a0tkr</td><td class="num">90\u00a0tkr</td><td class="num">10\u00a0tkr</td>');
    expect(html).toContain('<td class="num">9\u00a0%</td><td class="num">8\u00a0%</td><td class="num">1 procentenhet</td>');
    expect(html).toContain('<td class="num">322</td><td class="num">332</td><td class="num">−10</td>');
    expect(html).toContain('<td class="num">uppnått</td><td class="num">ej uppnått</td><td class="num">–</td>');
  });

  it("escapes every string from data, in the text, the attributes and the running heads", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("Texten &lt;script&gt;alert(1)&lt;/script&gt; &amp; ”citat”");
    expect(html).toContain("<title>Granskningsrapport 2025 – Samordningsförbundet Prov &amp; &lt;Test&gt;</title>");
    expect(html).toContain('<meta name="author" content="Samordningsförbundet Prov &amp; &lt;Test&gt;">');
    // The running head is a CSS string: "&", "<" and ">" as CSS escapes, so no data can close the <style>.
    expect(html).toContain('@top-left { content: "Samordningsförbundet Prov \\26  \\3c Test\\3e "; }');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<a href="\//);
  });

  it("prints the document's place as a path, and as an absolute link when the förbund's site is known", () => {
    expect(html).toContain("<code>/prov/2025/driftsredovisning/#driftsredovisning-kostnader</code>");
    const [linked] = granskningsrapporter(handMadeSite, { date: "2026-03-13", siteUrls: { prov: "https://prov.example/" } });
    expect(plain(granskningsrapportHtml(linked!))).toContain('<a href="https://prov.example/prov/2025/driftsredovisning/#driftsredovisning-kostnader">');
  });

  it("prints to a PDF in Source Sans 3 alone: every glyph of its Swedish text from the embedded font, none from the system", async () => {
    const [printed] = await printHtmlPages([
      { html: granskningsrapportHtml(report!, { fontCss: embeddedFontCss() }), metadata: { title: "Prov", author: "Prov", date: "2026-03-13" } },
    ]);
    const fonts = [...printed!.pdf.toString("latin1").matchAll(/\/FontName \/([A-Z]{6}\+)?([^\s/>]+)/g)].map((m) => m[2]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((name) => !name!.startsWith("SourceSans3"))).toEqual([]);
    expect((await readPdf(printed!.pdf)).pages.join(" ")).toContain("Följder av samma fel (F1):");
  });

  it("works without causes and without quantities: findings stand alone, values as findingValue writes them", () => {
    const bare = handMade.map(({ cause: _cause, quantity: _quantity, ...rest }) => rest as Finding);
    const [plainReport] = granskningsrapporter({ ...handMadeSite, findings: bare }, { date: "2026-03-13" });
    const text = plain(granskningsrapportHtml(plainReport!));
    expect(text).not.toContain("Följder av");
    expect(plainReport!.findings).toHaveLength(bare.length);
    expect(text).toContain('<td class="num">100</td><td class="num">90</td><td class="num">10</td>');
  });
});

describe("SARIF and JSON Lines", () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = (await seedSite()).findings;
  });

  it("writes SARIF 2.1.0: one result per finding, its level, file, line and field path, every ruleId among the driver's rules", () => {
    const log = JSON.parse(sarifReport(findings)) as Sarif.Log;
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("finsam-rapport");
    const driverRules = run.tool.driver.rules ?? [];
    const ids = driverRules.map((rule) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(rules.map((rule) => rule.id)));
    for (const rule of driverRules) {
      expect(rule.shortDescription?.text.length, rule.id).toBeGreaterThan(0);
      expect(rule.fullDescription?.text.length, rule.id).toBeGreaterThan(0);
    }
    expect(run.results).toHaveLength(findings.length);
    const levels = { fel: "error", varning: "warning", notering: "note" };
    run.results!.forEach((result, index) => {
      const f = findings[index]!;
      expect(ids).toContain(result.ruleId);
      expect(ids[result.ruleIndex!]).toBe(result.ruleId);
      expect(result.level).toBe(levels[f.severity]);
      expect(result.message.text).toBe(f.message);
      const location = result.locations![0]!;
      expect(location.physicalLocation?.artifactLocation?.uri).toBe(f.file);
      expect(location.physicalLocation?.region?.startLine).toBe(f.line);
      expect(location.logicalLocations?.[0]?.fullyQualifiedName).toBe(f.path || undefined);
      expect(result.properties?.cause).toEqual(f.cause);
    });
    // Some of the seeds' findings share a cause: the SARIF keeps it.
    expect(run.results!.some((result) => result.properties?.cause)).toBe(findings.some((f) => f.cause));
  });

  it("puts the cause group and role in the result's properties, and leaves out a region without a line", () => {
    const log = sarifLog([{ ...handMade[1]!, line: undefined, file: "data/pröv/2025/a b.yaml" }]);
    const result = log.runs[0]!.results![0]!;
    expect(result.properties).toMatchObject({ cause: { group: "g1", role: "orsak" }, path: "kostnader.stated_sum.utfall.2025" });
    expect(result.locations![0]!.physicalLocation!.region).toBeUndefined();
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("data/pr%C3%B6v/2025/a%20b.yaml");
  });

  it("writes JSON Lines: one parseable finding per line", () => {
    const lines = jsonlReport(findings).split("\n");
    expect(lines).toHaveLength(findings.length);
    expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(JSON.stringify(findings)));
    expect(jsonlReport([])).toBe("");
  });
});

describe("npm run check -- --format pdf|html", () => {
  const args = ["--data", "tests/fixtures/seeds/data", "--date", "2026-03-13"];
  let out: string;
  let run: ReturnType<typeof check>;
  let findings: Finding[];

  beforeAll(() => {
    out = join(temporaryDir("finsam-granskning-"), "_granskning");
    run = check(...args, "--format", "pdf", "--out", out);
    findings = JSON.parse(check(...args, "--format", "json").stdout);
  });

  const reportFile = (forbund: string, year: number, extension = "pdf") => join(out, forbund, `granskningsrapport-${forbund}-${year}.${extension}`);

  it("writes a tagged PDF per förbund and year, in the project's font, with its metadata and its pages laid out", async () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["jamtland", "solleftea"]);
    expect(readdirSync(join(out, "jamtland")).sort()).toEqual(["granskningsrapport-jamtland-2025.pdf", "granskningsrapport-jamtland-2026.pdf"]);
    expect(existsSync(reportFile("solleftea", 2026))).toBe(true);
    // The page-flow rule (src/pdf/page-flow.ts): no heading alone at a page's foot, no page left nearly empty.
    expect(run.stdout).not.toContain("sidflöde");
    for (const [forbund, year] of [
      ["jamtland", 2025],
      ["jamtland", 2026],
      ["solleftea", 2026],
    ] as const) {
      const bytes = readFileSync(reportFile(forbund, year));
      const text = bytes.toString("latin1");
      expect(text, forbund).toMatch(/\/StructTreeRoot \d+ 0 R/);
      const descriptors = text.match(/\/Type \/FontDescriptor/g)?.length ?? 0;
      expect(text.match(/\/FontFile[23]? /g)?.length, forbund).toBe(descriptors);
      expect(text, forbund).toContain("SourceSans3");
      const pdf = await readPdf(bytes);
      expect(pdf.language).toBe("sv");
      expect(pdf.info.Title).toMatch(new RegExp(`^Granskningsrapport ${year} – Samordningsförbundet `));
      expect(pdf.info.Author).toMatch(/^Samordningsförbundet /);
      expect(pdf.info.CreationDate).toMatch(/^D:20260313/);
      const all = pdf.pages.join(" ");
      const mine = findings.filter((f) => f.forbund === forbund && f.year === year);
      expect(all).toContain("Sammanfattning");
      const words = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      expect(all).toContain(
        `Granskningen fann ${count(mine, "fel")} fel, ${words(count(mine, "varning"), "varning", "varningar")} ` +
          `och ${words(count(mine, "notering"), "notering", "noteringar")}`,
      );
      expect(pdf.pages[0]).toContain(`Sida 1 av ${pdf.pages.length}`);
      expect(all).toContain("Bilaga: Regelkatalog");
    }
  });

  it("leaves the previous reports as they were, and no temporary folder, when a run fails", () => {
    const before = readFileSync(reportFile("jamtland", 2025));
    const failed = check("--data", join(out, "ingen-data"), "--format", "pdf", "--out", out);
    expect(failed.status).toBe(2);
    expect(readFileSync(reportFile("jamtland", 2025)).equals(before)).toBe(true);
    expect(readdirSync(dirname(out))).toEqual(["_granskning"]);
  });

  it("replaces the folder whole on the next run: --format html writes the HTML reports", () => {
    const html = check(...args, "--format", "html", "--out", out);
    expect(html.status).toBe(1);
    expect(readdirSync(join(out, "jamtland")).sort()).toEqual(["granskningsrapport-jamtland-2025.html", "granskningsrapport-jamtland-2026.html"]);
    expect(readFileSync(reportFile("jamtland", 2025, "html"), "utf8")).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(readdirSync(dirname(out))).toEqual(["_granskning"]);
  });

  it("writes accessible HTML: no axe-core violation (WCAG 2.1 AA), headings in order, every table with a caption and scoped headers", async () => {
    const html = readFileSync(reportFile("jamtland", 2025, "html"), "utf8");
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skipped = levels.filter((level, i) => level > (levels[i - 1] ?? 0) + 1);
    expect(skipped).toEqual([]);
    for (const table of html.match(/<table\b[\s\S]*?<\/table>/g) ?? []) {
      expect(table).toMatch(/^<table[^>]*>\s*<caption>/);
      for (const th of table.match(/<th\b[^>]*>/g) ?? []) expect(th).toMatch(/ scope="(col|row|rowgroup)"/);
    }
    expect(html).not.toMatch(/<script\b/);
    const browser = await launchBrowser();
    try {
      expect(await violationsOf(browser, out, [{ path: "/jamtland/granskningsrapport-jamtland-2025.html", widths: [1280] }])).toEqual({});
    } finally {
      await browser.close();
    }
  });

  it("does not replace a folder that holds anything but reports", () => {
    const other = join(temporaryDir("finsam-granskning-"), "mapp");
    mkdirSync(other);
    writeFileSync(join(other, "anteckningar.txt"), "mina");
    const refused = check(...args, "--format", "html", "--out", other);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("innehåller annat än granskningsrapporter");
    expect(readdirSync(other)).toEqual(["anteckningar.txt"]);
  });

  it("exits 2 with a Swedish message naming the formats for a bad --format, an --out without a file format or a bad --date", () => {
    const bad = check("--format", "xml");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format ska vara text, json, jsonl, sarif, html, pdf, inte "xml"');
    expect(check("--format", "json", "--out", out).stderr).toContain("--out gäller bara --format html och pdf");
    const date = check("--format", "json", "--date", "2026-13-01");
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--date: väntade ett datum skrivet ÅÅÅÅ-MM-DD, fann "2026-13-01"');
    expect(check("--formatt", "pdf").status).toBe(2);
  });

  it("prints SARIF and JSON Lines on stdout", () => {
    const sarif = check(...args, "--format", "sarif");
    expect(sarif.status).toBe(1);
    expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(findings.length);
    const jsonl = check(...args, "--format", "jsonl");
    expect(jsonl.stdout.trimEnd().split("\n")).toHaveLength(findings.length);
  });
});
