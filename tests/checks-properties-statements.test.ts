// Property-based: consistent financial statements (resultaträkning, balansräkning, kassaflödesanalys
// and notes, every sum stated as computed) have no findings; changing one number gives exactly the
// findings that number causes — sums, note totals, balance, cash, roll-forward — at their paths.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { YamlSource } from "../src/data/yaml-source.ts";
import { arsredovisning } from "../src/documents/arsredovisning.ts";
import type { BuildContext } from "../src/documents/kind.ts";
import type { Arsredovisning } from "../src/schemas/arsredovisning/index.ts";
import { statementFigures as figures } from "./helpers/property-context.ts";
import { consistentStatements, statementYears } from "./helpers/statements.ts";

const source: YamlSource = { file: "ars.yaml", value: {}, lineOf: () => 1, valueAt: () => ({ found: false }) };
const context = {
  slug: "t",
  forbund: { unit: "tkr" },
  year: 2025,
  id: "arsredovisning",
  source,
  unit: "tkr",
  siblings: [],
  prose: [],
  document: { label: "Årsredovisning 2025 (Test)", url: "/t/", id: "arsredovisning" },
} as unknown as BuildContext;
const findings = (data: Arsredovisning) => arsredovisning.build(data as never, context).findings;

const n = (min: number, max: number) => fc.integer({ min, max });
const _pair = (min: number, max: number) => fc.tuple(n(min, max), n(min, max));

type Values = Record<string, number | null>;
const br = (data: Arsredovisning, index: number) => data.balansrakning!.entries[index] as { values?: Values; stated?: Values };
const rr = (data: Arsredovisning, index: number) => data.resultatrakning!.entries[index] as { values?: Values };
const add = (values: Values, year: string, delta: number) => {
  values[year] = (values[year] ?? 0) + delta;
};

/** One change each, with the findings (rule path) it must give. Entries by index, see helpers/statements.ts. */
const changes: Record<string, (data: Arsredovisning, year: string, delta: number) => string[]> = {
  "a row of note 1": (data, y, d) => {
    add(data.noter![0]!.rows[0]!.values, y, d);
    return [`summa noter.0.stated_sum.${y}`, `summa resultatrakning.entries.0.values.${y}`];
  },
  "the kassa row of note 3": (data, y, d) => {
    add(data.noter![2]!.rows[1]!.values, y, d);
    return [`summa noter.2.stated_sum.${y}`, `summa balansrakning.entries.2.values.${y}`];
  },
  "kassa och bank": (data, y, d) => {
    add(br(data, 2).values!, y, d);
    return [
      `summa balansrakning.entries.2.values.${y}`,
      `summa balansrakning.entries.3.stated.${y}`,
      `summa balansrakning.entries.4.stated.${y}`,
      `balans balansrakning.entries.11.stated.${y}`,
      `kassa kassaflodesanalys.entries.8.stated.${y}`,
    ];
  },
  avsättningar: (data, y, d) => {
    add(br(data, 9).values!, y, d);
    return [`summa balansrakning.entries.9.values.${y}`, `summa balansrakning.entries.11.stated.${y}`, `balans balansrakning.entries.11.stated.${y}`];
  },
  "kortfristiga skulder": (data, y, d) => {
    add(br(data, 10).values!, y, d);
    return [
      `summa balansrakning.entries.11.stated.${y}`,
      `balans balansrakning.entries.11.stated.${y}`,
      "kassaflode-forandring kassaflodesanalys.entries.3.values.2025",
    ];
  },
  "a written opening equity for a year after the first": (data, y, d) => {
    // The balansräkning uses 2024's closing equity instead; only the written value is wrong.
    const closing2024 = br(data, 8).stated!["2024"]!;
    br(data, 6).values!["2025"] = closing2024 + d;
    void y;
    return ["ingaende-balans balansrakning.entries.6.values.2025"];
  },
  "finansiella kostnader (årets resultat, equity and cash roll forward)": (data, y, d) => {
    add(rr(data, 3).values!, y, d);
    const ofYear = (year: string) => [
      `summa balansrakning.entries.8.stated.${year}`,
      `summa balansrakning.entries.11.stated.${year}`,
      `balans balansrakning.entries.11.stated.${year}`,
      `summa kassaflodesanalys.entries.8.stated.${year}`,
      `kassa kassaflodesanalys.entries.8.stated.${year}`,
    ];
    return [
      `summa resultatrakning.entries.4.stated.${y}`,
      `summa balansrakning.entries.7.stated.${y}`,
      `summa kassaflodesanalys.entries.0.stated.${y}`,
      `summa kassaflodesanalys.entries.2.stated.${y}`,
      `summa kassaflodesanalys.entries.5.stated.${y}`,
      `summa kassaflodesanalys.entries.6.stated.${y}`,
      ...ofYear(y),
      ...(y === "2024" ? [`summa balansrakning.entries.6.stated.2025`, `summa kassaflodesanalys.entries.7.stated.2025`, ...ofYear("2025")] : []),
    ];
  },
};

/** Every stated total: changing one gives exactly one finding, there. */
function statedPaths(data: Arsredovisning): string[] {
  const paths: string[] = [];
  for (const name of ["resultatrakning", "balansrakning", "kassaflodesanalys"] as const) {
    data[name]!.entries.forEach((entry, index) => {
      for (const year of Object.keys((entry as { stated?: Values }).stated ?? {})) paths.push(`${name}.entries.${index}.stated.${year}`);
    });
  }
  for (const [index, note] of data.noter!.entries()) for (const year of Object.keys(note.stated_sum ?? {})) paths.push(`noter.${index}.stated_sum.${year}`);
  return paths;
}

describe("granskning of the financial statements (property-based)", () => {
  it("finds nothing in consistent statements", () => {
    fc.assert(
      fc.property(figures, (f) => {
        expect(findings(consistentStatements(f))).toEqual([]);
      }),
    );
  });

  it("finds exactly the findings one changed number causes", () => {
    fc.assert(
      fc.property(
        figures,
        fc.constantFrom(...Object.keys(changes)),
        fc.constantFrom(...statementYears),
        n(40, 5000),
        fc.boolean(),
        (f, change, year, size, up) => {
          const data = consistentStatements(f);
          const expected = changes[change]!(data, year, up ? size : -size).sort();
          const found = findings(data);
          expect(found.map((x) => `${x.rule} ${x.path}`).sort()).toEqual(expected);
          for (const x of found) expect(x.severity).toBe(x.rule === "kassaflode-forandring" ? "varning" : "fel");
          for (const x of found) expect(x.url).toMatch(/^\/t\/#arsredovisning-(resultatrakning|balansrakning|kassaflodesanalys|noter)-\d*/);
        },
      ),
    );
  });

  it("finds a changed stated total, and only it", () => {
    fc.assert(
      fc.property(figures, fc.nat(), n(40, 5000), (f, pick, delta) => {
        const data = consistentStatements(f);
        const paths = statedPaths(data);
        const path = paths[pick % paths.length]!;
        const keys = path.split(".");
        let target: Record<string, unknown> = data as never;
        for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
        target[keys.at(-1)!] = (target[keys.at(-1)!] as number) + delta;
        expect(findings(data).map((x) => `${x.rule} ${x.path} ${x.severity}`)).toEqual([`summa ${path} fel`]);
      }),
    );
  });
});
