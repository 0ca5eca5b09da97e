// Swedish allmänna helgdagar (lag 1989:253) and the days a legal deadline moves past (lag 1930:173 2 §).
import { describe, expect, it } from "vitest";
import { aftonName, easterSunday, holidayName, isDeadlineFreeDay, isPublicHoliday, nextWorkingDay, publicHolidays } from "../src/compute/holidays.ts";

// Every named allmän helgdag 2025–2035, as the published Swedish calendar gives them (checked
// against printed calendars for 2025–2028 and 2030; the other years worked out by the law's rules
// from the Easter Sundays 04-20, 04-05, 03-28, 04-16, 04-01, 04-21, 04-13, 03-28, 04-17, 04-09, 03-25).
const calendar: [date: string, name: string][] = [
  // 2025
  ["2025-01-01", "nyårsdagen"],
  ["2025-01-06", "trettondedag jul"],
  ["2025-04-18", "långfredagen"],
  ["2025-04-20", "påskdagen"],
  ["2025-04-21", "annandag påsk"],
  ["2025-05-01", "första maj"],
  ["2025-05-29", "Kristi himmelsfärdsdag"],
  ["2025-06-06", "nationaldagen"],
  ["2025-06-08", "pingstdagen"],
  ["2025-06-21", "midsommardagen"],
  ["2025-11-01", "alla helgons dag"],
  ["2025-12-25", "juldagen"],
  ["2025-12-26", "annandag jul"],
  // 2026
  ["2026-01-01", "nyårsdagen"],
  ["2026-01-06", "trettondedag jul"],
  ["2026-04-03", "långfredagen"],
  ["2026-04-05", "påskdagen"],
  ["2026-04-06", "annandag påsk"],
  ["2026-05-01", "första maj"],
  ["2026-05-14", "Kristi himmelsfärdsdag"],
  ["2026-05-24", "pingstdagen"],
  ["2026-06-06", "nationaldagen"],
  ["2026-06-20", "midsommardagen"],
  ["2026-10-31", "alla helgons dag"],
  ["2026-12-25", "juldagen"],
  ["2026-12-26", "annandag jul"],
  // 2027
  ["2027-01-01", "nyårsdagen"],
  ["2027-01-06", "trettondedag jul"],
  ["2027-03-26", "långfredagen"],
  ["2027-03-28", "påskdagen"],
  ["2027-03-29", "annandag påsk"],
  ["2027-05-01", "första maj"],
  ["2027-05-06", "Kristi himmelsfärdsdag"],
  ["2027-05-16", "pingstdagen"],
  ["2027-06-06", "nationaldagen"],
  ["2027-06-26", "midsommardagen"],
  ["2027-11-06", "alla helgons dag"],
  ["2027-12-25", "juldagen"],
  ["2027-12-26", "annandag jul"],
  // 2028
  ["2028-01-01", "nyårsdagen"],
  ["2028-01-06", "trettondedag jul"],
  ["2028-04-14", "långfredagen"],
  ["2028-04-16", "påskdagen"],
  ["2028-04-17", "annandag påsk"],
  ["2028-05-01", "första maj"],
  ["2028-05-25", "Kristi himmelsfärdsdag"],
  ["2028-06-04", "pingstdagen"],
  ["2028-06-06", "nationaldagen"],
  ["2028-06-24", "midsommardagen"],
  ["2028-11-04", "alla helgons dag"],
  ["2028-12-25", "juldagen"],
  ["2028-12-26", "annandag jul"],
  // 2029
  ["2029-01-01", "nyårsdagen"],
  ["2029-01-06", "trettondedag jul"],
  ["2029-03-30", "långfredagen"],
  ["2029-04-01", "påskdagen"],
  ["2029-04-02", "annandag påsk"],
  ["2029-05-01", "första maj"],
  ["2029-05-10", "Kristi himmelsfärdsdag"],
  ["2029-05-20", "pingstdagen"],
  ["2029-06-06", "nationaldagen"],
  ["2029-06-23", "midsommardagen"],
  ["2029-11-03", "alla helgons dag"],
  ["2029-12-25", "juldagen"],
  ["2029-12-26", "annandag jul"],
  // 2030
  ["2030-01-01", "nyårsdagen"],
  ["2030-01-06", "trettondedag jul"],
  ["2030-04-19", "långfredagen"],
  ["2030-04-21", "påskdagen"],
  ["2030-04-22", "annandag påsk"],
  ["2030-05-01", "första maj"],
  ["2030-05-30", "Kristi himmelsfärdsdag"],
  ["2030-06-06", "nationaldagen"],
  ["2030-06-09", "pingstdagen"],
  ["2030-06-22", "midsommardagen"],
  ["2030-11-02", "alla helgons dag"],
  ["2030-12-25", "juldagen"],
  ["2030-12-26", "annandag jul"],
  // 2031
  ["2031-01-01", "nyårsdagen"],
  ["2031-01-06", "trettondedag jul"],
  ["2031-04-11", "långfredagen"],
  ["2031-04-13", "påskdagen"],
  ["2031-04-14", "annandag påsk"],
  ["2031-05-01", "första maj"],
  ["2031-05-22", "Kristi himmelsfärdsdag"],
  ["2031-06-01", "pingstdagen"],
  ["2031-06-06", "nationaldagen"],
  ["2031-06-21", "midsommardagen"],
  ["2031-11-01", "alla helgons dag"],
  ["2031-12-25", "juldagen"],
  ["2031-12-26", "annandag jul"],
  // 2032
  ["2032-01-01", "nyårsdagen"],
  ["2032-01-06", "trettondedag jul"],
  ["2032-03-26", "långfredagen"],
  ["2032-03-28", "påskdagen"],
  ["2032-03-29", "annandag påsk"],
  ["2032-05-01", "första maj"],
  ["2032-05-06", "Kristi himmelsfärdsdag"],
  ["2032-05-16", "pingstdagen"],
  ["2032-06-06", "nationaldagen"],
  ["2032-06-26", "midsommardagen"],
  ["2032-11-06", "alla helgons dag"],
  ["2032-12-25", "juldagen"],
  ["2032-12-26", "annandag jul"],
  // 2033
  ["2033-01-01", "nyårsdagen"],
  ["2033-01-06", "trettondedag jul"],
  ["2033-04-15", "långfredagen"],
  ["2033-04-17", "påskdagen"],
  ["2033-04-18", "annandag påsk"],
  ["2033-05-01", "första maj"],
  ["2033-05-26", "Kristi himmelsfärdsdag"],
  ["2033-06-05", "pingstdagen"],
  ["2033-06-06", "nationaldagen"],
  ["2033-06-25", "midsommardagen"],
  ["2033-11-05", "alla helgons dag"],
  ["2033-12-25", "juldagen"],
  ["2033-12-26", "annandag jul"],
  // 2034
  ["2034-01-01", "nyårsdagen"],
  ["2034-01-06", "trettondedag jul"],
  ["2034-04-07", "långfredagen"],
  ["2034-04-09", "påskdagen"],
  ["2034-04-10", "annandag påsk"],
  ["2034-05-01", "första maj"],
  ["2034-05-18", "Kristi himmelsfärdsdag"],
  ["2034-05-28", "pingstdagen"],
  ["2034-06-06", "nationaldagen"],
  ["2034-06-24", "midsommardagen"],
  ["2034-11-04", "alla helgons dag"],
  ["2034-12-25", "juldagen"],
  ["2034-12-26", "annandag jul"],
  // 2035
  ["2035-01-01", "nyårsdagen"],
  ["2035-01-06", "trettondedag jul"],
  ["2035-03-23", "långfredagen"],
  ["2035-03-25", "påskdagen"],
  ["2035-03-26", "annandag påsk"],
  ["2035-05-01", "första maj"],
  ["2035-05-03", "Kristi himmelsfärdsdag"],
  ["2035-05-13", "pingstdagen"],
  ["2035-06-06", "nationaldagen"],
  ["2035-06-23", "midsommardagen"],
  ["2035-11-03", "alla helgons dag"],
  ["2035-12-25", "juldagen"],
  ["2035-12-26", "annandag jul"],
];

