import { describe, expect, it } from "vitest";
import {
  EMPTY,
  formatAmount,
  formatDate,
  formatLongDate,
  formatMonthRange,
  formatNumber,
  formatPercent,
  formatPlainNumber,
  formatYearMonth,
  slugify,
  spacePercent,
} from "../src/format/index.ts";

const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("formatNumber", () => {
  it("writes whole numbers exactly as Intl's sv-SE format does, also in the CSV form", () => {
    const intl = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0, signDisplay: "negative", roundingMode: "halfExpand" });
    const plain = new Intl.NumberFormat("sv-SE", { useGrouping: false, maximumFractionDigits: 0, signDisplay: "negative", roundingMode: "halfExpand" });
    const values = [0, -0, 1, -1, 12, 999, 1000, -1000, 9999, 10_000, 99_999, 100_000, 123_456, -1_234_567, 999_999_999_999, -1e12, Number.MAX_SAFE_INTEGER];
    // Every length of number, each sign, with a digit pattern that shows a misplaced separator.
    for (let digits = 1; digits <= 15; digits++) {
      const n = Number("123456789012345".slice(0, digits));
      values.push(n, -n, 10 ** (digits - 1), -(10 ** (digits - 1)));
    }
    for (const value of values) {
      expect(formatNumber(value), String(value)).toBe(intl.format(value));
      expect(formatPlainNumber(value), String(value)).toBe(plain.format(value).replace(MINUS, "-"));
    }
    // Not whole, or with decimals: Intl's rounding, as before.
    expect(formatNumber(2.5)).toBe("3");
    expect(formatNumber(-0.4)).toBe("0");
    expect(formatNumber(1234, 1)).toBe(`1${NBSP}234,0`);
    expect(formatPlainNumber(-1234.5)).toBe("-1235");
  });

  it("writes 0 as 0 and never a negative zero", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.4)).toBe("0");
  });

  it("uses U+2212 for negatives and U+00A0 between thousands", () => {
    expect(formatNumber(-4447)).toBe(`${MINUS}4${NBSP}447`);
    expect(formatNumber(1234567)).toBe(`1${NBSP}234${NBSP}567`);
  });

  it("rounds .5 away from zero, like the accounts", () => {
    expect(formatNumber(2.5)).toBe("3");
    expect(formatNumber(-2.5)).toBe(`${MINUS}3`);
    expect(formatNumber(1350.5)).toBe(`1${NBSP}351`);
  });

  it("writes decimals with a comma", () => {
    expect(formatNumber(6.7, 1)).toBe("6,7");
    expect(formatNumber(9.4583, 1)).toBe("9,5");
  });

  it("handles very large values", () => {
    expect(formatNumber(1e15)).toBe(["1", "000", "000", "000", "000", "000"].join(NBSP));
  });

  it("shows an empty value as a dash, not as 0", () => {
    expect(formatNumber(null)).toBe(EMPTY);
    expect(formatNumber(undefined)).toBe(EMPTY);
    expect(formatNumber(Number.NaN)).toBe(EMPTY);
  });
});

describe("formatPercent", () => {
  it('writes "35 %" with a non-breaking space', () => {
    expect(formatPercent(0.35)).toBe(`35${NBSP}%`);
    expect(formatPercent(0.355)).toBe(`36${NBSP}%`);
    expect(formatPercent(-0.05)).toBe(`${MINUS}5${NBSP}%`);
    expect(formatPercent(0.169, 1)).toBe(`16,9${NBSP}%`);
    expect(formatPercent(null)).toBe(EMPTY);
  });
});

describe("formatAmount", () => {
  it("adds the document's unit", () => {
    expect(formatAmount(-81, "tkr")).toBe(`${MINUS}81${NBSP}tkr`);
    expect(formatAmount(1378000, "kr")).toBe(`1${NBSP}378${NBSP}000${NBSP}kr`);
    expect(formatAmount(null, "kr")).toBe(EMPTY);
  });
});

describe("dates", () => {
  it("writes ISO dates and Swedish long dates", () => {
    expect(formatDate("2026-03-13")).toBe("2026-03-13");
    expect(formatDate(new Date(Date.UTC(2025, 10, 28)))).toBe("2025-11-28");
    expect(formatLongDate("2026-03-13")).toBe("13 mars 2026");
    expect(() => formatDate("13/3 2026")).toThrow(/not a date/);
    expect(formatMonthRange(1, 7)).toBe("jan–juli");
    expect(formatMonthRange(8, 8)).toBe("aug");
    expect(formatYearMonth("2026-08")).toBe("aug 2026");
    expect(() => formatMonthRange(0, 13)).toThrow(/not a month/);
  });
});

describe("slugify", () => {
  it("drops Swedish diacritics", () => {
    expect(slugify("Samordningsförbundet i Jämtlands län")).toBe("samordningsforbundet-i-jamtlands-lan");
    expect(slugify("  Åre & Östersund ")).toBe("are-ostersund");
  });
});

describe("spacePercent", () => {
  it("sets a per cent sign after a digit with a non-breaking space, whatever space it had", () => {
    expect(spacePercent("Minst 85% av deltagarna, 71 % och 60\u202f%")).toBe("Minst 85\u00a0% av deltagarna, 71\u00a0% och 60\u00a0%");
  });
  it("leaves a sign that follows no digit", () => {
    expect(spacePercent("% av alla, ökning i %")).toBe("% av alla, ökning i %");
  });
});
