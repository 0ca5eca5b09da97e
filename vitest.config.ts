import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The example site and the long fixture are built once, before the test files (tests/global-setup.ts).
    globalSetup: ["tests/global-setup.ts"],
    // Both cores (the default leaves one free); most files are pure and short, a few start Chromium.
    maxWorkers: 2,
    // Test files share their worker's modules (the schemas, Zod, the formatters are loaded once per
    // worker, not once per file); no test changes module state another relies on.
    isolate: false,
    // Some tests start Chromium or build a site of their own.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/helpers/summary-reporter.ts"],
  },
});
