// npm run bench: how long the steps of a build take on the example data (figures, not a test).
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { runBenchmark } from "../src/build/bench.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
try {
  // Two data sets: the embedded examples, and a long document whose innehåll needs page numbers.
  await runBenchmark({ label: "exempeldata", dataDir: "data", workDir: dir, runs: Number(process.env.BENCH_RUNS ?? 3) });
  await runBenchmark({
    label: "långt dokument med innehåll (tests/fixtures/long-document)",
    dataDir: "tests/fixtures/long-document/data",
    proseDir: "tests/fixtures/long-document/prose",
    workDir: dir,
    runs: Number(process.env.BENCH_RUNS ?? 3),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
