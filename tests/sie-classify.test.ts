// Summing a file into categories: the Kommun-Bas default, the companies' BAS, a mapping given as
// data. Expected sums are written out here (the Jämtland driftsredovisning 2025 and 2024 in kr);
// årets resultat and the balance are computed from them in the test, not taken from the module.
import { describe, expect, it } from "vitest";
import { BAS, checkMapping, classifySie, KATEGORIER, KOMMUN_BAS, readSie, type SieModel, targetOf, writeSie } from "../src/import/sie/index.ts";
import { forbundYear } from "./helpers/sie-model.ts";

const fromFile = (model: SieModel) => readSie(writeSie(model, { encoding: "cp437" })).sie;

describe("Kommun-Bas default", () => {
  const { years, unclassified } = classifySie(fromFile(forbundYear()));
  const [y2025, y2024] = years;

  it("sums the result accounts of year 0 in the project's sign: income positive, costs negative", () => {
    expect(y2025).toMatchObject({ index: 0, year: 2025, sources: { resultat: "#RES", balans: "#UB" } });
    const t = y2025!.totals;
    expect(t.verksamhetens_intakter).toBe(8_227_000);
    expect(t.personalkostnader).toBe(-1_776_000);
    expect(t.ovriga_verksamhetskostnader).toBe(-5_099_000); // insatser 4 447 000 + drift 652 000
    expect(t.finansiella_intakter).toBe(9_000);
    expect(t.finansiella_kostnader).toBe(-90_000);
    const arets = t.verksamhetens_intakter! + t.personalkostnader! + t.ovriga_verksamhetskostnader! + t.finansiella_intakter! + t.finansiella_kostnader!;
    expect(arets).toBe(1_271_000);
    expect(y2025!.aretsResultat).toBe(arets);
    expect(unclassified).toEqual([]);
  });

  it("sums the balance accounts: assets positive, eget kapital, avsättningar and skulder positive", () => {
    const t = y2025!.totals;
    expect(t.kassa_och_bank).toBe(4_918_000);
    expect(t.fordringar).toBe(100_000);
    expect(t.eget_kapital).toBe(2_600_000);
    expect(t.avsattningar).toBe(200_000);
    expect(t.skulder).toBe(947_000);
    // The year's result is not yet booked to eget kapital in this file: tillgångar = EK + avsättningar + skulder + resultat.
    expect(t.kassa_och_bank! + t.fordringar!).toBe(t.eget_kapital! + t.avsattningar! + t.skulder! + 1_271_000);
  });

  it("sums year −1 from #RES -1 and #UB -1", () => {
    expect(y2024).toMatchObject({ index: -1, year: 2024, sources: { resultat: "#RES", balans: "#UB" } });
    const t = y2024!.totals;
    expect(t.verksamhetens_intakter).toBe(8_484_000);
    expect(t.personalkostnader).toBe(-2_452_000);
    expect(t.ovriga_verksamhetskostnader).toBe(-6_766_000); // insatser 6 134 000 + drift 632 000
    expect(t.finansiella_intakter! + t.finansiella_kostnader!).toBe(140_000);
    expect(t.verksamhetens_intakter! + t.personalkostnader! + t.ovriga_verksamhetskostnader! + 140_000).toBe(-594_000);
    expect(t.kassa_och_bank).toBe(3_000_000);
  });

  it("gives the same sums from #IB and #TRANS when the file has no #RES or #UB", () => {
    const model = forbundYear();
    model.res = model.res.filter((res) => res.year !== 0);
    model.ub = model.ub.filter((ub) => ub.year !== 0);
    const [year0] = classifySie(fromFile(model)).years;
    expect(year0!.sources).toEqual({ resultat: "#TRANS", balans: "#IB+#TRANS" });
    expect(year0!.totals).toEqual(y2025!.totals);
  });

  it("takes year −1's balances from #IB 0 when the file has no #UB -1", () => {
    const model = forbundYear();
    model.ub = model.ub.filter((ub) => ub.year !== -1);
    const [, year1] = classifySie(fromFile(model)).years;
    expect(year1!.sources.balans).toBe("#IB");
    expect(year1!.totals.kassa_och_bank).toBe(3_000_000);
    expect(year1!.totals.eget_kapital).toBe(2_600_000);
  });

  it("lists accounts no rule takes, with their amounts, instead of guessing", () => {
    const model = forbundYear();
    model.konton.push({ account: "8310", name: "Ränteintäkter (BAS)", type: "I" }, { account: "2150", name: "Obeskattade reserver" });
    model.res.push({ year: 0, account: "8310", amount: -1234.5 }, { year: -1, account: "8310", amount: -99 });
    model.ub.push({ year: 0, account: "2150", amount: -500 });
    const result = classifySie(model);
    expect(result.unclassified).toEqual([
      { account: "2150", name: "Obeskattade reserver", kind: "skuld", amounts: [{ index: 0, year: 2025, amount: 500 }] },
      {
        account: "8310",
        name: "Ränteintäkter (BAS)",
        kind: "resultat",
        amounts: [
          { index: 0, year: 2025, amount: 1234.5 },
          { index: -1, year: 2024, amount: 99 },
        ],
      },
    ]);
    // Unclassified result accounts still count in årets resultat.
    expect(result.years[0]!.aretsResultat).toBe(1_271_000 + 1234.5);
  });
});

