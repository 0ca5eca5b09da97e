// Writing imported values into a data file in place (src/import/yaml-edit.ts): only the lines an
// edit changes differ; a value already there changes nothing; a year key is found however it is
// written; a missing map on the way is a map; a `{}` that gets rows of its own opens up.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { editYaml } from "../src/import/yaml-edit.ts";

const text = [
  "# Kommentar överst",
  "years: [2026, 2025]",
  "rows:",
  "  - id: a",
  "    utfall: { 2025: 10 }   # för hand",
  '    budget: { "2026": 5 }',
  "  - id: b",
  "    utfall: {}",
  "participants:",
  "  years: {}",
  "",
].join("\n");

describe("editing a data file in place", () => {
  it("gives the same text when the value is already there", () => {
    expect(editYaml(text, [{ path: ["rows", 0, "utfall", 2025], value: 10 }])).toBe(text);
  });

  it("changes only the edited line; the others stay byte for byte (flow lists, comment spacing)", () => {
    const after = editYaml(text, [{ path: ["rows", 0, "utfall", 2026], value: 12 }]);
    const changed = after.split("\n").filter((line, i) => line !== text.split("\n")[i]);
    expect(changed).toEqual(["    utfall: { 2025: 10, 2026: 12 } # för hand"]);
    expect(after).toContain("years: [2026, 2025]");
  });

  it("finds a year key written as text, and never adds it twice", () => {
    const after = editYaml(text, [{ path: ["rows", 0, "budget", 2026], value: 7 }]);
    expect(after).toContain('    budget: { "2026": 7 }');
    expect(parse(after).rows[0].budget).toEqual({ 2026: 7 });
  });

  it("makes a missing map on the way a map, also under a year key", () => {
    const after = editYaml(text, [{ path: ["rows", 1, "values", 2026], value: 3 }]);
    expect(parse(after).rows[1].values).toEqual({ 2026: 3 });
    expect(after).toContain("    values: { 2026: 3 }");
  });

  it("opens a `{}` that gets rows of its own onto lines of their own", () => {
    const after = editYaml(text, [{ path: ["participants", "years", 2026], value: { enrolled: { total: 5, women: 2, men: 3 } } }]);
    expect(after).toContain(["participants:", "  years:", "    2026:", "      enrolled: { total: 5, women: 2, men: 3 }"].join("\n"));
  });
});
