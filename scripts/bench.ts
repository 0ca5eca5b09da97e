// npm run bench [-- --tests] [-- --determinism]: how long the steps of a build take on the example
// data; with --tests how long the whole test suite takes (target: under 45 s on the 2-core machine
// when it is quiet); with --determinism whether ten full builds, two at a time, give the same bytes.
// npm run bench -- --scale N [--years Y] [--no-pdf] [--seed S] [--uppfoljning] [--runs R]: the build on N synthetic förbund
// instead (src/build/bench-scale.ts): HTML (R times, with the median), PDFs, a no-change and a one-förbund-changed rebuild.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runBenchmark, runDeterminism } from "../src/build/bench.ts";
import { runScaleBenchmark } from "../src/build/bench-scale.ts";

const { values } = parseArgs({
  options: {
    tests: { type: "boolean", default: false },
    determinism: { type: "boolean", default: false },
    scale: { type: "string" },
    years: { type: "string", default: "5" },
    "no-pdf": { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    uppfoljning: { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
  },
});
const runs = Number(process.env.BENCH_RUNS ?? 3);

if (values.scale !== undefined) {
  await runScaleBenchmark({
    scale: Number(values.scale),
    years: Number(values.years),
    pdf: !values["no-pdf"],
    seed: values.seed,
    uppfoljning: values.uppfoljning,
    runs: Number(values.runs),
  });
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
try {
  // Two data sets: the embedded examples, and a long document whose innehåll needs page numbers.
  await runBenchmark({ label: "exempeldata", dataDir: "data", workDir: dir, runs });
  await runBenchmark({
    label: "långt dokument med innehåll (tests/fixtures/long-document)",
    dataDir: "tests/fixtures/long-document/data",
    proseDir: "tests/fixtures/long-document/prose",
    workDir: dir,
    runs,
  });
  if (values.determinism) await runDeterminism({ dataDir: "data", workDir: dir, builds: 10, atOnce: 2 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (values.tests) {
  // The suite as `npm test` runs it after the set-up: typecheck, lint, Vitest.
  const steps: [string, string[]][] = [
    ["tsc --noEmit", ["node_modules/.bin/tsc", "--noEmit"]],
    ["biome check", ["node_modules/.bin/biome", "check", "."]],
    ["vitest run", ["node_modules/.bin/vitest", "run"]],
  ];
  let total = 0;
  console.log("finsam-rapport bench, npm test (after the set-up):");
  for (const [label, [command, ...args]] of steps) {
    const started = performance.now();
    const result = spawnSync(command!, args, { stdio: "ignore" });
    const seconds = (performance.now() - started) / 1000;
    total += seconds;
    console.log(`  ${label.padEnd(28)} ${seconds.toFixed(1)} s${result.status === 0 ? "" : " (failed)"}`);
  }
  console.log(`  whole suite:                  ${total.toFixed(1)} s (target: under 45 s)`);
}
