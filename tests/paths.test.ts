// The paths prose can quote: every number (or empty cell) under a document's values, and the
// nearest ones to a path that leads nowhere.
import { describe, expect, it } from "vitest";
import { nearestPaths, numericPaths } from "../src/compute/paths.ts";
import { proseGaps, referencesIn, shortcodesIn, unresolvedValues } from "../src/documents/prose-values.ts";
import { pathsText } from "../src/status/paths.ts";

const computed = { economy: { intakter: 8227, equityClosing: 3008, label: "x" }, rows: [{ values: { 2025: 1, 2024: null } }] };

describe("numeric paths", () => {
  it("lists every number and empty cell, arrays by index, text left out", () => {
    expect(numericPaths(computed)).toEqual([
      { path: "economy.intakter", value: 8227 },
      { path: "economy.equityClosing", value: 3008 },
      { path: "rows.0.values.2024", value: null },
      { path: "rows.0.values.2025", value: 1 },
    ]);
  });

  it("lists a value held in two places under both, and cuts a cycle", () => {
    const shared: Record<string, unknown> = { a: 1 };
    shared.self = shared;
    expect(numericPaths({ x: shared, y: shared }).map((p) => p.path)).toEqual(["x.a", "y.a"]);
  });

  it("suggests the nearest paths, closest first, and none when nothing is near", () => {
    const paths = ["resultat.2025.utfall", "resultat.2024.utfall", "resultat.2025.budget", "economy.intakter"];
    expect(nearestPaths("resultat.2026.utfall", paths)).toEqual(["resultat.2024.utfall", "resultat.2025.utfall"]);
    expect(nearestPaths("economy.intakt", paths)).toEqual(["economy.intakter"]);
    expect(nearestPaths("deltagare.kvinnor", paths)).toEqual([]);
  });
});

describe("value shortcodes in prose", () => {
  const doc = { title: "Årsredovisning 2026", unit: "tkr" as const, computed, data: {} };

  it("are found with their lines", () => {
    expect(shortcodesIn('Text.\n\nIntäkter {% belopp "economy.intakter" %} och {%- tal "x.y", 1 %}.')).toEqual([
      { shortcode: "belopp", path: "economy.intakter", line: 3 },
      { shortcode: "tal", path: "x.y", line: 3 },
    ]);
  });

  it("that lead nowhere are listed with file, line and the nearest path", () => {
    const prose = [{ section: "s", file: "p/10-s.md", source: 'A {% belopp "economy.intakter" %}.\nB {% belopp "economy.equityClosin" %}.' }];
    expect(unresolvedValues(prose, doc)).toEqual([
      {
        file: "p/10-s.md",
        line: 2,
        message: expect.stringMatching(/inget värde på "economy\.equityClosin".*Menade du "economy\.equityClosing"\?$/),
        item: 'texten citerar "economy.equityClosin" ({% belopp %}), som saknar värde. Menade du "economy.equityClosing"?',
      },
    ]);
  });
});

describe("data references in prose", () => {
  it("are the literal paths {{ doc.data.… }} and {{ doc.computed.… }}, not those indexed by a template variable", () => {
    expect(referencesIn("För {{ doc.data.economy.next_year.year }} och {{ doc.data.insatser[1].name | upper }}, {{ doc.computed.values[y] }}.")).toEqual([
      { root: "data", path: "economy.next_year.year", line: 1 },
      { root: "data", path: "insatser.1.name", line: 1 },
    ]);
  });

  it("that lead nothing join an utkast's gaps, in file and line order", () => {
    const doc = { title: "T", unit: "tkr" as const, computed, data: { economy: {} } };
    const prose = [
      { section: "a", file: "a.md", source: 'Rad.\n{{ doc.data.economy.next_year.year }} {% tal "nope" %}' },
      { section: "b", file: "b.md", source: "{{ doc.computed.economy.intakter }}" },
    ];
    expect(proseGaps(prose, doc).map((g) => [g.file, g.line, g.item])).toEqual([
      ["a.md", 2, 'texten citerar "nope" ({% tal %}), som saknar värde.'],
      ["a.md", 2, "texten citerar doc.data.economy.next_year.year ({{ }}), som saknar värde"],
    ]);
  });
});

describe("npm run paths", () => {
  it("prints the computed paths, then the data's, with their values in Swedish", () => {
    const text = pathsText({ title: "Årsredovisning 2025", url: "/x/2025/arsredovisning/", computed, data: { overview: { 2025: { anstallda: 1.5 } } } });
    expect(text.split("\n")).toEqual([
      "Årsredovisning 2025 (/x/2025/arsredovisning/): 5 sökvägar",
      "beräknat economy.intakter  8\u00a0227",
      "beräknat economy.equityClosing  3\u00a0008",
      "beräknat rows.0.values.2024  (tomt)",
      "beräknat rows.0.values.2025  1",
      "data     overview.2025.anstallda  1,5",
    ]);
    expect(pathsText({ title: "T", url: "/t/", computed, data: {} }, "equity").split("\n")).toHaveLength(2);
  });
});