describe("the companies' BAS", () => {
  it("takes 83xx as finansiella intäkter and 84xx as finansiella kostnader, 70–76 as personal", () => {
    const model: SieModel = {
      rar: [{ year: 0, start: "2025-01-01", end: "2025-12-31" }],
      konton: [],
      ib: [],
      ub: [],
      res: [
        { year: 0, account: "3010", amount: -1_000_000 },
        { year: 0, account: "5010", amount: 100_000 },
        { year: 0, account: "7010", amount: 400_000 },
        { year: 0, account: "7510", amount: 125_680 },
        { year: 0, account: "8310", amount: -2_000 },
        { year: 0, account: "8410", amount: 500 },
      ],
      psaldo: [],
      pbudget: [],
      ver: [],
    };
    expect(classifySie(model, BAS).years[0]!.totals).toEqual({
      verksamhetens_intakter: 1_000_000,
      ovriga_verksamhetskostnader: -100_000,
      personalkostnader: -525_680,
      finansiella_intakter: 2_000,
      finansiella_kostnader: -500,
    });
    // The same file under Kommun-Bas: 8410 is a finansiell intäkt there, 8310 has no default.
    const kommun = classifySie(model, KOMMUN_BAS);
    expect(kommun.years[0]!.totals.finansiella_intakter).toBe(-500);
    expect(kommun.unclassified.map((u) => u.account)).toEqual(["8310"]);
  });
});

describe("a mapping given as data", () => {
  it("is a rule list where the first matching rule wins", () => {
    const mapping = {
      rules: [
        { from: 3510, to: 3511, target: "staten" },
        { from: 3000, to: 3999, target: "intakter" },
        { from: 4000, to: 8999, target: "kostnader" },
        { from: 1000, to: 2999, target: "balans" },
      ],
    };
    const { years, unclassified } = classifySie(fromFile(forbundYear()), mapping);
    expect(years[0]!.totals).toEqual({
      staten: 4_113_500, // 3511 only: the narrower rule comes first
      intakter: 4_113_500, // 3512 + 3513
      kostnader: -(4_447_000 + 1_776_000 + 300_000 + 352_000) + 9_000 - 90_000,
      // Printed sign: tillgångar 5 018 000 plus eget kapital, avsättningar och skulder 3 747 000.
      balans: 5_018_000 + 3_747_000,
    });
    expect(unclassified).toEqual([]);
  });

  it("compares an account at the rule's number of digits: 3-, 5- and 6-digit Kommun-Bas accounts", () => {
    expect(targetOf("3010", KOMMUN_BAS)).toBe("verksamhetens_intakter");
    expect(targetOf("30106", KOMMUN_BAS)).toBe("verksamhetens_intakter");
    expect(targetOf("511", KOMMUN_BAS)).toBe("personalkostnader");
    expect(targetOf("849301", KOMMUN_BAS)).toBe("finansiella_intakter");
    expect(targetOf("8011", KOMMUN_BAS)).toBeUndefined();
    const fine = {
      rules: [
        { from: 30100, to: 30199, target: "a" },
        { from: 3000, to: 3999, target: "b" },
      ],
    };
    expect(targetOf("30106", fine)).toBe("a");
    expect(targetOf("3011", fine)).toBe("a"); // a shorter number stands for its group: 3011 → 30110
    expect(targetOf("3020", fine)).toBe("b");
    expect(targetOf("K3010", fine)).toBeUndefined();
  });

  it("is checked, every problem at once, and classifySie refuses a broken one", () => {
    expect(checkMapping(KOMMUN_BAS)).toEqual([]);
    expect(checkMapping(BAS)).toEqual([]);
    const broken = {
      rules: [
        { from: 3999, to: 3000, target: "x" },
        { from: 300, to: 3999, target: "" },
      ],
    };
    expect(checkMapping(broken)).toEqual([
      "regel 1: from (3999) är större än to (3000)",
      "regel 2: target ska vara en icke-tom text",
      "regel 2: from (300) och to (3999) har olika antal siffror",
    ]);
    expect(() => classifySie(forbundYear(), broken)).toThrow(/Ogiltig kontomappning/);
  });

  it("has a label for every Kommun-Bas target", () => {
    for (const rule of KOMMUN_BAS.rules) expect(KATEGORIER).toHaveProperty(rule.target);
    for (const rule of BAS.rules) expect(KATEGORIER).toHaveProperty(rule.target);
  });
});
