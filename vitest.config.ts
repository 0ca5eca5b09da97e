import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Build tests start Chromium and Eleventy in child processes.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/helpers/summary-reporter.ts"],
  },
});
