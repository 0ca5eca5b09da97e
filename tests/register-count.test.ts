// The deltagarregister's counts: generated registers of a few hundred rows, written as .xlsx and
// as CSV, read back through src/import/register/ and compared, count by count, with counts made
// straight from the generated model (tests/helpers/register.ts); and a small register counted by hand.
import { describe, expect, it } from "vitest";
import { countRegister, countsOrThrow, DEFAULT_EXIT_CATEGORIES, type RegisterCounts, toParticipantsData } from "../src/import/register/index.ts";
import { arsredovisningSchema } from "../src/schemas/index.ts";
import { expectedCounts, generateModel, INSATSER, registerRows, TOP_LEVEL, toCsv, toXlsx } from "./helpers/register.ts";

const today = "2026-01-15";
const years = [2025, 2024, 2023];
const options = { today, years, insatser: INSATSER };

async function counted(file: string, data: Buffer): Promise<RegisterCounts> {
  const result = await countRegister({ file, data }, options);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.row} ${p.column}: ${p.message}`).join("\n"));
  expect(result.ignoredColumns).toEqual(["Kommentar"]);
  return result.counts;
}

describe("generated registers, counted by person (with Deltagar-id)", async () => {
  const model = generateModel(20250101);
  const rowCount = model.persons.reduce((n, p) => n + p.rows.length, 0) + model.anonymous.length;
  const variants = {
    "xlsx, the template's headings": await counted("deltagare.xlsx", await toXlsx(registerRows(model, { seed: 1 }))),
    "xlsx, other headings and Födelseår": await counted("deltagare.xlsx", await toXlsx(registerRows(model, { seed: 2, headings: "aliases" }), 5)),
    "CSV as Swedish Excel writes it (;, BOM, CRLF)": await counted("deltagare.csv", toCsv(registerRows(model, { seed: 3 }), "excel")),
    "CSV with , and no BOM": await counted("deltagare.csv", toCsv(registerRows(model, { seed: 4, headings: "aliases" }), "comma")),
  };

  it("the register is big enough to mean something", () => {
    expect(rowCount).toBeGreaterThan(250);
    const e = expectedCounts(model, 2025, true).total;
    expect(e.enrolled.total).toBeGreaterThan(50);
    expect(e.ended.total).toBeGreaterThan(20);
    expect(e.anonymous.total).toBeGreaterThan(3);
    // Counting persons differs from counting rows: some move on to another insats, or are in two at once.
    const rows = expectedCounts(model, 2025, false).total;
    expect(rows.enrolled.total).toBeGreaterThan(e.enrolled.total);
    expect(rows.ended.total).toBeGreaterThan(e.ended.total);
    expect(rows.new.total).toBeGreaterThan(e.new.total);
  });

  for (const [name, counts] of Object.entries(variants)) {
    it(`${name}: every count of the förbund, every year`, () => {
      expect(counts.countedBy).toBe("person");
      expect(counts.rows).toBe(rowCount);
      for (const year of years) expect(counts.years[year], String(year)).toEqual(expectedCounts(model, year, true).total);
    });

    it(`${name}: every count of every insats, every year (participations)`, () => {
      expect(Object.keys(counts.insatser)).toEqual(INSATSER.map((i) => i.id));
      for (const year of years) {
        const expected = expectedCounts(model, year, true).insatser;
        for (const insats of INSATSER) expect(counts.insatser[insats.id]![year], `${insats.id} ${year}`).toEqual(expected[insats.id]);
      }
    });
  }

  it("every ended participant has one top-level exit category; the sub-category is part of its parent", () => {
    const counts = variants["xlsx, the template's headings"];
    for (const year of years) {
      const c = counts.years[year]!;
      const sum = (key: "women" | "men" | "not_stated") => TOP_LEVEL.reduce((n, id) => n + c.exit_status[id]![key], 0);
      expect(sum("women") + sum("men") + sum("not_stated")).toBe(c.ended.total);
      expect([sum("women"), sum("men")]).toEqual([c.ended.women, c.ended.men]);
      expect(c.exit_status.work!.women).toBeLessThanOrEqual(c.exit_status.work_study!.women);
      expect(c.exit_status.work!.men).toBeLessThanOrEqual(c.exit_status.work_study!.men);
    }
  });

  it("the same model with another seed gives other counts (the comparison can fail)", () => {
    const other = expectedCounts(generateModel(7), 2025, true).total;
    expect(other).not.toEqual(expectedCounts(model, 2025, true).total);
  });
});

describe("generated registers without Deltagar-id: every row is a participant", async () => {
  const model = generateModel(99, 150, 20);
  const xlsx = await counted("deltagare.xlsx", await toXlsx(registerRows(model, { key: false, seed: 8 })));
  const csv = await counted("deltagare.csv", toCsv(registerRows(model, { key: false, seed: 9 })));

  for (const [name, counts] of Object.entries({ xlsx, csv })) {
    it(`${name}: the förbund's counts are per row, and are the sums of the insatser`, () => {
      expect(counts.countedBy).toBe("row");
      for (const year of years) {
        const expected = expectedCounts(model, year, false);
        expect(counts.years[year]).toEqual(expected.total);
        for (const insats of INSATSER) expect(counts.insatser[insats.id]![year]).toEqual(expected.insatser[insats.id]);
        const summed = INSATSER.reduce((n, insats) => n + counts.insatser[insats.id]![year]!.enrolled.total, 0);
        expect(counts.years[year]!.enrolled.total).toBe(summed);
      }
    });
  }
});

