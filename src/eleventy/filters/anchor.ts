import { anchorId } from "../../checks/finding.ts";

/** `{{ doc.id | anchor(line.path) }}` → "driftsredovisning-kostnader-stated_sum": the id a finding links to. */
export function anchor(documentId: string, path: readonly (string | number)[]): string {
  return anchorId(documentId, path);
}
