/**
 * The value at a dotted path ("economy.rows.personalkostnader.utfall") of computed values or data,
 * and whether there is one there: a null (an empty cell) is a value that was found.
 */
export function lookUpPath(root: unknown, path: string): { found: boolean; value?: unknown } {
  let value = root;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !(key in value)) return { found: false };
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}
