import { describe, expect, it } from "vitest";
import { proseFile, proseFiles } from "../src/eleventy/prose.ts";
import { belopp, procent, tal } from "../src/eleventy/shortcodes/value.ts";

const doc = {
  title: "Driftsredovisning 2025",
  unit: "tkr" as const,
  computed: { resultat: { "2025": { utfall: 1271, budget: null } }, share: 0.35 },
  data: { years: [2025], title: "Driftsredovisning 2025" },
};
const scope = { ctx: { doc } };

describe("value shortcodes", () => {
  it("format a value found at a path in the computed values, in the document's unit", () => {
    expect(belopp.call(scope, "resultat.2025.utfall")).toBe("1\u00a0271\u00a0tkr");
    expect(belopp.call(scope, "resultat.2025.utfall", "kr")).toBe("1\u00a0271\u00a0kr");
    expect(tal.call(scope, "resultat.2025.budget")).toBe("–");
    expect(procent.call(scope, "share")).toBe("35\u00a0%");
    expect(tal.call(scope, "years.0")).toBe("2\u00a0025");
  });

  it("stop the build with the document and path when the path leads nowhere", () => {
    expect(() => belopp.call(scope, "resultat.2026.utfall")).toThrow('{% belopp "resultat.2026.utfall" %} in Driftsredovisning 2025: nothing at "resultat.2026.utfall"');
    expect(() => tal.call(scope, "title")).toThrow('expected a number at "title", found "Driftsredovisning 2025"');
    expect(() => tal.call({ ctx: {} }, "x")).toThrow("no document in scope");
  });
});

describe("prose files", () => {
  const driftsredovisning = { forbundSlug: "jamtland", year: 2025, id: "driftsredovisning", title: "Driftsredovisning 2025" };

  it("are found in file-name order and by section name", () => {
    expect(proseFiles(driftsredovisning)).toContain("./content/prose/jamtland/2025/driftsredovisning/10-inledning.md");
    expect(proseFile(driftsredovisning, "inledning")).toBe("./content/prose/jamtland/2025/driftsredovisning/10-inledning.md");
    expect(proseFiles({ ...driftsredovisning, year: 1999 })).toEqual([]);
  });

  it("name the missing file when a section has no prose", () => {
    expect(() => proseFile(driftsredovisning, "saknas")).toThrow('no prose for section "saknas" in content/prose/jamtland/2025/driftsredovisning/');
  });
});
