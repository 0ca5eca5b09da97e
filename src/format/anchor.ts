/**
 * The id of a table row or section in a document page, from its place in the data: the document's
 * id and the row's ids ("driftsredovisning", "kostnader", "personalkostnader") →
 * "driftsredovisning-kostnader-personalkostnader". Findings link to it.
 */
export function anchorId(documentId: string, path: readonly (string | number)[]): string {
  return [documentId, ...path].join("-").replace(/[^A-Za-z0-9_-]/g, "_");
}
