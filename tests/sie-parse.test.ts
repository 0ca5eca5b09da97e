// Tokenizing and parsing SIE 4 text: fields, quotes, object lists, #VER blocks, malformed lines,
// labels the reader does not know.
import { describe, expect, it } from "vitest";
import { formatKronor, formatSieAmount, formatSieProblem, parseOre, parseSie, readSie, sumKronor, tokenizeSie } from "../src/import/sie/index.ts";

const sie = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
const bytes = (text: string) => new TextEncoder().encode(text);
const lineOf = (text: string, start: string) => text.split(/\r\n/).findIndex((line) => line.startsWith(start)) + 1;

describe("amounts", () => {
  it("are read exactly into öre: point decimals, at most two that are not zero", () => {
    expect(["-1000.50", "1000.5", "+5", "0", "-0.00", "12.500", "007"].map(parseOre)).toEqual([-100050, 100050, 500, 0, 0, 1250, 700]);
    expect(["12,50", "12.505", "1e3", "", "-", "1 000", ".5", "5."].map(parseOre)).toEqual(Array(8).fill(undefined));
  });

  it("are summed in öre and written back with two decimals", () => {
    expect(sumKronor([0.1, 0.2, -0.3])).toBe(0);
    expect(sumKronor([0.1, 0.2])).toBe(0.3);
    expect(sumKronor([1_234_567.89, 0.11])).toBe(1_234_568);
    expect([-1000.5, 0.07, 0, -0.01, 12345678.9].map(formatSieAmount)).toEqual(["-1000.50", "0.07", "0.00", "-0.01", "12345678.90"]);
    expect(formatKronor(-1234.5)).toBe("\u22121\u00a0234,50 kr");
  });
});

describe("tokenizing", () => {
  it('splits fields on spaces and tabs, reads quoted strings with \\" and \\\\', () => {
    const [record] = tokenizeSie('#KONTO\t1930  "Bank \\"Swedbank\\" och C:\\\\kassa"');
    expect(record).toEqual({
      kind: "record",
      line: 1,
      label: "#KONTO",
      fields: [
        { kind: "text", value: "1930", quoted: false },
        { kind: "text", value: 'Bank "Swedbank" och C:\\kassa', quoted: true },
      ],
    });
  });

  it("reads object lists: empty, with pairs, with quoted ids, next to other fields", () => {
    const [a, b, c] = tokenizeSie('#TRANS 3010 {} -1000.00\n#TRANS 5010 {1 "100" 6 "P 1"} 500\n#TRANS 5020 {1 100}250.50');
    expect(a).toMatchObject({ fields: [{ value: "3010" }, { kind: "list", items: [] }, { value: "-1000.00" }] });
    expect(b).toMatchObject({ fields: [{ value: "5010" }, { kind: "list", items: ["1", "100", "6", "P 1"] }, { value: "500" }] });
    expect(c).toMatchObject({ fields: [{ value: "5020" }, { kind: "list", items: ["1", "100"] }, { value: "250.50" }] });
  });

  it("skips empty lines but keeps the line numbers of the rest, and sees block braces", () => {
    const lines = tokenizeSie("#FLAGGA 0\n\n   \n#VER A 1 20250101\n{\n  #TRANS 1930 {} 1\n}\n");
    expect(lines.map((line) => [line.kind, line.line])).toEqual([
      ["record", 1],
      ["record", 4],
      ["open", 5],
      ["record", 6],
      ["close", 7],
    ]);
  });

  it("reports an unterminated quote and an unterminated object list with their column", () => {
    const [quote, list] = tokenizeSie('#KONTO 1930 "Bank\n#TRANS 1930 {1 "100" 500');
    expect(quote).toMatchObject({ error: "citattecknet i kolumn 13 avslutas aldrig" });
    expect(list).toMatchObject({ error: "objektlistan i kolumn 13 avslutas aldrig med }" });
  });
});

