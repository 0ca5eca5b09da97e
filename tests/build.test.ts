// The whole build as a director runs it (the command, in a child process): the seeds'
// driftsredovisning → a site with HTML and PDF; a failing build; --strict; a wrong path in prose.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../src/build/build.ts";
import { readPdf } from "../src/pdf/read-pdf.ts";
import { type BuildRun, driftsredovisningOnly, runBuild, temporaryDir, unexpectedStderr } from "./helpers/build.ts";

const page = "jamtland/2025/driftsredovisning";
const pdfName = "driftsredovisning-2025-samordningsforbundet-jamtlands-lan.pdf";

/** Text of the cells of each body row: [label, …numbers]. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr class="line-(?:row|sum|result)"[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, "").trim()),
  );
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path.slice(dir.length)] = `${statSync(path).mtimeMs}:${readFileSync(path).length}`;
    }
  };
  walk(dir);
  return files;
}

let data: string;
let out: string;
let first: BuildRun;

beforeAll(() => {
  data = driftsredovisningOnly();
  out = join(temporaryDir(), "site");
  // --no-cache: this build must print (what it says is tested); a cached PDF is tests/pdf-cache.test.ts's.
  first = runBuild(["--data", data, "--out", out, "--no-cache"]);
});

describe("building the example site", () => {
  it("succeeds and says what it printed", () => {
    expect(unexpectedStderr(first.stderr)).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Granskning: 0 fel, 0 varningar, 0 noteringar$/m);
    expect(first.stdout).toContain(`PDF 1/1 skrivs ut: /${page}/${pdfName}`);
    expect(first.stdout).toContain(`PDF klar (0 kvar): /${page}/${pdfName} (1 utskrift)`);
  });

  it("shows the seed's numbers and the computed differences in the HTML", () => {
    const html = readFileSync(join(out, page, "index.html"), "utf8");
    const rows = tableRows(html);
    const nb = (text: string) => text.replace(/ /g, "\u00a0").replace(/-/g, "\u2212");
    expect(rows.map((r) => r[0])).toEqual([
      "Medlemsbidrag",
      "Övriga intäkter",
      "Summa intäkter",
      "Insatsfinansiering",
      "Personalkostnader",
      "Driftskostnader och Aktivitetskostnader",
      "Summa verksamhetskostnader",
      "Verksamhetsresultat",
      "Finansiella poster",
      "Resultat",
    ]);
    expect(rows.map((r) => r[3])).toEqual(["-1", "–", "-1", "807", "305", "238", "1 350", "1 349", "-81", "1 268"].map(nb));
    expect(rows.map((r) => r[6])).toEqual(["0", "422", "422", "-24", "-390", "133", "-281", "141", "140", "281"].map(nb));
    expect(rows[9]!.slice(1)).toEqual(["1 271", "3", "1 268", "-594", "-875", "281"].map(nb));
    expect(html).toContain(`<link rel="alternate" type="application/pdf" href="${pdfName}"`);
    expect(html).toContain(`<a href="${pdfName}" download>`);
    // The text as it reads: a value in prose stands in a span with the id findings link to.
    expect(html.replace(/<[^>]+>/g, "")).toContain("Årets resultat blev 1\u00a0271\u00a0tkr");
  });

  it("lists the förbund and its documents on the start page", () => {
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain('<a href="/jamtland/">Samordningsförbundet i Jämtlands län</a>');
    expect(html).toMatch(new RegExp(`<a href="/${page}/">\\s*Driftsredovisning 2025\\s*</a>`));
  });

  it("prints a tagged A4 PDF with the same numbers, page numbers and metadata", async () => {
    const bytes = readFileSync(join(out, page, pdfName));
    const pdf = await readPdf(bytes);
    // Text extraction turns the non-breaking thousands space into a plain one.
    const text = pdf.pages.join(" ").replace(/\u00a0/g, " ");
    for (const value of ["8 227", "−6 875", "1 350", "1 349", "−81", "1 268", "−594", "−875"]) expect(text).toContain(value);
    expect(pdf.pages.at(-1)).toContain(`Sida ${pdf.pages.length} av ${pdf.pages.length}`);
    expect(pdf.info).toMatchObject({
      Title: "Driftsredovisning 2025",
      Author: "Samordningsförbundet i Jämtlands län",
      CreationDate: "D:20260313000000+00'00'",
    });
    expect(pdf.language).toBe("sv");
    expect(pdf.outline).toContain("Driftsredovisning 2025");
    expect(bytes.toString("latin1")).toMatch(/\/StructTreeRoot \d+ 0 R/);
  });

  it("gives byte-identical PDFs when built again, also two builds at once (under load)", async () => {
    const again = [join(temporaryDir(), "site"), join(temporaryDir(), "site")];
    await Promise.all(again.map((dir) => build({ dataDir: data, outDir: dir, cache: false, log: () => {} })));
    for (const dir of again) expect(readFileSync(join(dir, page, pdfName)).equals(readFileSync(join(out, page, pdfName)))).toBe(true);
  });
});

describe("a build that fails", () => {
  it("names the file and line, exits non-zero and leaves the previous output untouched", () => {
    const previous = join(temporaryDir(), "site");
    cpSync(out, previous, { recursive: true });
    const before = snapshot(previous);
    const data = driftsredovisningOnly();
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("budget: { 2025: -2081, 2024: -2062 }", "budget: { 2025: -2081, 2024: [-2062 }"));

    const run = runBuild(["--data", data, "--out", previous]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/driftsredovisning\.yaml:\d+: ogiltig YAML/);
    expect(run.stderr).toContain("är oförändrad");
    expect(snapshot(previous)).toEqual(before);
    expect(readdirSync(dirname(previous))).toEqual(["site"]);
  });
});

describe("stated totals", () => {
  const wrongTotal = () => {
    const data = driftsredovisningOnly();
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("utfall: { 2025: -6875, 2024: -9218 }", "utfall: { 2025: -6885, 2024: -9218 }"));
    return data;
  };

  it("are compared with the computed ones, and the build says so in one line", async () => {
    const out = join(temporaryDir(), "site");
    const lines: string[] = [];
    await build({ dataDir: wrongTotal(), outDir: out, pdf: false, log: (line) => lines.push(line) });
    // One line among the build's (the charts' line may come first).
    expect(lines.filter((line) => line.startsWith("Granskning:"))).toHaveLength(1);
    expect(lines.find((line) => line.startsWith("Granskning:"))).toMatch(/^Granskning: 1 fel, 0 varningar, 0 noteringar \(npm run check/);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  it("fail a --strict build, which names the finding and writes nothing", () => {
    const out = join(temporaryDir(), "site");
    const run = runBuild(["--data", wrongTotal(), "--out", out, "--no-pdf", "--strict"]);
    expect(run.status).toBe(1);
    // What was compared first, then the numbers.
    expect(run.stderr).toContain(
      "kostnader.stated_sum.utfall.2025: utfall 2025: Insatsfinansiering + Personalkostnader + Driftskostnader och Aktivitetskostnader " +
        "(angivet −6\u00a0885 tkr, beräknat −6\u00a0875 tkr, differens −10 tkr)",
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("prose bound to data", () => {
  it("stops the build, naming the prose file, the document and the path, when a path leads nowhere", () => {
    const fixture = join(temporaryDir(), "long");
    cpSync("tests/fixtures/long-document", fixture, { recursive: true });
    const file = join(fixture, "prose/exempel/2025/driftsredovisning/10-inledning.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("resultat.2025.utfall", "resultat.2026.utfall"));
    const out = join(temporaryDir(), "site");
    const run = runBuild(["--data", join(fixture, "data"), "--prose", join(fixture, "prose"), "--out", out, "--no-pdf"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/10-inledning\.md:\d+: \{% belopp "resultat\.2026\.utfall" %\} i Driftsredovisning 2025: /);
    expect(run.stderr).toContain('inget värde på "resultat.2026.utfall"');
    // The nearest paths there are, for a typo or a year's difference.
    expect(run.stderr).toContain('Menade du "resultat.2024.utfall" eller "resultat.2025.utfall"?');
    expect(existsSync(out)).toBe(false);
  });
});
