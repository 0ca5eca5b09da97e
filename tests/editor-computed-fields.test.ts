// The document's figures beside the fields they come from: a table row finds the object of the data
// whose path or ids its anchor is made of, a group's total finds the group; a row two objects could
// own, or whose cells do not line up with the columns, is not put beside any field.
import { describe, expect, it } from "vitest";
import { computedFields } from "../src/editor/computed-fields.ts";
import { amountCell, percentCell, type Table, textCell } from "../src/tables/index.ts";

const table = (rows: Table["rows"], columns = ["Belopp i tkr", "Budget 2026", "Utfall", "Andel"]): Table => ({
  caption: "Ekonomi",
  unitCaption: "belopp i tkr",
  columns: columns.map((label, index) => ({ label, numeric: index > 0 })),
  rows,
  csvName: "ekonomi.csv",
});
const row = (id: string, label: string, kind: "row" | "sum" = "row") => ({
  id,
  kind,
  header: textCell(label),
  cells: [amountCell(-5254, { source: "Verksamhetsplanen 2026" }), amountCell(-2960), percentCell(0.5634, 0)],
});

describe("computed figures beside the fields", () => {
  it("puts a row's figures at the row its anchor is made from (by ids or by path), a total at its group, with the source of a value read elsewhere", () => {
    const data = {
      kostnader: { rows: [{ id: "insatser", utfall: -2960 }, { id: "personal" }] },
      budget: { intakter: { rows: [{ label: "Staten" }] } },
    };
    const fields = computedFields(
      data,
      [
        table([
          row("doc-kostnader-insatser", "Insatsfinansiering"),
          row("doc-kostnader-summa", "Summa kostnader", "sum"),
          row("doc-budget-intakter-rows-0", "Staten"),
          row("other-kostnader-personal", "Personal"),
        ]),
      ],
      "doc",
    );
    expect(fields.map((f) => [f.path, f.row])).toEqual([
      ["kostnader.rows.0", "Insatsfinansiering"],
      ["kostnader", "Summa kostnader"],
      ["budget.intakter.rows.0", "Staten"],
    ]);
    expect(fields[0]).toMatchObject({ table: "Ekonomi (belopp i tkr)" });
    expect(fields[0]!.figures).toEqual([
      { label: "Budget 2026", text: "\u22125\u00a0254", source: "Verksamhetsplanen 2026" },
      { label: "Utfall", text: "\u22122\u00a0960" },
      { label: "Andel", text: "56\u00a0%" },
    ]);
  });

  it("leaves out a row two objects of the data could own, a heading, and a row whose cells span columns", () => {
    const data = { a: { rows: [{ id: "x" }] }, "a-rows-0": { id: "y" }, b: { rows: [{ id: "z" }] } };
    const spanning = { ...row("doc-b-z", "Z"), cells: [amountCell(1, { colspan: 2 }), amountCell(2)] };
    const fields = computedFields(
      data,
      [table([row("doc-a-rows-0", "X"), { id: "doc-b", kind: "heading", header: textCell("B"), cells: [] }, spanning])],
      "doc",
    );
    // "a.rows.0" (by path) and the key "a-rows-0" make the same anchor: neither is sure.
    expect(fields).toEqual([]);
  });
});
