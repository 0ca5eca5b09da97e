// A plan's multi-year budget as table lines: every group sum, summary line (Verksamhetens resultat,
// Summa kostnader, Årets resultat …) computed from the leaves; what the document prints is compared.
import type { BudgetNode, Insats, PartyKind, Verksamhetsplan } from "../../schemas/index.ts";
import { type Cell, countParts, sumCells } from "../cell.ts";
import { compareStated, type PartCell, type StatedComparison } from "../stated.ts";

export type Values = Record<string, Cell>;

export interface BudgetLine {
  /** heading: a group's label above its rows; group: a group's label with its sum; sum: a group's sum row;
   *  row: a leaf; summary: a line summing sections. */
  kind: "heading" | "group" | "sum" | "row" | "summary";
  label: string;
  /** Nesting depth, 0 for a section's own line. */
  depth: number;
  /** Path of the line in the data file (anchor of the table row). */
  path: (string | number)[];
  values: Values;
  emphasis: boolean;
  id?: string;
}

export interface ComputedBudget {
  years: number[];
  lines: BudgetLine[];
  /** Sum of each section per year. */
  sections: { intakter: Values; kostnader: Values; finansiella_poster: Values };
  /** Income + costs + financial items: what the equity is rolled forward with. */
  aretsResultat: Values;
  /** Values of every line that has an id, and of the sections and summaries by id. */
  byId: Record<string, Values>;
  /** The cost types of the chart: the direct rows of kostnader, plus the financial items as one. */
  costTypes: { label: string; values: Values }[];
  stated: StatedComparison[];
  /** Budget lines that print an amount of their own, compared with the funding of the insats they refer to. */
  insatsStated: StatedComparison[];
  /** Amounts a budget row gives an insats in a year outside the years it is funded (its period, else its funding's years). */
  outsideFunding: { path: (string | number)[]; year: string; amount: number; insats: Insats }[];
}

/** Compare a printed value with a computed one, given the parts it sums (exact where all are whole steps; ../stated.ts). */
export function compareRounded(
  path: (string | number)[],
  stated: Cell,
  computed: Cell,
  parts: readonly Cell[],
  rounding: number,
  options: { row?: (string | number)[]; description?: string; partCells?: PartCell[] } = {},
): StatedComparison {
  return compareStated(path, stated, computed, parts, { ...options, row: options.row ?? path, rounding });
}

interface NodeResult {
  values: Values;
  /** The cells summed, per year, for the rounding tolerance. */
  parts: Record<string, Cell[]>;
  /** The typed cells summed, per year, with where each is written: where a mistyped one can be looked for. */
  cells: Record<string, PartCell[]>;
}

