// "No number is typed twice", walked over a data folder: a figure a file writes that another file
// already holds. What a decided document states (`stated`, `stated_sum`, …) is kept as stated and
// checked, so it is left out. Four ways a figure is typed twice:
//  - a file writes a year that the same kind's file of that year holds (the 2026 report's 2025 column);
//  - a driftsredovisning row with a plan_line writes the budget of a year that has a plan;
//  - a statement line or note row read from the driftsredovisning writes values anyway;
//  - an årsredovisning writes the next year's budget that the next year's plan holds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";

export interface TypedTwice {
  file: string;
  path: string;
  heldBy: string;
}

const isYear = (key: string) => /^(19|20|21)\d\d$/.test(key);

/** Numbers under a year key, with their paths, outside the stated subtrees. */
function yearLeaves(value: unknown, path: string[] = []): { path: string[]; year: number }[] {
  if (typeof value === "number") {
    const year = [...path].reverse().find(isYear);
    return year ? [{ path, year: Number(year) }] : [];
  }
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => (key.startsWith("stated") ? [] : yearLeaves(child, [...path, key])));
}

export function typedTwice(dataDir: string): TypedTwice[] {
  const found: TypedTwice[] = [];
  for (const slug of readdirSync(dataDir).filter((n) => existsSync(join(dataDir, n, "forbund.yaml")))) {
    for (const yearDir of readdirSync(join(dataDir, slug)).filter(isYear)) {
      const year = Number(yearDir);
      for (const name of readdirSync(join(dataDir, slug, yearDir)).filter((n) => n.endsWith(".yaml") && !n.startsWith("protokoll"))) {
        const file = join(dataDir, slug, yearDir, name);
        const data = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
        const holder = (y: number, kind: string) => {
          const other = join(dataDir, slug, String(y), `${kind}.yaml`);
          return existsSync(other) ? relative(dataDir, other) : undefined;
        };
        const add = (path: (string | number)[], heldBy: string | undefined) => {
          if (heldBy) found.push({ file: relative(dataDir, file), path: path.join("."), heldBy });
        };
        for (const leaf of yearLeaves(data)) if (leaf.year < year) add(leaf.path, holder(leaf.year, name.replace(/\.yaml$/, "")));
        if (name === "driftsredovisning.yaml") {
          for (const [group, value] of Object.entries(data)) {
            const rows = (value as { rows?: { plan_line?: string; budget?: Record<string, unknown> }[] })?.rows ?? [];
            for (const [r, row] of rows.entries()) {
              if (!row.plan_line) continue;
              for (const [y, cell] of Object.entries(row.budget ?? {}))
                if (typeof cell === "number") add([group, "rows", r, "budget", y], holder(Number(y), "verksamhetsplan"));
            }
          }
        }
        if (name === "arsredovisning.yaml") {
          const drifts = relative(dataDir, join(dataDir, slug, yearDir, "driftsredovisning.yaml"));
          for (const statement of ["resultatrakning", "balansrakning", "kassaflodesanalys"]) {
            const entries = (data[statement] as { entries?: { driftsredovisning?: string; values?: object }[] })?.entries ?? [];
            for (const [i, entry] of entries.entries()) if (entry.driftsredovisning && entry.values) add([statement, "entries", i, "values"], drifts);
          }
          const nextYear = (data.economy as { next_year?: { year: number; intakter?: number; kostnader?: number } } | undefined)?.next_year;
          for (const key of ["intakter", "kostnader"] as const)
            if (nextYear?.[key] !== undefined) add(["economy", "next_year", key], holder(nextYear.year, "verksamhetsplan"));
          const notes = (data.noter as { rows: { driftsredovisning?: string; values?: object }[] }[] | undefined) ?? [];
          for (const [n, note] of notes.entries())
            for (const [r, row] of note.rows.entries())
              if (row.driftsredovisning && row.values && Object.keys(row.values).length) add(["noter", n, "rows", r, "values"], drifts);
        }
      }
    }
  }
  return found;
}
