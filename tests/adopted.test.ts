// Printing as adopted (src/tables/adopted.ts, the prose's footnotes): an adopted document's tables
// show the figures it states, marked where the parts give another, with a note saying what they
// give; its text prints the figures it states where it states them; a draft prints what is computed.
import { describe, expect, it } from "vitest";
import { compareStated } from "../src/compute/stated.ts";
import { parseProse, proseHtml } from "../src/eleventy/prose/render.ts";
import { adoptedKey, markAdopted } from "../src/tables/adopted.ts";
import { amountCell, textCell } from "../src/tables/cells.ts";
import type { Table } from "../src/tables/model.ts";

function table(): Table {
  const row = (id: string, kind: "row" | "sum", values: [number, number]) => ({
    id: `doc-${id}`,
    kind,
    header: textCell(id),
    cells: [amountCell(values[0], { key: "2025" }), amountCell(values[1], { key: "2024" })],
  });
  return { caption: "T", columns: [], rows: [row("a", "row", [10, 20]), row("summa", "sum", [30, 40])], csvName: "t.csv" };
}

describe("a table as adopted", () => {
  it("finds a stated figure's cell by its year, and the driftsredovisning's by column and year", () => {
    expect(adoptedKey(["balansrakning", "entries", 4, "stated", "2024"])).toBe("2024");
    expect(adoptedKey(["kostnader", "stated_sum", "utfall", "2025"])).toBe("utfall.2025");
    expect(adoptedKey(["overview", "values", "2023", "arets_resultat"])).toBe("2023");
  });

  it("prints the stated figure, marks it with a letter in reading order, and notes what the parts give", () => {
    const t = table();
    markAdopted(
      [t],
      [
        compareStated(["summa", "stated", "2024"], 41, 40, 2, { row: ["summa"] }),
        compareStated(["summa", "stated", "2025"], 31, 30, 2, { row: ["summa"] }),
        compareStated(["a", "values", "2025"], 10, 9, 0, { row: ["a"] }),
      ],
      { documentId: "doc" },
    );
    const [a, sum] = t.rows;
    expect(sum!.cells.map((c) => [c.text, c.mark])).toEqual([
      ["31", "b"],
      ["41", "c"],
    ]);
    expect(a!.cells[0]).toMatchObject({ text: "10", mark: "a", markHref: "doc-a-anm-a" });
    expect(t.notes!.map((n) => `${n.mark} ${n.text}`)).toEqual([
      "a Specifikationen ger 9.",
      "b Fastställt belopp; delarna ger 30.",
      "c Fastställt belopp; delarna ger 40.",
    ]);
  });

  it("prints a stated figure equal to the parts without a mark, and leaves figures it cannot place", () => {
    const t = table();
    markAdopted(
      [t],
      [compareStated(["summa", "stated", "2025"], 30, 30, 2, { row: ["summa"] }), compareStated(["x", "stated", "2025"], 1, 2, 1, { row: ["x"] })],
      {
        documentId: "doc",
      },
    );
    expect(t.rows[1]!.cells[0]!.mark).toBeUndefined();
    expect(t.notes).toBeUndefined();
  });
});

describe("prose as adopted", () => {
  const doc = (draft: boolean) => ({
    title: "Årsredovisning 2025",
    unit: "tkr" as const,
    draft,
    computed: { current: { enrolled: { total: 332 } } },
    data: {},
    adopted: [{ quotes: "current.enrolled.total", section: "mal", stated: 322, computed: 332 }],
  });
  const html = (section: string, draft = false) => {
    const prose = { section, file: `content/prose/x/2025/arsredovisning/30-${section}.md`, source: 'Totalt {% tal "current.enrolled.total" %} deltagare.' };
    return proseHtml(parseProse(prose, doc(draft)), []);
  };

  it("prints the stated figure where the text states it, with a footnote saying what the data gives", () => {
    const out = html("mal");
    expect(out).toContain('Totalt 322<sup class="footnote-ref"><a href="#fn-mal-1" id="fnref-mal-1">1</a></sup> deltagare.');
    expect(out).toContain('<ol class="adopted-notes">');
    expect(out).toMatch(/<li id="fn-mal-1" class="footnote-item"><p>Fastställd uppgift; beräknat 332\. /);
  });

  it("prints the computed figure elsewhere, and in a draft", () => {
    expect(html("deltagarflode")).toBe("<p>Totalt 332 deltagare.</p>\n");
    expect(html("mal", true)).toBe("<p>Totalt 332 deltagare.</p>\n");
  });
});
