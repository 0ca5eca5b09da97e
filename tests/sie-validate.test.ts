// Does a file add up: vouchers balance, #IB + #TRANS = #UB, #TRANS = #RES, accounts declared,
// the fiscal year the one asked for. Files are generated with the writer, then changed.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fiscalYear, formatSieProblem, readSie, type SieModel, writeSie, writeSieText, yearOf } from "../src/import/sie/index.ts";
import { forbundYear } from "./helpers/sie-model.ts";

const read = (model: SieModel, options: { year?: number } = {}) => readSie(writeSie(model, { encoding: "cp437" }), { file: "bokslut.se", ...options });
const messages = (model: SieModel, options: { year?: number } = {}) => read(model, options).problems.map(formatSieProblem);
/** The 1-based line of the first line of the written file that starts with `start`. */
const lineOf = (model: SieModel, start: string) =>
  writeSieText(model)
    .split("\r\n")
    .findIndex((line) => line.trimStart().startsWith(start)) + 1;

describe("a consistent file", () => {
  it("has no problems", () => {
    expect(messages(forbundYear(), { year: 2025 })).toEqual([]);
  });
});

describe("vouchers", () => {
  it("reports a #VER whose #TRANS do not sum to 0, on the line of the #VER", () => {
    const model = forbundYear();
    model.ver[4]!.trans[0]!.amount += 100; // A 5, sociala avgifter
    const line = lineOf(model, "#VER A 5 ");
    expect(line).toBeGreaterThan(0);
    expect(messages(model)).toContain(`bokslut.se:${line}: #VER A 5 balanserar inte: summan av #TRANS är 100,00 kr, väntade 0`);
  });

  it("sums in öre: 0.10 + 0.20 − 0.30 balances", () => {
    const model = forbundYear();
    model.ver.push({
      series: "B",
      number: "1",
      date: "2025-12-31",
      text: "Öresavrundning",
      trans: [
        { account: "1930", objects: [], amount: 0.1 },
        { account: "1930", objects: [], amount: 0.2 },
        { account: "1510", objects: [], amount: -0.3 },
      ],
    });
    model.ub.find((ub) => ub.account === "1930")!.amount += 0.3;
    model.ub.find((ub) => ub.account === "1510")!.amount -= 0.3;
    expect(messages(model)).toEqual([]);
  });

  it("warns about a #TRANS on an account without #KONTO, once per account, at its first use", () => {
    const model = forbundYear();
    model.konton = model.konton.filter((konto) => konto.account !== "6110");
    const line = lineOf(model, "#TRANS 6110 ");
    expect(messages(model)).toEqual([`bokslut.se:${line}: varning: konto 6110 används i #TRANS men saknar #KONTO`]);
    expect(read(model).problems[0]!.severity).toBe("varning");
  });

  it("warns about a #VER dated outside the fiscal year and leaves it out of the year's sums", () => {
    const model = forbundYear();
    model.ver.push({
      series: "A",
      number: "13",
      date: "2026-01-05",
      text: "Nästa år",
      trans: [
        { account: "1930", objects: [], amount: 1000 },
        { account: "3513", objects: [], amount: -1000 },
      ],
    });
    const line = lineOf(model, "#VER A 13 ");
    expect(messages(model)).toEqual([
      `bokslut.se:${line}: varning: #VER A 13 är daterad 2026-01-05, utanför räkenskapsåret 2025-01-01–2025-12-31; räknas inte in i årets saldon`,
    ]);
  });
});

