// The PDF cache (src/pdf/print-cached.ts): a rebuild reuses a PDF only when nothing that decides it
// changed, and a build from the cache gives the same files, byte for byte, as one that prints all.
// On (most of) the seeds through build(): nothing changed, one number changed. On a page made here, through
// printSiteCached: each file the print reads, the job's metadata, a broken entry, a killed store.
import { mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../src/build/build.ts";
import type { PdfJob } from "../src/pdf/job.ts";
import { printSiteCached } from "../src/pdf/print-cached.ts";
import { sha256 } from "../src/site/pdf-info.ts";
import { copyOfData, temporaryDir } from "./helpers/build.ts";
import { seedsData, seedsProse } from "./helpers/seeds.ts";

/** Every file of a built folder with its SHA-256. */
function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = sha256(readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

/** Every file with its time and SHA-256: what shows that nothing was written, or touched. */
function withTimes(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(contents(dir)).map(([path, hash]) => [path, `${statSync(join(dir, path)).mtimeMs} ${hash}`]));
}

const pdfsOf = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => path.endsWith(".pdf")));

/** Every temporary file left in a cache folder. */
const temporaries = (cacheDir: string) => readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".tmp"));

// Two förbund; Jämtland's årsredovisning reads its driftsredovisning, its plan does not. (Not the
// 2026 plan nor the protokoll: four documents print in half the time of six.)
const seedFiles = [
  "jamtland/forbund.yaml",
  "jamtland/2025/verksamhetsplan.yaml",
  "jamtland/2025/driftsredovisning.yaml",
  "jamtland/2025/arsredovisning.yaml",
  "solleftea/forbund.yaml",
  "solleftea/2026/verksamhetsplan.yaml",
];

describe("the PDF cache in a build of the seeds", () => {
  const data = copyOfData(seedsData, seedFiles);
  const cacheDir = temporaryDir("finsam-cache-");
  const run = async (name: string, options: { cache?: boolean; cacheDir?: string } = {}) => {
    const lines: string[] = [];
    const outDir = join(temporaryDir(), name);
    const result = await build({ dataDir: data, proseDir: seedsProse, outDir, buildDate: "2025-12-20", cacheDir, ...options, log: (line) => lines.push(line) });
    const printed = lines.flatMap((line) => /^PDF \d+\/\d+ skrivs ut: (.*)$/.exec(line)?.[1] ?? []).sort();
    return { result, lines, printed, files: contents(outDir) };
  };
  let first: Awaited<ReturnType<typeof run>>;
  let again: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    first = await run("first");
    again = await run("again");
  });

  it("prints every PDF into an empty cache, and a rebuild with nothing changed prints none and gives the same site, byte for byte", () => {
    expect(first.result.pdfs).toHaveLength(4);
    expect(first.result.pdfCache).toEqual({ printed: 4, reused: 0 });
    expect(first.lines).toContain("PDF: 4 utskrivna, 0 återanvända ur cachen");
    expect(again.result.pdfCache).toEqual({ printed: 0, reused: 4 });
    expect(again.lines).toContain("PDF: 0 utskrivna, 4 återanvända ur cachen");
    expect(again.printed).toEqual([]);
    expect(again.files).toEqual(first.files);
    // The page-flow warnings, stored with each PDF, are reported as when it was printed.
    expect(again.result.pdfs.map((pdf) => pdf.pageFlow)).toEqual(first.result.pdfs.map((pdf) => pdf.pageFlow));
    expect(temporaries(cacheDir)).toEqual([]);
  });

  it("re-prints, when one förbund's number changes, only the documents that show it: the same files as --no-cache, which leaves the cache alone", async () => {
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("utfall: { 2025: -1776, 2024: -2452 }", "utfall: { 2025: -1777, 2024: -2452 }"));
    const changed = await run("changed");
    // The driftsredovisning, and the årsredovisning that reads it; not the plan, not Sollefteå's.
    expect(changed.printed).toEqual([
      "/jamtland/2025/arsredovisning/arsredovisning-2025-samordningsforbundet-jamtlands-lan.pdf",
      "/jamtland/2025/driftsredovisning/driftsredovisning-2025-samordningsforbundet-jamtlands-lan.pdf",
    ]);
    expect(changed.result.pdfCache).toEqual({ printed: 2, reused: 2 });
    const before = pdfsOf(first.files);
    const after = pdfsOf(changed.files);
    expect(
      Object.keys(after)
        .filter((path) => after[path] !== before[path])
        .sort(),
    ).toEqual(changed.printed);

    const cacheBefore = withTimes(cacheDir);
    const uncached = await run("uncached", { cache: false });
    expect(uncached.result.pdfCache).toEqual({ printed: 4, reused: 0 });
    expect(changed.files).toEqual(uncached.files);
    expect(withTimes(cacheDir)).toEqual(cacheBefore);
  });
});

