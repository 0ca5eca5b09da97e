// The anslagstavla's dates (kommunallagen 8 kap. 12 §, 13 kap. 5 §) and which notices are up on a day.
import { describe, expect, it } from "vitest";
import { addDays, appealEnds, nextWorkingDay, noticeDates, noticeStatus, postingDeadline, sortNotices, takeDownFrom } from "../src/compute/anslagstavla.ts";
import { anslagstavla } from "../src/eleventy/filters/anslagstavla.ts";
import { buildDate } from "../src/site/build-date.ts";

describe("anslagstavla dates", () => {
  it("adds days across months and years", () => {
    expect(addDays("2025-12-10", 2)).toBe("2025-12-12");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("posts no later than the second day after justering", () => {
    expect(postingDeadline("2025-12-10")).toBe("2025-12-12");
  });

  it("moves the posting deadline past a weekend, holiday or afton (lag 1930:173 2 §)", () => {
    // Justerat Thursday 2026-03-12 → +2 = Saturday 2026-03-14 → Monday 2026-03-16.
    expect(postingDeadline("2026-03-12")).toBe("2026-03-16");
    expect(postingDeadline("2026-03-13")).toBe("2026-03-16"); // Sunday → Monday
    expect(postingDeadline("2026-12-22")).toBe("2026-12-28"); // julafton, juldagen, weekend
    expect(postingDeadline("2026-04-01")).toBe("2026-04-07"); // långfredagen … annandag påsk
    const dates = noticeDates("2026-03-05", "2026-03-12");
    expect(dates).toMatchObject({
      posted: "2026-03-16",
      postingDeadline: "2026-03-16",
      appealEnds: "2026-04-07",
      takeDownFrom: "2026-04-08",
      postedLate: false,
    });
    expect(noticeDates("2026-03-05", "2026-03-12", "2026-03-14")).toMatchObject({ postedLate: false, appealEnds: "2026-04-07" }); // posted on the Saturday
    expect(noticeDates("2026-03-05", "2026-03-12", "2026-03-16")).toMatchObject({ postedLate: false });
    expect(noticeDates("2026-03-05", "2026-03-12", "2026-03-17")).toMatchObject({ postedLate: true });
  });

  it("keeps the notice three weeks: the seed's protokoll (justerat 2025-12-10)", () => {
    const dates = noticeDates("2025-11-28", "2025-12-10");
    expect(dates).toMatchObject({ posted: "2025-12-12", appealEnds: "2026-01-02", takeDownFrom: "2026-01-03", postedLate: false, postedEarly: false });
  });

  it("moves the last day to appeal past Easter, Kristi himmelsfärd and midsommarafton", () => {
    expect(appealEnds("2026-03-16")).toBe("2026-04-07"); // 04-06 is annandag påsk
    expect(appealEnds("2026-04-23")).toBe("2026-05-15"); // 05-14 is Kristi himmelsfärdsdag
    expect(appealEnds("2026-05-29")).toBe("2026-06-22"); // 06-19 is midsommarafton, then a weekend
    expect(takeDownFrom("2026-05-29")).toBe("2026-06-23");
    expect(appealEnds("2026-03-17")).toBe("2026-04-07"); // ends on a Tuesday, not moved
  });

  it("moves the last day to appeal past a weekend or fixed-date holiday", () => {
    // Posted Saturday 2025-03-01 → +21 = Saturday 2025-03-22 → Monday 2025-03-24.
    expect(appealEnds("2025-03-01")).toBe("2025-03-24");
    expect(nextWorkingDay("2025-12-24")).toBe("2025-12-29"); // julafton, juldagen, annandag, then a weekend
    expect(nextWorkingDay("2025-12-23")).toBe("2025-12-23");
    expect(takeDownFrom("2025-03-01")).toBe("2025-03-25");
  });

  it("uses a posting date the data gives and says when it is too late or too early", () => {
    expect(noticeDates("2025-11-28", "2025-12-10", "2025-12-11")).toMatchObject({ posted: "2025-12-11", postedLate: false });
    expect(noticeDates("2025-11-28", "2025-12-10", "2025-12-15")).toMatchObject({ postedLate: true });
    expect(noticeDates("2025-11-28", "2025-12-10", "2025-12-09")).toMatchObject({ postedEarly: true });
  });
});

describe("current notices and the archive, by build date", () => {
  const dates = noticeDates("2025-11-28", "2025-12-10"); // up 2025-12-12 … 2026-01-02
  it("is upcoming before it is posted, current while it may be appealed, archived after", () => {
    expect(noticeStatus(dates, "2025-12-11")).toBe("kommande");
    expect(noticeStatus(dates, "2025-12-12")).toBe("aktuell");
    expect(noticeStatus(dates, "2026-01-02")).toBe("aktuell");
    expect(noticeStatus(dates, "2026-01-03")).toBe("arkiv");
  });

  it("sorts each list newest first", () => {
    const a = { id: "a", dates: noticeDates("2025-01-10", "2025-01-20") };
    const b = { id: "b", dates: noticeDates("2025-03-10", "2025-03-20") };
    const c = { id: "c", dates: noticeDates("2025-11-28", "2025-12-10") };
    const board = sortNotices([a, c, b], "2025-12-20");
    expect(board.aktuell.map((n) => n.id)).toEqual(["c"]);
    expect(board.arkiv.map((n) => n.id)).toEqual(["b", "a"]);
  });

  it("takes one förbund's justerade protokoll only", () => {
    const doc = (forbundSlug: string, justering?: string) => ({
      forbundSlug,
      computed: { anslag: justering ? noticeDates("2025-11-28", justering) : undefined },
    });
    const board = anslagstavla([doc("jamtland", "2025-12-10"), doc("solleftea", "2025-12-10"), doc("jamtland")], "jamtland", "2025-12-20");
    expect(board.aktuell).toHaveLength(1);
    expect(board.arkiv).toHaveLength(0);
  });

  it("takes the build date from FINSAM_BUILD_DATE, else today", () => {
    expect(buildDate({ FINSAM_BUILD_DATE: "2025-12-20" })).toBe("2025-12-20");
    expect(buildDate({}, new Date("2026-11-23T10:00:00Z"))).toBe("2026-11-23");
    expect(() => buildDate({ FINSAM_BUILD_DATE: "20 dec" })).toThrow(/FINSAM_BUILD_DATE: väntade ett datum skrivet ÅÅÅÅ-MM-DD, fann "20 dec"/);
    expect(() => buildDate({ FINSAM_BUILD_DATE: "2025-02-30" })).toThrow(/FINSAM_BUILD_DATE/);
  });
});