describe("balances against transactions", () => {
  it("reports #UB ≠ #IB + #TRANS on the line of the #UB", () => {
    const model = forbundYear();
    model.ub.find((ub) => ub.year === 0 && ub.account === "1930")!.amount += 1000;
    const line = lineOf(model, "#UB 0 1930 ");
    expect(messages(model)).toEqual([
      `bokslut.se:${line}: konto 1930 (Företagskonto): #IB 3\u00a0000\u00a0000,00 kr + #TRANS 1\u00a0918\u00a0000,00 kr = ` +
        "4\u00a0918\u00a0000,00 kr, men #UB är 4\u00a0919\u00a0000,00 kr (skillnad 1\u00a0000,00 kr)",
    ]);
  });

  it("reports #RES ≠ the sum of #TRANS on the line of the #RES", () => {
    const model = forbundYear();
    model.res.find((res) => res.year === 0 && res.account === "3511")!.amount = -4_000_000;
    const line = lineOf(model, "#RES 0 3511 ");
    expect(messages(model)).toEqual([
      `bokslut.se:${line}: konto 3511 (Medlemsbidrag Försäkringskassan): summan av #TRANS är −4\u00a0113\u00a0500,00 kr, ` +
        "men #RES är −4\u00a0000\u00a0000,00 kr (skillnad 113\u00a0500,00 kr)",
    ]);
  });

  it("counts an account the file leaves out of #UB as 0", () => {
    const model = forbundYear();
    model.ub = model.ub.filter((ub) => !(ub.year === 0 && ub.account === "2211"));
    expect(messages(model)).toEqual([
      expect.stringMatching(/^bokslut\.se:\d+: konto 2211 \(Avsättningar för pensioner\): #IB 0,00 kr \+ #TRANS −200\u00a0000,00 kr/),
    ]);
  });

  it("does not compare when the file has vouchers but no balances (a 4I file)", () => {
    const model = forbundYear();
    model.ib = [];
    model.ub = [];
    model.res = [];
    expect(messages(model)).toEqual([]);
  });

  it("does not add up what it could not read: one fel for a bad amount, not three", () => {
    const model = forbundYear();
    const text = writeSieText(model).replace("#TRANS 5411 {} 376000.00", "#TRANS 5411 {} 376000,00");
    const problems = readSie(iconv.encode(text, "cp437"), { file: "bokslut.se" }).problems;
    expect(problems.map((p) => p.message)).toEqual(['#TRANS: beloppet "376000,00" är inte ett SIE-belopp (punkt som decimaltecken, högst två decimaler)']);
  });

  it("reports every problem at once, in file order", () => {
    const model = forbundYear();
    model.konton = model.konton.filter((konto) => konto.account !== "7010");
    model.ver[0]!.trans[1]!.amount = -4_113_000;
    model.ub.find((ub) => ub.year === 0 && ub.account === "1510")!.amount = 0;
    const problems = read(model).problems;
    expect(problems.map((p) => [p.severity, p.message.slice(0, 30)])).toEqual([
      ["fel", "konto 1510 (Kundfordringar): #"],
      ["fel", "konto 3511 (Medlemsbidrag Förs"],
      ["fel", "#VER A 1 balanserar inte: summ"],
      ["varning", "konto 7010 används i #TRANS me"],
    ]);
    expect(problems.map((p) => p.line)).toEqual([...problems.map((p) => p.line!)].sort((a, b) => a - b));
  });
});

describe("the fiscal year", () => {
  it("is #RAR 0; yearOf gives the calendar year it ends in", () => {
    const model = forbundYear({ year: 2024 });
    const { sie } = read(model);
    expect(fiscalYear(sie)).toMatchObject({ year: 0, start: "2024-01-01", end: "2024-12-31" });
    expect(fiscalYear(sie, -1)).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
    expect(yearOf(sie)).toBe(2024);
    expect(yearOf({ ...sie, rar: [{ year: 0, start: "2024-07-01", end: "2025-06-30" }] })).toBe(2025);
  });

  it("reports a file of another year than the one asked for, on the #RAR 0 line", () => {
    const model = forbundYear({ year: 2024 });
    expect(messages(model, { year: 2024 })).toEqual([]);
    expect(messages(model, { year: 2025 })).toEqual([
      `bokslut.se:${lineOf(model, "#RAR 0 ")}: filen gäller räkenskapsåret 2024-01-01–2024-12-31 (#RAR 0), inte 2025`,
    ]);
  });

  it("reports a missing #RAR 0 as a fel of the whole file", () => {
    const model = forbundYear();
    model.rar = model.rar.filter((rar) => rar.year !== 0);
    const { sie, problems } = read(model);
    expect(yearOf(sie)).toBeUndefined();
    expect(problems).toEqual([{ file: "bokslut.se", severity: "fel", message: "filen saknar #RAR 0 (räkenskapsåret den gäller)" }]);
  });
});
