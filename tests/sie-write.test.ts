// Writing SIE 4: the file's layout, and write → read giving back the same model (CP437 and UTF-8),
// for a hand-made model with every record and for generated ones.
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readSie, type SieModel, writeSie, writeSieText } from "../src/import/sie/index.ts";
import { forbundYear } from "./helpers/sie-model.ts";

/** The model without `line` (where parsed items stood), which a hand-made model does not have. */
function withoutLines<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutLines) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "line")
        .map(([key, v]) => [key, withoutLines(v)]),
    ) as T;
  }
  return value;
}

const roundTrip = (model: SieModel, encoding: "cp437" | "utf8") => {
  const result = readSie(writeSie(model, { encoding }));
  return { ...result, sie: withoutLines(result.sie) };
};

const rich: SieModel = {
  flagga: 0,
  format: "PC8",
  sietyp: "4",
  program: { name: 'Ekonomi "Plus" för Förbund', version: "12.3" },
  gen: { date: "2026-02-15", sign: "Åsa Öberg" },
  fnamn: "Samordningsförbundet Östra Södertörn",
  orgnr: "222000-1867",
  kptyp: "Kommun-Bas 25",
  rar: [
    { year: 0, start: "2025-01-01", end: "2025-12-31" },
    { year: -1, start: "2024-01-01", end: "2024-12-31" },
  ],
  konton: [
    { account: "1930", name: "Bank {huvudkonto} \\ Swedbank", type: "T" },
    { account: "2440", name: "Leverantörsskulder", type: "S" },
    { account: "3511", name: "Bidrag från stat, region och kommuner", type: "I" },
    { account: "5111", name: "Löner", type: "K" },
    { account: "30106", name: "Försäljning 6 %" },
  ],
  ib: [{ year: 0, account: "1930", amount: 1_000_000.25 }],
  ub: [
    { year: 0, account: "1930", amount: 998_765.25, quantity: 1 },
    { year: 0, account: "2440", amount: 0 },
  ],
  res: [
    { year: 0, account: "3511", amount: -10_000 },
    { year: 0, account: "5111", amount: 11_235 },
    { year: -1, account: "3511", amount: -0.01 },
  ],
  psaldo: [
    {
      year: 0,
      period: "2025-01",
      account: "5111",
      objects: [
        { dim: 1, id: "100" },
        { dim: 6, id: 'Projekt "Väst"' },
      ],
      amount: 11_235,
    },
    { year: 0, period: "2025-02", account: "3511", objects: [], amount: -10_000, quantity: 2.5 },
  ],
  pbudget: [{ year: 0, period: "2025-12", account: "5111", objects: [{ dim: 1, id: "" }], amount: 12_000 }],
  ver: [
    {
      series: "A",
      number: "1",
      date: "2025-01-15",
      text: 'Bidrag "januari" – första',
      regdate: "2025-01-20",
      sign: "ÅÖ",
      trans: [
        { account: "1930", objects: [], amount: 10_000, date: "2025-01-15", text: "Insättning {bg}", quantity: 1, sign: "ÅÖ" },
        { account: "3511", objects: [{ dim: 1, id: "100" }], amount: -10_000, text: "Efter tomt datum" },
      ],
    },
    {
      series: "L",
      number: "",
      date: "2025-01-25",
      trans: [
        { account: "5111", objects: [], amount: 11_235 },
        { account: "1930", objects: [], amount: -11_235, sign: "lön" },
      ],
    },
  ],
};

/** The same without the en dash, which CP437 lacks. */
const cp437Safe: SieModel = { ...rich, ver: rich.ver.map((v) => ({ ...v, text: v.text?.replace("–", "-") })) };