describe("the PDF cache's key and checks", () => {
  const siteDir = temporaryDir("finsam-page-");
  const cacheDir = temporaryDir("finsam-cache-");
  const job: PdfJob = { pagePath: "/dokument/", pdfPath: "/dokument/prov.pdf", metadata: { title: "Prov", author: "Förbundet", date: "2025-03-01" }, toc: [] };
  const pdfFile = join(siteDir, "dokument/prov.pdf");
  const write = (path: string, text: string) => writeFileSync(join(siteDir, path), text);
  const problems: string[] = [];
  const print = async (options: { job?: PdfJob; cacheDir?: string | false } = {}) => {
    const result = await printSiteCached(siteDir, [options.job ?? job], {
      cacheDir: options.cacheDir === false ? undefined : (options.cacheDir ?? cacheDir),
      onCacheProblem: (message) => problems.push(message),
    });
    return { printed: result.printed, reused: result.reused, pdf: readFileSync(pdfFile) };
  };
  const entries = () => readdirSync(join(cacheDir, "pdf")).filter((name) => name.endsWith(".entry"));
  const svg = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${colour}"/></svg>`;

  beforeAll(() => {
    for (const dir of ["assets", "dokument"]) mkdirSync(join(siteDir, dir));
    write("assets/site.css", "@page { size: A5; margin: 15mm } body { font-family: sans-serif; color: #123456 }");
    write("logo.svg", svg("#336699"));
    write(
      "dokument/index.html",
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Prov</title><link rel="stylesheet" href="/assets/site.css"></head>' +
        '<body><img src="/logo.svg" alt=""><img src="/bild.svg" alt=""><h1>Prov</h1><p>Ett stycke.</p></body></html>',
    );
  });

  it("reuses the PDF when nothing changed, and prints again when a file the print read changes", async () => {
    const first = await print();
    expect(first).toMatchObject({ printed: 1, reused: 0 });
    const again = await print();
    expect(again).toMatchObject({ printed: 0, reused: 1 });
    expect(again.pdf.equals(first.pdf)).toBe(true);
    // The entry names every file the page asked for (Chromium asks for /favicon.ico too), /bild.svg as missing.
    const record = JSON.parse(readFileSync(join(cacheDir, "pdf", entries()[0]!), "utf8").split("\n")[0]!) as {
      served: { path: string; sha256: string | null }[];
    };
    expect(record.served.map((file) => [file.path, file.sha256 === null])).toEqual(
      expect.arrayContaining([
        ["/assets/site.css", false],
        ["/bild.svg", true],
        ["/dokument/index.html", false],
        ["/logo.svg", false],
      ]),
    );

    write("logo.svg", svg("#993366")); // read by the print, outside the assets folder
    const logo = await print();
    expect(logo).toMatchObject({ printed: 1, reused: 0 });
    expect(logo.pdf.equals(first.pdf)).toBe(false);
    write("bild.svg", svg("#000000")); // missing when it was printed
    expect(await print()).toMatchObject({ printed: 1, reused: 0 });
    write("assets/site.css", "@page { size: A5; margin: 15mm } body { font-family: sans-serif; color: #654321 }");
    expect(await print()).toMatchObject({ printed: 1, reused: 0 });
    expect(await print()).toMatchObject({ printed: 0, reused: 1 });
    expect(problems).toEqual([]);
  });

  it("prints again when the job's metadata changes; without a cache folder prints the same bytes", async () => {
    const before = await print();
    expect(before).toMatchObject({ printed: 0, reused: 1 });
    const renamed = await print({ job: { ...job, metadata: { ...job.metadata, title: "Prov, reviderad" } } });
    expect(renamed).toMatchObject({ printed: 1, reused: 0 });
    expect(renamed.pdf.equals(before.pdf)).toBe(false);
    const fresh = await print({ cacheDir: false });
    expect(fresh).toMatchObject({ printed: 1, reused: 0 });
    expect(fresh.pdf.equals(before.pdf)).toBe(true);
  });

  it("checks an entry before it uses it: one cut short or changed is printed again, and replaced", async () => {
    const good = await print();
    expect(good.reused).toBe(1);
    // The entry holding this PDF (the renamed job's is another).
    const entry = entries()
      .map((name) => join(cacheDir, "pdf", name))
      .find((path) => readFileSync(path).subarray(-good.pdf.length).equals(good.pdf));
    expect(entry).toBeDefined();

    truncateSync(entry!, readFileSync(entry!).length - 100);
    const cut = await print();
    expect(cut).toMatchObject({ printed: 1, reused: 0 });
    expect(cut.pdf.equals(good.pdf)).toBe(true);
    expect(problems.at(-1)).toMatch(/^PDF-cachens post för \/dokument\/prov\.pdf är trasig \(\d+ byte i stället för \d+\); skrivs ut igen$/);
    expect(await print()).toMatchObject({ printed: 0, reused: 1 });

    // The same length, one byte of the PDF changed.
    const bytes = readFileSync(entry!);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 200) ^ 1, bytes.length - 200);
    writeFileSync(entry!, bytes);
    expect(await print()).toMatchObject({ printed: 1, reused: 0 });
    expect(problems.at(-1)).toContain("PDF-filens SHA-256 stämmer inte");
    expect((await print()).pdf.equals(good.pdf)).toBe(true);
  });

  it("removes the temporary file of a run killed while it stored an entry, and builds on when the cache cannot be written", async () => {
    const stale = join(cacheDir, "pdf", `${"0".repeat(64)}.entry.999999-t0n0.tmp`);
    writeFileSync(stale, "halvskriven");
    expect(temporaries(cacheDir)).toHaveLength(1);
    await print();
    expect(temporaries(cacheDir)).toEqual([]);

    const notAFolder = join(temporaryDir(), "fil");
    writeFileSync(notAFolder, "");
    const unwritable = await print({ cacheDir: notAFolder });
    expect(unwritable).toMatchObject({ printed: 1, reused: 0 });
    expect(problems.at(-1)).toMatch(/^PDF-cachen i .* kan inte skrivas: /);
  });
});