describe("publicHolidays", () => {
  for (let year = 2025; year <= 2035; year++) {
    it(`gives the thirteen named holidays of ${year}`, () => {
      const expected = calendar.filter(([date]) => date.startsWith(`${year}-`)).map(([date, name]) => ({ date, name }));
      expect(expected).toHaveLength(13);
      expect(publicHolidays(year)).toEqual(expected);
    });
  }

  it("finds påskdagen by the Gregorian computus, also at its earliest and latest", () => {
    expect(easterSunday(2019)).toBe("2019-04-21"); // the astronomical full moon (21 March) would give 24 March
    expect(easterSunday(2000)).toBe("2000-04-23");
    expect(easterSunday(2008)).toBe("2008-03-23");
    expect(easterSunday(2038)).toBe("2038-04-25"); // latest possible
    expect(easterSunday(2285)).toBe("2285-03-22"); // earliest possible
  });

  it("has annandag pingst up to 2004 and nationaldagen from 2005 (SFS 2004:1320)", () => {
    const names = (year: number) => publicHolidays(year).map((h) => `${h.date} ${h.name}`);
    expect(names(2004)).toContain("2004-05-31 annandag pingst");
    expect(names(2004).some((h) => h.endsWith("nationaldagen"))).toBe(false);
    expect(names(2005)).toContain("2005-06-06 nationaldagen");
    expect(names(2005).some((h) => h.endsWith("annandag pingst"))).toBe(false);
  });

  it("refuses years the law's rules are not known for", () => {
    expect(() => publicHolidays(1989)).toThrow(RangeError);
    expect(() => publicHolidays(2026.5)).toThrow(RangeError);
  });
});

