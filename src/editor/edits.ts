// What changed between a data file's values before and after a form was saved, as the edits that
// src/import/yaml-edit.ts makes in place: a changed scalar at its path, a removed key as
// `undefined`, a list whose length changed as the whole list — so that every line the form did not
// touch keeps its bytes, comments and key order. Pure.
import type { YamlEdit } from "../import/yaml-edit.ts";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function editsBetween(before: unknown, after: unknown, path: (string | number)[] = []): YamlEdit[] {
  if (same(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const edits: YamlEdit[] = [];
    for (const [key, value] of Object.entries(after)) edits.push(...editsBetween(before[key], value, [...path, key]));
    for (const key of Object.keys(before)) if (!(key in after)) edits.push({ path: [...path, key], value: undefined });
    return edits;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((value, index) => editsBetween(before[index], value, [...path, index]));
  }
  if (path.length === 0) throw new Error("a data file is a map of fields");
  return [{ path, value: after }];
}