describe("the written file", () => {
  it("starts as the spec has it and uses CRLF", () => {
    const text = writeSieText(forbundYear());
    expect(text.split("\r\n").slice(0, 9)).toEqual([
      "#FLAGGA 0",
      "#FORMAT PC8",
      "#SIETYP 4",
      '#PROGRAM "Visma Förening" 2025.1',
      '#GEN 20260215 "Ekonomi"',
      '#FNAMN "Samordningsförbundet i Jämtlands län"',
      "#ORGNR 222000-1867",
      '#KPTYP "Kommun-Bas 25"',
      "#RAR 0 20250101 20251231",
    ]);
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it("writes the records in the spec's order, a #VER's rows in a block", () => {
    const labels = writeSieText(rich)
      .split("\r\n")
      .map((line) => line.trim().split(" ")[0]);
    const order = [...new Set(labels)].filter((label) => label !== "");
    expect(order).toEqual([
      "#FLAGGA",
      "#FORMAT",
      "#SIETYP",
      "#PROGRAM",
      "#GEN",
      "#FNAMN",
      "#ORGNR",
      "#KPTYP",
      "#RAR",
      "#KONTO",
      "#KTYP",
      "#IB",
      "#UB",
      "#RES",
      "#PSALDO",
      "#PBUDGET",
      "#VER",
      "{",
      "#TRANS",
      "}",
    ]);
  });

  it('writes amounts with two decimals and a point, empty fields before a given one as ""', () => {
    const text = writeSieText(rich);
    expect(text).toContain("#IB 0 1930 1000000.25\r\n");
    expect(text).toContain("#RES -1 3511 -0.01\r\n");
    expect(text).toContain('   #TRANS 3511 {1 "100"} -10000.00 "" "Efter tomt datum"\r\n');
    expect(text).toContain('#VER L "" 20250125\r\n');
    expect(text).toContain('   #TRANS 1930 {} -11235.00 "" "" "" "lön"\r\n');
  });

  it("encodes PC8 as CP437 bytes, and UTF-8 on request", () => {
    const text = writeSieText(cp437Safe);
    const cp437 = writeSie(cp437Safe, { encoding: "cp437" });
    expect(Buffer.from(cp437).equals(iconv.encode(text, "cp437"))).toBe(true);
    expect([...cp437]).toEqual(expect.arrayContaining([0x8f, 0x99, 0x94])); // Å Ö ö
    expect(Buffer.from(writeSie(rich, { encoding: "utf8" })).toString("utf8")).toBe(writeSieText(rich));
  });

  it("refuses what CP437 cannot hold or a text with a line break, rather than writing ?", () => {
    const euro: SieModel = { ...rich, fnamn: "Kostnad €" };
    expect(() => writeSie(euro, { encoding: "cp437" })).toThrow('tecken som saknas i CP437 (PC8): "€"');
    expect(() => writeSie(euro, { encoding: "utf8" })).not.toThrow();
    expect(() => writeSieText({ ...rich, fnamn: "Två\nrader" })).toThrow(/radbrytning/);
  });
});

describe("write → read", () => {
  it("gives the same model back, CP437", () => {
    const { sie, problems, encoding } = roundTrip(cp437Safe, "cp437");
    expect(encoding).toBe("cp437");
    expect(sie).toEqual(cp437Safe);
    // The rich model is not a complete bookkeeping (no #IB for 2440 …): what it reports is about sums, not syntax.
    expect(problems.filter((p) => !/^konto \d+/.test(p.message))).toEqual([]);
  });

  it("gives the same model back, UTF-8 (with the characters CP437 lacks)", () => {
    const { sie, encoding } = roundTrip(rich, "utf8");
    expect(encoding).toBe("utf8");
    expect(sie).toEqual(rich);
  });

  it("gives the generated förbund year back, with no problems", () => {
    const model = forbundYear();
    const { sie, problems } = roundTrip(model, "cp437");
    expect(sie).toEqual(model);
    expect(problems).toEqual([]);
  });

  it("keeps every amount to the öre and every text, for any such model", () => {
    const alphabet = [...'abcÅÄÖåäöéü 019-"\\{}#\t'];
    const text = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(""));
    const ore = fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 });
    const model = fc.record({ name: text, ore, transText: text, objectId: text }).map(
      ({ name, ore, transText, objectId }): SieModel => ({
        ...forbundYear(),
        fnamn: name,
        ver: [
          {
            series: "A",
            number: "1",
            date: "2025-03-01",
            text: name,
            trans: [
              { account: "1930", objects: [{ dim: 1, id: objectId }], amount: ore / 100, text: transText },
              { account: "3511", objects: [], amount: -ore / 100 || 0 },
            ],
          },
        ],
      }),
    );
    fc.assert(
      fc.property(model, (m) => {
        expect(roundTrip(m, "cp437").sie).toEqual(m);
      }),
      { numRuns: 100 },
    );
  });
});
