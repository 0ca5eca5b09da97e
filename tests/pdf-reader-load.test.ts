// pdf.js is loaded as it is on disk, not rewritten by tsx with an inline source map
// (src/pdf/pdfjs-load-hook.mjs): Node then keeps no decoded map of its 3 MB of bundles.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { load } from "../src/pdf/pdfjs-load-hook.mjs";
import { temporaryDir } from "./helpers/build.ts";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const worker = pathToFileURL(join(projectRoot, "node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs")).href;

describe("loading pdf.js", () => {
  it("gives pdf.js's bundle as on disk, without its source-map comment, and leaves other modules to the next loader", async () => {
    const next = async (url: string) => ({ format: "module", source: `next:${url}`, shortCircuit: true });
    const loaded = (await load(worker, {} as never, next as never)) as { source: string; shortCircuit: boolean };
    expect(loaded.shortCircuit).toBe(true);
    expect(loaded.source).toContain("globalThis.pdfjsWorker");
    expect(loaded.source).not.toMatch(/sourceMappingURL/);
    const other = pathToFileURL(join(projectRoot, "node_modules/yaml/dist/index.js")).href;
    expect(((await load(other, {} as never, next as never)) as { source: string }).source).toBe(`next:${other}`);
  });

  it("under tsx (as npm run build runs), holds no source map of pdf.js once the reader is loaded", () => {
    const script = join(temporaryDir("finsam-pdfjs-load-"), "probe.mts");
    writeFileSync(
      script,
      [
        'import { findSourceMap } from "node:module";',
        `import { preloadPdfReader } from ${JSON.stringify(pathToFileURL(join(projectRoot, "src/pdf/read-pdf.ts")).href)};`,
        "await preloadPdfReader();",
        `console.log(JSON.stringify({ sourceMaps: process.sourceMapsEnabled, pdfjs: findSourceMap(${JSON.stringify(worker)}) !== undefined }));`,
      ].join("\n"),
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: projectRoot, encoding: "utf8" });
    expect(run.stderr).toBe("");
    // tsx turns Node's source maps on; pdf.js has none all the same.
    expect(JSON.parse(run.stdout.trim())).toEqual({ sourceMaps: true, pdfjs: false });
  });
});