describe("a small register, counted by hand", async () => {
  const csv = [
    "Deltagar-id;Insats;Kön;Startdatum;Slutdatum;Status vid avslut;Psykiatrikontakt;Anonym",
    "p1;a;kvinna;2024-03-01;2025-03-31;arbetsinriktad insats;ja;", // p1 goes straight on to b:
    "p1;b;;2025-04-01;2025-10-31;arbete;nej;", // not ended in March, not new in April; gender from row 2
    "p2;a;M;2025-02-01;2025-05-31;studier;;", // p2 ends, and comes back after a break:
    "p2;b;M;2025-09-01;;;;", // new twice in 2025 but one person; ended once (studier)
    "p3;b;annat;2023-01-01;2024-12-31;okänd;;",
    ";a;kvinna;2025-06-01;;;;ja", // an anonymous case
    "p4;a;k;2025-12-31;;;ja;",
  ].join("\r\n");
  const counts = countsOrThrow(await countRegister({ file: "liten.csv", data: Buffer.from(csv) }, { today, years: [2025, 2024] }));
  const zero = { women: 0, men: 0, not_stated: 0 };

  it("the förbund, 2025: each person once; moving on without a break is neither ended nor new", () => {
    const y = counts.years[2025]!;
    expect(y.enrolled).toEqual({ total: 3, women: 2, men: 1 });
    expect(y.new).toEqual({ total: 2, women: 1, men: 1 });
    expect(y.ended).toEqual({ total: 2, women: 1, men: 1 });
    expect(y.with_psychiatry).toEqual({ total: 2, women: 2, men: 0 });
    expect(y.anonymous).toEqual({ total: 1, women: 1, men: 0 });
    expect(y.exit_status).toEqual({
      ...Object.fromEntries(DEFAULT_EXIT_CATEGORIES.map((c) => [c.id, zero])),
      work_study: { women: 1, men: 1, not_stated: 0 },
      work: { women: 1, men: 0, not_stated: 0 },
    });
  });

  it("the förbund, 2024 (Tabell 2's comparison year from the same register)", () => {
    const y = counts.years[2024]!;
    expect(y.enrolled).toEqual({ total: 2, women: 1, men: 0 });
    expect(y.new).toEqual({ total: 1, women: 1, men: 0 });
    expect(y.ended).toEqual({ total: 1, women: 0, men: 0 });
    expect(y.exit_status.unknown).toEqual({ women: 0, men: 0, not_stated: 1 });
    expect(y.anonymous).toEqual({ total: 0, women: 0, men: 0 });
  });

  it("per insats, 2025: participations", () => {
    const a = counts.insatser.a![2025]!;
    expect([a.enrolled, a.new, a.ended, a.with_psychiatry, a.anonymous]).toEqual([
      { total: 3, women: 2, men: 1 },
      { total: 2, women: 1, men: 1 },
      { total: 2, women: 1, men: 1 },
      { total: 2, women: 2, men: 0 },
      { total: 1, women: 1, men: 0 },
    ]);
    expect(a.exit_status.work_programme).toEqual({ women: 1, men: 0, not_stated: 0 });
    expect(a.exit_status.work_study).toEqual({ women: 0, men: 1, not_stated: 0 });
    const b = counts.insatser.b![2025]!;
    expect([b.enrolled, b.new, b.ended]).toEqual([
      { total: 2, women: 1, men: 1 },
      { total: 2, women: 1, men: 1 },
      { total: 1, women: 1, men: 0 },
    ]);
    expect([b.exit_status.work_study, b.exit_status.work]).toEqual([
      { women: 1, men: 0, not_stated: 0 },
      { women: 1, men: 0, not_stated: 0 },
    ]);
  });

  it("without the Deltagar-id column the same rows count as five participants", async () => {
    const rows = csv.split("\r\n").map((line) => line.split(";").slice(1).join(";"));
    const byRow = countsOrThrow(await countRegister({ file: "liten.csv", data: Buffer.from(rows.join("\n")) }, { today, years: [2025] }));
    expect(byRow.countedBy).toBe("row");
    expect(byRow.years[2025]!.enrolled).toEqual({ total: 5, women: 2, men: 2 });
    expect(byRow.years[2025]!.ended).toEqual({ total: 3, women: 1, men: 1 });
  });

  it("optional columns: without Psykiatrikontakt and Anonym those counts are left out, not zero", async () => {
    const plain = "Insats;Kön;Startdatum;Slutdatum;Status vid avslut\na;kvinna;2025-01-01;;\n";
    const y = countsOrThrow(await countRegister({ file: "x.csv", data: Buffer.from(plain) }, { today, years: [2025] })).years[2025]!;
    expect(y.enrolled).toEqual({ total: 1, women: 1, men: 0 });
    expect("with_psychiatry" in y).toBe(false);
    expect("anonymous" in y).toBe(false);
  });

  it("gives the årsredovisning's participants data, which its schema accepts", () => {
    const data = toParticipantsData(counts);
    expect(data.years["2025"]!.enrolled).toEqual({ total: 3, women: 2, men: 1 });
    expect(data.exit_status[0]).toEqual({
      id: "work_study",
      prefix: "Till",
      label: "Arbete/studier",
      values: { "2024": zero, "2025": { women: 1, men: 1, not_stated: 0 } },
    });
    expect(data.exit_status[1]).toMatchObject({ id: "work", of: "work_study", label: "varav arbete" });
    const participants = arsredovisningSchema.shape.participants.unwrap();
    const parsed = participants.safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});

describe("categories are the caller's", () => {
  const categories = [
    { id: "work_study", label: "Arbete/studier" },
    { id: "work", of: "work_study", label: "varav arbete", values: ["arbete", "eget företag"] },
    { id: "study", of: "work_study", label: "varav studier", values: ["studier"] },
    { id: "rest", label: "Övrigt", values: ["övrigt"] },
  ];
  const csv =
    "Insats;Kön;Startdatum;Slutdatum;Status vid avslut\n" +
    "a;K;2025-01-01;2025-05-01;Eget företag\na;M;2025-01-01;2025-05-01;studier\na;;2025-01-01;2025-05-01;övrigt\n";

  it("a value counts in its category and every category above it", async () => {
    const y = countsOrThrow(await countRegister({ file: "x.csv", data: Buffer.from(csv) }, { today, years: [2025], categories })).years[2025]!;
    expect(y.exit_status).toEqual({
      work_study: { women: 1, men: 1, not_stated: 0 },
      work: { women: 1, men: 0, not_stated: 0 },
      study: { women: 0, men: 1, not_stated: 0 },
      rest: { women: 0, men: 0, not_stated: 1 },
    });
  });

  it("values outside the caller's categories are problems (the default list is not used)", async () => {
    const result = await countRegister({ file: "x.csv", data: Buffer.from(csv.replace("övrigt", "annat")) }, { today, years: [2025], categories });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe("okänt värde för status vid avslut; tillåtna värden: arbete, eget företag, studier, övrigt");
  });

  it("a mistake in the categories themselves is thrown", async () => {
    const data = Buffer.from(csv);
    await expect(
      countRegister({ file: "x.csv", data }, { today, years: [2025], categories: [{ id: "a", label: "A", of: "b", values: ["x"] }] }),
    ).rejects.toThrow(/names no category/);
    await expect(
      countRegister(
        { file: "x.csv", data },
        {
          today,
          years: [2025],
          categories: [
            { id: "a", label: "A", values: ["x"] },
            { id: "b", label: "B", values: ["X"] },
          ],
        },
      ),
    ).rejects.toThrow(/belongs to both/);
  });
});
