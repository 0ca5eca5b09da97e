// npm run bench: how long the steps of a build take on the example data (figures, not a test).
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { runBenchmark } from "../src/build/bench.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
try {
  await runBenchmark({ dataDir: "data", workDir: dir, runs: Number(process.env.BENCH_RUNS ?? 3) });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
