import { type Finding, findingValue } from "../../checks/finding.ts";

/**
 * `{{ finding | fyndVarde("stated") }}` → the finding's stated, computed or difference as the page
 * prints it: the participant counts the site hides as "<5" (finding.site), amounts with their unit,
 * counts of people without one, shares as percentages, statuses as words.
 */
export function fyndVarde(finding: Finding, field: "stated" | "computed" | "difference"): string {
  if (finding.site) return finding.site[field];
  return findingValue(finding, finding[field]);
}
