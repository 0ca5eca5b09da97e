// Synthetic förbund: valid, varied data and prose for tests and the scale benchmark.
export { type FileMap, generateForbund, generateSite, type SyntheticForbund } from "./generate.ts";
export type { SyntheticOptions } from "./model.ts";
export { type MonthlyAccount, type PeriodExportOptions, periodExport } from "./sie-export.ts";
export { writeFiles } from "./write.ts";