export function computeBudget(plan: Verksamhetsplan, shares: Record<PartyKind, number>): ComputedBudget {
  const years = plan.budget.years.map(String);
  const rounding = plan.rounding;
  const insatser = new Map<string, Insats>(plan.insatser.map((entry) => [entry.id, entry]));
  const lines: BudgetLine[] = [];
  const stated: StatedComparison[] = [];
  const insatsStated: StatedComparison[] = [];
  const outsideFunding: ComputedBudget["outsideFunding"] = [];
  const byId: Record<string, Values> = {};

  const leafValues = (node: BudgetNode, path: (string | number)[]): Values => {
    if (node.contribution) {
      const share = node.contribution.reduce((total, kind) => total + shares[kind], 0);
      return Object.fromEntries(
        years.map((y) => {
          const total = plan.budget.medlemsbidrag[y] ?? null;
          return [y, total === null ? null : total * share];
        }),
      );
    }
    const insats = node.insats ? insatser.get(node.insats) : undefined;
    // An insats costs nothing in the years outside its period (the budget prints 0 there).
    const outside = (y: string) => insats?.period !== undefined && (y < insats.period.from.slice(0, 4) || y > insats.period.to.slice(0, 4));
    const fromInsats: Values = Object.fromEntries(
      years.map((y) => {
        const funding = insats?.funding?.[y];
        if (funding === undefined && outside(y)) return [y, 0];
        return [y, funding === undefined || funding === null ? null : -funding];
      }),
    );
    // The years the insats is funded: its period where it has one, else the years its funding names.
    const unfunded = (y: string) => (insats?.period ? outside(y) : insats?.funding ? !(y in insats.funding) : false);
    for (const y of years) {
      const amount = node.amounts?.[y];
      if (insats && typeof amount === "number" && amount !== 0 && unfunded(y)) outsideFunding.push({ path: [...path, "amounts", y], year: y, amount, insats });
    }
    if (!node.amounts) return fromInsats;
    if (insats?.funding) {
      for (const y of years) {
        if (insats.funding[y] === undefined) continue;
        insatsStated.push(
          compareRounded([...path, "amounts", y], node.amounts[y] ?? null, fromInsats[y] ?? null, [node.amounts[y] ?? null, fromInsats[y] ?? null], rounding, {
            row: path,
            description: `budgetraden jämförd med insatsens finansiering enligt beskrivningen (${insats.name}, ${y})`,
          }),
        );
      }
    }
    return Object.fromEntries(years.map((y) => [y, node.amounts?.[y] ?? null]));
  };

  const walk = (node: BudgetNode, path: (string | number)[], depth: number): NodeResult => {
    if (!node.rows) {
      const values = leafValues(node, path);
      lines.push({ kind: "row", label: node.label, depth, path, values, emphasis: node.emphasis ?? false, id: node.id });
      if (node.id) byId[node.id] = values;
      if (node.stated) {
        for (const y of years) {
          if (node.stated[y] === undefined) continue;
          stated.push(
            compareRounded([...path, "stated", y], node.stated[y] ?? null, values[y] ?? null, [values[y] ?? null], rounding, {
              row: path,
              description: node.label,
            }),
          );
        }
      }
      // Where each year's amount is written: on the row, else in its insats' funding (a contribution share is computed).
      const insatsIndex = node.insats ? plan.insatser.findIndex((entry) => entry.id === node.insats) : -1;
      const written = (y: string): (string | number)[] | undefined =>
        node.amounts?.[y] !== undefined
          ? [...path, "amounts", y]
          : insatsIndex >= 0 && plan.insatser[insatsIndex]!.funding?.[y] !== undefined
            ? ["insatser", insatsIndex, "funding", y]
            : undefined;
      const cells = Object.fromEntries(
        years.map((y) => {
          const at = written(y);
          const value = values[y];
          return [y, at && typeof value === "number" ? [{ path: at, value }] : []];
        }),
      );
      return { values, parts: Object.fromEntries(years.map((y) => [y, [values[y] ?? null]])), cells };
    }
    const headingIndex = lines.length;
    lines.push({
      kind: node.sum_label || node.hide_sum ? "heading" : "group",
      label: node.label,
      depth,
      path,
      values: {},
      emphasis: node.emphasis ?? depth === 0,
      id: node.id,
    });
    const children = node.rows.map((row, index) => walk(row, [...path, "rows", index], depth + 1));
    const parts = Object.fromEntries(years.map((y) => [y, children.flatMap((child) => child.parts[y] ?? [])]));
    const cells = Object.fromEntries(years.map((y) => [y, children.flatMap((child) => child.cells[y] ?? [])]));
    const values = Object.fromEntries(years.map((y) => [y, sumCells(children.map((child) => child.values[y] ?? null))]));
    if (node.sum_label) {
      lines.push({ kind: "sum", label: node.sum_label, depth, path: [...path, "stated"], values, emphasis: true, id: node.id });
    } else if (!node.hide_sum) {
      lines[headingIndex]!.values = values;
    }
    if (node.id) byId[node.id] = values;
    if (node.stated) {
      for (const y of years) {
        if (node.stated[y] === undefined) continue;
        stated.push(
          compareRounded([...path, "stated", y], node.stated[y] ?? null, values[y] ?? null, parts[y] ?? [], rounding, {
            partCells: cells[y] ?? [],
            row: node.sum_label ? [...path, "stated"] : path,
            description: `${node.sum_label ?? node.label}: summa av ${countParts(parts[y] ?? [])} delar`,
          }),
        );
      }
    }
    return { values, parts, cells };
  };

  const sectionNames = ["intakter", "kostnader", "finansiella_poster"] as const;
  type SectionName = (typeof sectionNames)[number];
  const results = {} as Record<SectionName, NodeResult>;
  const empty: NodeResult = {
    values: Object.fromEntries(years.map((y) => [y, null])),
    parts: Object.fromEntries(years.map((y) => [y, []])),
    cells: Object.fromEntries(years.map((y) => [y, []])),
  };

  const summaryLines = (after: "kostnader" | "finansiella_poster") => {
    plan.budget.summaries.forEach((summary, index) => {
      if (summary.after !== after) return;
      const path = ["budget", "summaries", index];
      const values = Object.fromEntries(years.map((y) => [y, sumCells(summary.of.map((name) => (results[name] ?? empty).values[y] ?? null))]));
      lines.push({ kind: "summary", label: summary.label, depth: 0, path, values, emphasis: true, id: summary.id });
      if (summary.id) byId[summary.id] = values;
      if (summary.stated) {
        for (const y of years) {
          if (summary.stated[y] === undefined) continue;
          const cells = summary.of.flatMap((name) => (results[name] ?? empty).parts[y] ?? []);
          const parts = countParts(cells);
          stated.push(
            compareRounded([...path, "stated", y], summary.stated[y] ?? null, values[y] ?? null, cells, rounding, {
              partCells: summary.of.flatMap((name) => (results[name] ?? empty).cells[y] ?? []),
              row: path,
              description: `${summary.label} = ${summary.of.map((name) => sectionLabel(plan, name)).join(" + ")} (${parts} delar)`,
            }),
          );
        }
      }
    });
  };

  results.intakter = walk(plan.budget.intakter, ["budget", "intakter"], 0);
  results.kostnader = walk(plan.budget.kostnader, ["budget", "kostnader"], 0);
  summaryLines("kostnader");
  results.finansiella_poster = plan.budget.finansiella_poster ? walk(plan.budget.finansiella_poster, ["budget", "finansiella_poster"], 0) : empty;
  summaryLines("finansiella_poster");

  const aretsResultat = Object.fromEntries(years.map((y) => [y, sumCells(sectionNames.map((name) => results[name].values[y] ?? null))]));
  byId.intakter ??= results.intakter.values;
  byId.kostnader ??= results.kostnader.values;
  byId.finansiella_poster ??= results.finansiella_poster.values;
  byId.arets_resultat ??= aretsResultat;

  const kostnader = plan.budget.kostnader;
  const costNodes = kostnader.rows
    ? kostnader.rows.map((node, index) => ({ node, path: ["budget", "kostnader", "rows", index] }))
    : [{ node: kostnader, path: ["budget", "kostnader"] }];
  const costTypes = [
    ...costNodes.map(({ node, path }) => ({ label: node.label, values: valuesOfLine(lines, path) })),
    ...(plan.budget.finansiella_poster ? [{ label: plan.budget.finansiella_poster.label, values: results.finansiella_poster.values }] : []),
  ];

  return {
    years: plan.budget.years,
    lines,
    sections: { intakter: results.intakter.values, kostnader: results.kostnader.values, finansiella_poster: results.finansiella_poster.values },
    aretsResultat,
    byId,
    costTypes,
    stated,
    insatsStated,
    outsideFunding,
  };
}

function valuesOfLine(lines: BudgetLine[], path: (string | number)[]): Values {
  const key = path.join(".");
  const own = lines.find((line) => line.path.join(".") === key && line.kind !== "heading");
  const sum = lines.find((line) => line.kind === "sum" && line.path.join(".") === `${key}.stated`);
  return (own ?? sum)?.values ?? {};
}

function sectionLabel(plan: Verksamhetsplan, name: "intakter" | "kostnader" | "finansiella_poster"): string {
  return plan.budget[name]?.label ?? name;
}