describe("allmänna helgdagar and deadline-free days", () => {
  it("counts every Sunday as an allmän helgdag, a Saturday only when it is named", () => {
    expect(isPublicHoliday("2026-03-15")).toBe(true); // an ordinary Sunday
    expect(isPublicHoliday("2026-03-14")).toBe(false); // an ordinary Saturday
    expect(isPublicHoliday("2026-06-20")).toBe(true); // midsommardagen
    expect(isPublicHoliday("2026-06-19")).toBe(false); // midsommarafton is not a helgdag
    expect(holidayName("2026-04-06")).toBe("annandag påsk");
    expect(holidayName("2026-04-07")).toBeUndefined();
  });

  it("names the three aftnar of 1930:173 and no others", () => {
    expect(aftonName("2026-06-19")).toBe("midsommarafton");
    expect(aftonName("2027-06-25")).toBe("midsommarafton");
    expect(aftonName("2026-12-24")).toBe("julafton");
    expect(aftonName("2026-12-31")).toBe("nyårsafton");
    expect(aftonName("2026-06-26")).toBeUndefined(); // a Friday in the window, but not the one before midsommardagen
    expect(aftonName("2026-01-05")).toBeUndefined(); // trettondagsafton
    expect(aftonName("2026-04-30")).toBeUndefined(); // valborgsmässoafton
  });

  it("tells which days a deadline cannot end on", () => {
    const free = ["2026-03-14", "2026-03-15", "2026-01-01", "2026-04-03", "2026-05-14", "2028-06-06", "2026-06-19", "2026-12-24", "2026-12-31"];
    const working = ["2026-03-13", "2026-03-16", "2026-01-05", "2026-04-02", "2026-04-30", "2026-05-25", "2026-10-30", "2026-12-23", "2026-12-30"];
    for (const day of free) expect(isDeadlineFreeDay(day), day).toBe(true);
    for (const day of working) expect(isDeadlineFreeDay(day), day).toBe(false);
  });

  it("refuses a day that does not exist", () => {
    expect(() => isDeadlineFreeDay("2026-02-30")).toThrow(/not a date/);
    expect(() => nextWorkingDay("13 mars 2026")).toThrow(/not a date/);
  });
});

describe("nextWorkingDay", () => {
  const cases: [from: string, to: string, why: string][] = [
    ["2026-03-17", "2026-03-17", "an ordinary Tuesday"],
    ["2026-03-14", "2026-03-16", "Saturday"],
    ["2026-03-15", "2026-03-16", "Sunday"],
    ["2025-12-31", "2026-01-02", "nyårsafton, then nyårsdagen"],
    ["2026-01-01", "2026-01-02", "nyårsdagen on a Thursday"],
    ["2027-12-31", "2028-01-03", "nyårsafton on a Friday, nyårsdagen on a Saturday"],
    ["2026-01-05", "2026-01-05", "trettondagsafton is a working day"],
    ["2026-01-06", "2026-01-07", "trettondedag jul"],
    ["2026-04-02", "2026-04-02", "skärtorsdagen is a working day"],
    ["2026-04-03", "2026-04-07", "långfredagen, påskafton, påskdagen, annandag påsk"],
    ["2026-04-04", "2026-04-07", "påskafton"],
    ["2026-04-06", "2026-04-07", "annandag påsk"],
    ["2026-04-30", "2026-04-30", "valborgsmässoafton is a working day"],
    ["2026-05-01", "2026-05-04", "första maj on a Friday"],
    ["2026-05-14", "2026-05-15", "Kristi himmelsfärdsdag"],
    ["2026-05-24", "2026-05-25", "pingstdagen; annandag pingst is a working day since 2005"],
    ["2028-06-06", "2028-06-07", "nationaldagen on a Tuesday"],
    ["2026-06-06", "2026-06-08", "nationaldagen on a Saturday"],
    ["2026-06-19", "2026-06-22", "midsommarafton"],
    ["2027-06-25", "2027-06-28", "midsommarafton at the end of the window"],
    ["2026-10-30", "2026-10-30", "the Friday before alla helgons dag is a working day"],
    ["2026-10-31", "2026-11-02", "alla helgons dag"],
    ["2025-12-24", "2025-12-29", "julafton, juldagen, annandag jul, then a weekend"],
    ["2027-12-24", "2027-12-27", "julafton on a Friday, juldagen and annandag jul on the weekend"],
    ["2026-12-23", "2026-12-23", "the day before julafton"],
  ];
  for (const [from, to, why] of cases) {
    it(`${from} → ${to} (${why})`, () => {
      expect(nextWorkingDay(from)).toBe(to);
    });
  }
});