describe("parsing", () => {
  const text = sie(
    "#FLAGGA 0",
    "#FORMAT PC8",
    "#SIETYP 4",
    '#PROGRAM "Visma Förening" 2025.1',
    "#GEN 20260215 Ekonomi",
    '#FNAMN "Samordningsförbundet i Jämtlands län"',
    "#ORGNR 222000-1867",
    "#RAR 0 20250101 20251231",
    "#RAR -1 20240101 20241231",
    '#KONTO 1930 "Företagskonto"',
    "#KTYP 1930 T",
    '#KONTO 3010 "Medlemsbidrag"',
    "#KTYP 3010 I",
    "#IB 0 1930 1000.00",
    "#UB 0 1930 1500.5",
    "#RES 0 3010 -500.50",
    '#PSALDO 0 202501 3010 {1 "10"} -500.50 3',
    "#PBUDGET 0 202501 3010 {} -600",
    '#VER A 1 20250115 "Bidrag \\"jan\\"" 20250116 Anna',
    "{",
    '   #TRANS 1930 {} 500.50 20250115 "Insättning" 2 Anna',
    '   #TRANS 3010 {1 "10"} -500.50',
    "}",
  );

  it("reads every record into the model, amounts in kronor, dates ISO", () => {
    const { sie: model, problems } = parseSie(text);
    expect(problems).toEqual([]);
    expect(model).toMatchObject({
      flagga: 0,
      format: "PC8",
      sietyp: "4",
      program: { name: "Visma Förening", version: "2025.1" },
      gen: { date: "2026-02-15", sign: "Ekonomi" },
      fnamn: "Samordningsförbundet i Jämtlands län",
      orgnr: "222000-1867",
      rar: [
        { year: 0, start: "2025-01-01", end: "2025-12-31", line: 8 },
        { year: -1, start: "2024-01-01", end: "2024-12-31", line: 9 },
      ],
      konton: [
        { account: "1930", name: "Företagskonto", type: "T", line: 10 },
        { account: "3010", name: "Medlemsbidrag", type: "I", line: 12 },
      ],
      ib: [{ year: 0, account: "1930", amount: 1000 }],
      ub: [{ year: 0, account: "1930", amount: 1500.5 }],
      res: [{ year: 0, account: "3010", amount: -500.5 }],
      psaldo: [{ year: 0, period: "2025-01", account: "3010", objects: [{ dim: 1, id: "10" }], amount: -500.5, quantity: 3 }],
      pbudget: [{ year: 0, period: "2025-01", account: "3010", objects: [], amount: -600 }],
      ver: [
        {
          series: "A",
          number: "1",
          date: "2025-01-15",
          text: 'Bidrag "jan"',
          regdate: "2025-01-16",
          sign: "Anna",
          line: 19,
          trans: [
            { account: "1930", objects: [], amount: 500.5, date: "2025-01-15", text: "Insättning", quantity: 2, sign: "Anna", line: 21 },
            { account: "3010", objects: [{ dim: 1, id: "10" }], amount: -500.5, line: 22 },
          ],
        },
      ],
    });
  });

  it("reads amounts exactly: no float drift, no −0", () => {
    const { sie: model } = parseSie(sie("#UB 0 1930 0.10", "#UB 0 1931 0.20", "#UB 0 1932 -0.00", "#UB 0 1933 12345678.99"));
    expect(model.ub.map((ub) => ub.amount)).toEqual([0.1, 0.2, 0, 12345678.99]);
    expect(Object.is(model.ub[2]!.amount, 0)).toBe(true);
  });

  it("ignores labels it does not read, without a problem, and keeps reading", () => {
    const result = readSie(
      bytes(
        sie(
          "#FLAGGA 0",
          "#SIETYP 4",
          "#RAR 0 20250101 20251231",
          '#ADRESS "Kontakt" "Storgatan 1" "831 30 Östersund" "063-10 00 00"',
          '#FOOBAR 1 {2 3} "okänt"',
          '#KONTO 1930 "Bank"',
          "#SRU 1930 7281",
        ),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.ignored).toEqual([
      { label: "#ADRESS", line: 4 },
      { label: "#FOOBAR", line: 5 },
      { label: "#SRU", line: 7 },
    ]);
    expect(result.sie.konton).toMatchObject([{ account: "1930", name: "Bank" }]);
  });

  it("skips #RTRANS and #BTRANS rows inside a block (the #TRANS after an #RTRANS is the row)", () => {
    const { sie: model, ignored } = parseSie(
      sie("#VER A 1 20250115", "{", "#BTRANS 1930 {} 100", "#RTRANS 1940 {} 100", "#TRANS 1940 {} 100", "#TRANS 3010 {} -100", "}"),
    );
    expect(model.ver[0]!.trans.map((t) => t.account)).toEqual(["1940", "3010"]);
    expect(ignored.map((i) => i.label)).toEqual(["#BTRANS", "#RTRANS"]);
  });

  it("reads a 4I file (#SIETYP 4, nothing but vouchers)", () => {
    const { sie: model, problems } = parseSie(
      sie("#FLAGGA 0", "#SIETYP 4", '#VER "" "" 20250131 "Lön januari"', "{", "#TRANS 5010 {} 100", "#TRANS 1930 {} -100", "}"),
    );
    expect(problems).toEqual([]);
    expect(model.ver).toMatchObject([{ series: "", number: "", date: "2025-01-31", text: "Lön januari" }]);
  });
});

describe("malformed lines", () => {
  const text = sie(
    "#FLAGGA 0",
    "#SIETYP 4",
    "#RAR 0 20250101 20251231",
    '#KONTO 1930 "Bank',
    "#UB 0 1930 12,50",
    "#VER A 1 20251301",
    "{",
    "#TRANS 1930 {} 100",
    "}",
    "#TRANS 1930 {} 100",
    "#PSALDO 0 202513 3010 {} 5",
    "#TRANS 1930 {1} 5",
    "Detta är ingen post",
    "#VER A 2 20250101",
    "{",
    "#TRANS 1930 {} 1",
  );
  const { problems } = parseSie(text, "bokslut.se");
  const messages = problems.map(formatSieProblem);

  it("names file, line and what is wrong, every one at once", () => {
    expect(messages).toEqual([
      "bokslut.se:4: #KONTO: citattecknet i kolumn 13 avslutas aldrig",
      'bokslut.se:5: #UB: beloppet "12,50" är inte ett SIE-belopp (punkt som decimaltecken, högst två decimaler)',
      'bokslut.se:6: #VER: verifikationsdatumet "20251301" är inte ett datum (ÅÅÅÅMMDD)',
      "bokslut.se:10: #TRANS står utanför ett #VER-block",
      'bokslut.se:11: #PSALDO: perioden "202513" är inte en månad (ÅÅÅÅMM)',
      "bokslut.se:12: #TRANS står utanför ett #VER-block",
      'bokslut.se:13: varning: raden börjar inte med en #etikett och hoppas över: "Detta är ingen post"',
      "bokslut.se:14: blocket till #VER A 2 avslutas aldrig med }",
    ]);
  });

  it("marks what it could not read, so that validation does not add wrong sums", () => {
    const { unreadable } = parseSie(text);
    expect([...unreadable.accounts]).toEqual(["1930", "3010"]);
  });

  it("says so once when the file is not SIE at all, and counts rather than lists a flood of bad lines", () => {
    const html = sie("<!DOCTYPE html>", "<html><head>", "<title>404</title>");
    expect(parseSie(html).problems.map(formatSieProblem)).toEqual(["fil.se: filen innehåller inga SIE-poster (ingen rad börjar med #)"]);
    const noisy = sie("#SIETYP 4", ...Array.from({ length: 25 }, (_, i) => `skräp ${i}`));
    const problems = parseSie(noisy).problems.map(formatSieProblem);
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)).toBe("fil.se: varning: ytterligare 15 rader utan #etikett hoppades över");
  });

  it("reports a #SIETYP other than 4, and a missing one", () => {
    expect(parseSie(sie("#SIETYP 2")).problems.map(formatSieProblem)).toEqual(["fil.se:1: #SIETYP 2: bara SIE typ 4 (verifikationer och saldon) läses här"]);
    expect(parseSie(sie("#FLAGGA 0")).problems.map(formatSieProblem)).toEqual(["fil.se: filen saknar #SIETYP (väntade 4)"]);
    expect(parseSie(sie("#SIETYP 4E")).problems).toEqual([]);
  });

  it("reports a #VER without its block and a block without #VER", () => {
    const text2 = sie("#SIETYP 4", "#VER A 1 20250101", '#KONTO 1930 "Bank"', "{", "}", "}");
    expect(parseSie(text2).problems.map(formatSieProblem)).toEqual([
      "fil.se:2: #VER A 1 saknar sitt block { #TRANS … }",
      "fil.se:4: { utan #VER före",
      "fil.se:6: } utan { före",
    ]);
    expect(lineOf(text2, "{")).toBe(4);
  });
});
