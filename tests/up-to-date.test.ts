// A build with nothing changed (src/build/up-to-date.ts): it writes nothing and reports what the
// build of the output in place reported; any change of what decides the output, or of the output
// itself, is a full build.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildOptions, build, StrictError } from "../src/build/build.ts";
import { sha256 } from "../src/site/pdf-info.ts";
import { copyOfData, driftsredovisningOnly, temporaryDir } from "./helpers/build.ts";
import { seedsData, seedsProse } from "./helpers/seeds.ts";

/** Every file of a built folder with its time and SHA-256: what shows that nothing was written. */
function withTimes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = `${statSync(path).mtimeMs} ${sha256(readFileSync(path))}`;
  }
  return files;
}

function builder(dataDir: string, extra: Partial<BuildOptions> = {}) {
  const outDir = join(temporaryDir(), "site");
  const cacheDir = temporaryDir("finsam-cache-");
  const run = async (options: Partial<BuildOptions> = {}) => {
    const lines: string[] = [];
    const result = await build({
      dataDir,
      proseDir: seedsProse,
      outDir,
      cacheDir,
      buildDate: "2025-12-20",
      pdf: false,
      ...extra,
      ...options,
      log: (l) => lines.push(l),
    });
    return { result, lines };
  };
  return { outDir, cacheDir, run };
}

const unchanged = (lines: string[]) => lines.some((line) => line.startsWith("Inget har ändrats sedan förra bygget"));

describe("a build with nothing changed", () => {
  it("writes nothing and reports what the build before it reported", async () => {
    const { outDir, run } = builder(driftsredovisningOnly());
    const first = await run();
    expect(first.result.upToDate).toBeUndefined();
    const before = withTimes(outDir);
    const again = await run();
    expect(again.result.upToDate).toBe(true);
    expect(unchanged(again.lines)).toBe(true);
    expect(again.result.findings).toEqual(first.result.findings);
    // The granskning's summary line, as the build printed it.
    expect(again.lines[0]).toBe(first.lines.find((line) => line.startsWith("Granskning:")));
    expect(withTimes(outDir)).toEqual(before);
  });

  it("is a full build when a data file's content, the output, the day or the options changed, and always with --no-cache", async () => {
    const dataDir = driftsredovisningOnly();
    const { outDir, cacheDir, run } = builder(dataDir);
    await run();
    // The same content written again (a new time, not a new input): still nothing to do.
    const file = readdirSync(dataDir, { recursive: true, encoding: "utf8" }).find((name) => name.endsWith("driftsredovisning.yaml"))!;
    const path = join(dataDir, file);
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text);
    expect((await run()).result.upToDate).toBe(true);
    writeFileSync(path, `${text}\n# en kommentar\n`);
    expect((await run()).result.upToDate).toBeUndefined();
    expect((await run()).result.upToDate).toBe(true);
    // A file of the output removed: built again, and there again.
    const page = readdirSync(outDir, { recursive: true, encoding: "utf8" }).find((name) => name.endsWith("index.html"))!;
    rmSync(join(outDir, page));
    expect((await run()).result.upToDate).toBeUndefined();
    expect(statSync(join(outDir, page)).isFile()).toBe(true);
    // One changed in place.
    writeFileSync(join(outDir, page), "ändrad");
    expect((await run()).result.upToDate).toBeUndefined();
    expect(readFileSync(join(outDir, page), "utf8")).not.toBe("ändrad");
    expect((await run({ buildDate: "2025-12-21" })).result.upToDate).toBeUndefined();
    expect((await run({ buildDate: "2025-12-21" })).result.upToDate).toBe(true);
    expect((await run({ cache: false })).result.upToDate).toBeUndefined();
    // A damaged record is not trusted.
    const records = join(cacheDir, "build");
    for (const name of readdirSync(records)) writeFileSync(join(records, name), "{ trasig");
    expect((await run({ buildDate: "2025-12-21" })).result.upToDate).toBeUndefined();
  }, 120_000);

  it("still refuses under --strict what the build before it found", async () => {
    // Jämtland's årsredovisning has the seeds' fel.
    const { outDir, run } = builder(
      copyOfData(seedsData, [
        "jamtland/forbund.yaml",
        "jamtland/2025/verksamhetsplan.yaml",
        "jamtland/2025/driftsredovisning.yaml",
        "jamtland/2025/arsredovisning.yaml",
      ]),
    );
    const first = await run();
    expect(first.result.findings.some((finding) => finding.severity === "fel")).toBe(true);
    const before = withTimes(outDir);
    await expect(run({ strict: true })).rejects.toBeInstanceOf(StrictError);
    expect(withTimes(outDir)).toEqual(before);
  }, 60_000);

  it("with PDFs: prints none and gives the PDFs' page-flow warnings again", async () => {
    const { outDir, run } = builder(driftsredovisningOnly(), { pdf: true });
    const first = await run();
    const before = withTimes(outDir);
    const again = await run();
    expect(again.result.upToDate).toBe(true);
    expect(again.result.pdfCache).toEqual({ printed: 0, reused: first.result.pdfs.length });
    expect(again.result.pdfs).toEqual(first.result.pdfs);
    expect(withTimes(outDir)).toEqual(before);
  }, 120_000);
});
