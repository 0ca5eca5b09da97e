// Rule "arsarbetare": the positions at the members an årsredovisning says the förbund financed
// (economy.funded_positions, årsarbetare; the förvaltningsberättelse quotes it) against the
// årsarbetare the same year's verksamhetsplan gives for its insatser's staffed functions
// (src/compute/plan/fte.ts). Like with like: both are posts at the members financed through
// insatser. The kansli's own staff (overview.values.<år>.anstallda) is not compared: no plan states it.
// The report writes its figure rounded ("ca 6,7"), so the two are compared at the decimals it is
// written with. A year's outcome may depart from the plan, hence a varning, not a fel.
import type { ComputedFte } from "../compute/plan/fte.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import type { DocumentRef, Finding } from "./finding.ts";

/** Decimals a number is written with: 6.7 → 1, 7 → 0. */
const decimalsOf = (value: number) => (String(value).split(".")[1] ?? "").length;

/** Whether the plan staffs any function in the year: without one it states no årsarbetare to compare. */
export const staffsYear = (fte: ComputedFte) => fte.insatser.some((insats) => insats.functions.some((f) => f.months > 0));

export function arsarbetareFindings(
  stated: number | undefined,
  plan: { fte: ComputedFte; label: string } | undefined,
  context: { source: YamlSource; document: DocumentRef },
): Finding[] {
  if (stated === undefined || !plan || !staffsYear(plan.fte)) return [];
  const decimals = decimalsOf(stated);
  const rounded = (value: number) => Math.round(value * 10 ** decimals);
  if (rounded(stated) === rounded(plan.fte.total)) return [];
  const path = ["economy", "funded_positions"];
  // Plans print årsarbetare with one decimal; a report written with more keeps its own.
  const shown = Math.max(1, decimals);
  const difference = Math.round((stated - plan.fte.total) * 10 ** shown) / 10 ** shown;
  return [
    {
      rule: "arsarbetare",
      severity: "varning",
      document: context.document.label,
      file: context.source.file,
      line: context.source.lineOf(path),
      path: path.join("."),
      stated,
      computed: plan.fte.total,
      difference,
      decimals: shown,
      url: context.document.url,
      message: `Finansierade tjänster ${plan.fte.year} (årsarbetare): årsredovisningen mot ${plan.label}, insatsernas bemannade funktioner`,
    },
  ];
}
