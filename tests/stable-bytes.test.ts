// Renumbering Blink's node ids in a tagged PDF (src/pdf/stable-bytes.ts): two prints of the same
// page whose ids differ, in value or in order, give the same bytes, and the file stays valid.
import { describe, expect, it } from "vitest";
import { renumberNodeIds } from "../src/pdf/stable-bytes.ts";

/** Blink's ids for the three header cells that td /Headers point to. */
interface Ids {
  belopp: number;
  a: number;
  b: number;
}

interface Layout {
  /** Write the IDTree before the structure elements (Skia writes it after them). */
  idTreeFirst?: boolean;
  /** Split the IDTree into this many leaves (Skia writes one). */
  leaves?: number;
}

const nodeId = (id: number) => `node${String(id).padStart(8, "0")}`;

// A table shaped like Chromium's tagged output: | Konto | Belopp | / | A | 1 | / | B | 2 |, the
// elements written children first, as Skia does, and an IDTree sorted by Blink's numeric id.
function taggedPdf(ids: Ids, layout: Layout = {}): string {
  const th = (n: number, parent: number, id?: number) =>
    `${n} 0 obj\n<</Type /StructElem\n/S /TH\n/P ${parent} 0 R\n/K 0${id === undefined ? "" : `\n/ID (${nodeId(id)})`}>>\nendobj\n`;
  const td = (n: number, parent: number, headers: number[]) =>
    `${n} 0 obj\n<</Type /StructElem\n/S /TD\n/P ${parent} 0 ` +
    `R\n/K 1\n/A [<</O /Table\n/Headers [${headers.map((h) => `(${nodeId(h)})`).join(" ")}]>>]>>\nendobj\n`;
  const tr = (n: number, kids: number[]) => `${n} 0 obj\n<</Type /StructElem\n/S /TR\n/P 14 0 R\n/K [${kids.map((k) => `${k} 0 R`).join(" ")}]>>\nendobj\n`;
  const elements = [
    th(5, 7),
    th(6, 7, ids.belopp),
    tr(7, [5, 6]),
    th(8, 10, ids.a),
    td(9, 10, [ids.belopp, ids.a]),
    tr(10, [8, 9]),
    th(11, 13, ids.b),
    td(12, 13, [ids.belopp, ids.b]),
    tr(13, [11, 12]),
    "14 0 obj\n<</Type /StructElem\n/S /Table\n/P 20 0 R\n/K [7 0 R 10 0 R 13 0 R]>>\nendobj\n",
  ];
  const entries = [
    { id: ids.belopp, ref: 6 },
    { id: ids.a, ref: 8 },
    { id: ids.b, ref: 11 },
  ].sort((x, y) => x.id - y.id);
  const leafCount = layout.leaves ?? 1;
  const perLeaf = Math.ceil(entries.length / leafCount);
  const leaves = Array.from({ length: leafCount }, (_, i) => {
    const own = entries.slice(i * perLeaf, (i + 1) * perLeaf);
    return (
      `${15 + i} 0 obj\n<</Limits [(${nodeId(own[0]!.id)}) ` +
      `(${nodeId(own.at(-1)!.id)})]\n/Names [${own.map((e) => `(${nodeId(e.id)}) ${e.ref} 0 R`).join(" ")}]>>\nendobj\n`
    );
  });
  const idTree = [...leaves, `18 0 obj\n<</Kids [${leaves.map((_, i) => `${15 + i} 0 R`).join(" ")}]>>\nendobj\n`];
  const objects = [
    "1 0 obj\n<</Producer (Skia/PDF m156)>>\nendobj\n",
    "2 0 obj\n<</Type /Catalog /Pages 3 0 R /StructTreeRoot 19 0 R /Lang (sv)>>\nendobj\n",
    "3 0 obj\n<</Type /Pages /Kids [4 0 R] /Count 1>>\nendobj\n",
    "4 0 obj\n<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>\nendobj\n",
    ...(layout.idTreeFirst ? [...idTree, ...elements] : [...elements, ...idTree]),
    "19 0 obj\n<</Type /StructTreeRoot\n/K 20 0 R\n/IDTree 18 0 R>>\nendobj\n",
    "20 0 obj\n<</Type /StructElem\n/S /Document\n/P 19 0 R\n/K [14 0 R]>>\nendobj\n",
  ];
  let body = "%PDF-1.4\n";
  const offsets = new Map<number, number>();
  for (const object of objects) {
    offsets.set(Number(object.slice(0, object.indexOf(" "))), body.length);
    body += object;
  }
  const size = 21;
  const xref = body.length;
  body += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) body += offsets.has(n) ? `${String(offsets.get(n)).padStart(10, "0")} 00000 n \n` : "0000000000 65535 f \n";
  return `${body}trailer\n<</Size ${size}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
}

/** Object number → its dictionary text, read through the xref table (so broken offsets show). */
function objectsByXref(pdf: string): Map<number, string> {
  const start = Number(/startxref\n(\d+)/.exec(pdf)![1]);
  const rows = pdf.slice(start).split("\n").slice(2);
  const objects = new Map<number, string>();
  rows.forEach((row, n) => {
    if (!row.endsWith(" n ")) return;
    const offset = Number(row.slice(0, 10));
    expect(pdf.startsWith(`${n} 0 obj\n`, offset), `xref offset of object ${n}`).toBe(true);
    objects.set(n, pdf.slice(offset, pdf.indexOf("endobj", offset)));
  });
  return objects;
}

const idOf = (object: string | undefined) => /\/ID \((node\d+)\)/.exec(object ?? "")?.[1];
const headersOf = (object: string | undefined) => [.../\/Headers \[([^\]]*)\]/.exec(object ?? "")![1]!.matchAll(/\((node\d+)\)/g)].map((m) => m[1]);
const namesOf = (object: string | undefined) => [...(object ?? "").matchAll(/\((node\d+)\) (\d+) 0 R/g)].map((m) => ({ key: m[1]!, ref: Number(m[2]) }));
const limitsOf = (object: string | undefined) => [.../\/Limits \[([^\]]*)\]/.exec(object ?? "")![1]!.matchAll(/\((node\d+)\)/g)].map((m) => m[1]);

describe("renumberNodeIds", () => {
  const first = taggedPdf({ belopp: 13, a: 16, b: 19 });

  it("gives the same bytes when Blink's ids are shifted", () => {
    expect(renumberNodeIds(taggedPdf({ belopp: 40, a: 41, b: 57 }))).toBe(renumberNodeIds(first));
  });

  it("gives the same bytes when Blink handed out the ids in another order", () => {
    // b got the smallest id and belopp the largest: numeric order is the reverse of the file's order.
    const reversed = taggedPdf({ belopp: 62, a: 53, b: 23 });
    const out = renumberNodeIds(reversed);
    expect(out).toBe(renumberNodeIds(first));
    expect(out).toBe(renumberNodeIds(taggedPdf({ belopp: 30, a: 12, b: 20 })));
  });

  it("numbers the ids in the order they first appear", () => {
    const objects = objectsByXref(renumberNodeIds(taggedPdf({ belopp: 62, a: 53, b: 23 })));
    expect([idOf(objects.get(6)), idOf(objects.get(8)), idOf(objects.get(11))]).toEqual(["node00000001", "node00000002", "node00000003"]);
  });

  it("keeps the file's length, so every xref offset still points at its object", () => {
    const input = taggedPdf({ belopp: 62, a: 53, b: 23 });
    const out = renumberNodeIds(input);
    expect(out.length).toBe(input.length);
    expect(objectsByXref(out).size).toBe(18); // 1–15, 18–20
  });

  it("keeps the references: each cell's /Headers names the same header cells as before", () => {
    const input = objectsByXref(taggedPdf({ belopp: 62, a: 53, b: 23 }));
    const out = objectsByXref(renumberNodeIds(taggedPdf({ belopp: 62, a: 53, b: 23 })));
    // Map old ids to object numbers, then check the new /Headers name those objects' new ids.
    const objectOfOldId = new Map([6, 8, 11].map((n) => [idOf(input.get(n)), n]));
    for (const cell of [9, 12]) {
      const expected = headersOf(input.get(cell)).map((old) => idOf(out.get(objectOfOldId.get(old)!)));
      expect(headersOf(out.get(cell))).toEqual(expected);
    }
    expect(headersOf(out.get(12))).toEqual(["node00000001", "node00000003"]);
  });

  it("keeps the IDTree sorted by key, each key pointing at the element with that /ID", () => {
    const objects = objectsByXref(renumberNodeIds(taggedPdf({ belopp: 62, a: 53, b: 23 })));
    const names = namesOf(objects.get(15));
    expect(names.map((n) => n.key)).toEqual(["node00000001", "node00000002", "node00000003"]);
    for (const { key, ref } of names) expect(idOf(objects.get(ref))).toBe(key);
    expect(limitsOf(objects.get(15))).toEqual(["node00000001", "node00000003"]);
  });

  it("does not take its order from an IDTree written before the elements", () => {
    const one = renumberNodeIds(taggedPdf({ belopp: 13, a: 16, b: 19 }, { idTreeFirst: true }));
    const other = renumberNodeIds(taggedPdf({ belopp: 62, a: 53, b: 23 }, { idTreeFirst: true }));
    expect(other).toBe(one);
    const objects = objectsByXref(one);
    expect(idOf(objects.get(6))).toBe("node00000001");
    expect(namesOf(objects.get(15)).map((n) => n.ref)).toEqual([6, 8, 11]);
  });

  it("falls back to numeric rank for an IDTree of several leaves, which cannot be reordered in place", () => {
    const input = taggedPdf({ belopp: 62, a: 53, b: 23 }, { leaves: 2 });
    const out = renumberNodeIds(input);
    expect(out.length).toBe(input.length);
    const objects = objectsByXref(out);
    // Rank: b (23) → 1, a (53) → 2, belopp (62) → 3; every leaf and the keys across leaves stay sorted.
    expect([idOf(objects.get(6)), idOf(objects.get(8)), idOf(objects.get(11))]).toEqual(["node00000003", "node00000002", "node00000001"]);
    const keys = [...namesOf(objects.get(15)), ...namesOf(objects.get(16))].map((n) => n.key);
    expect(keys).toEqual([...keys].sort());
    expect(limitsOf(objects.get(16))).toEqual(["node00000003", "node00000003"]);
  });

  it("leaves a PDF without node ids as it is", () => {
    const plain = "%PDF-1.4\n1 0 obj\n<</Title (node)>>\nendobj\n";
    expect(renumberNodeIds(plain)).toBe(plain);
  });

  it("refuses an id too short for its new number", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `/ID (node${9 - i})`).join("\n");
    expect(() => renumberNodeIds(ids)).toThrow(/cannot renumber PDF node id/);
  });
});
