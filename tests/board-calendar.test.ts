import { describe, expect, it } from "vitest";
import { boardCalendar } from "../src/compute/board-calendar.ts";
import { formatMeetingDay } from "../src/format/index.ts";

describe("boardCalendar", () => {
  it("gives each document the meeting that takes it", () => {
    const calendar = boardCalendar(2026, ["2026-11-27", "2026-03-13", "2026-10-05", "2026-06-08", "2025-11-28"]);
    expect(calendar).toEqual([
      { kind: "arsredovisning", documentYear: 2025, deadline: "2026-03-31", meeting: "2026-03-13" },
      { kind: "uppfoljning-t1", documentYear: 2026, deadline: "2026-04-30", meeting: "2026-06-08" },
      { kind: "uppfoljning-t2", documentYear: 2026, deadline: "2026-08-31", meeting: "2026-10-05" },
      { kind: "verksamhetsplan", documentYear: 2027, deadline: "2026-11-30", meeting: "2026-11-27" },
    ]);
  });

  it("leaves the meeting out where no adopted meeting fits the deadline", () => {
    const calendar = boardCalendar(2026, ["2026-04-15", "2026-12-10"]);
    // The årsredovisning has no meeting by 31 March; the follow-ups wait for December.
    expect(calendar[0]).not.toHaveProperty("meeting");
    expect(calendar[1]!.meeting).toBe("2026-12-10");
    expect(calendar[2]!.meeting).toBe("2026-12-10");
    expect(calendar[3]!.meeting).toBe("2026-04-15");
  });
});

describe("formatMeetingDay", () => {
  it("writes the weekday and day/month as minutes do", () => {
    expect(formatMeetingDay("2026-03-13")).toBe("Fre 13/3");
    expect(formatMeetingDay("2026-06-08")).toBe("Mån 8/6");
    expect(formatMeetingDay("2026-11-29")).toBe("Sön 29/11");
  });
});

describe("calendarText", () => {
  it("reads the board meetings a protokoll adopted and leaves out other days", async () => {
    const { adoptedBoardMeetings, calendarText } = await import("../src/status/status.ts");
    const meetings = {
      caption: "Sammanträden",
      columns: ["Sammanträde", "Tid"],
      rows: [
        { what: "Styrelsemöte", date: "2027-06-07", time: "kl 9–12", board: true },
        { what: "Analysdag", date: "2027-05-24", time: "kl 9–15", board: false },
        { what: "Styrelsemöte", date: "2027-03-12", time: "kl 9–12", board: true },
      ],
    };
    const protokoll = {
      kind: "protokoll",
      year: 2026,
      id: "protokoll-2026-11-27",
      data: { paragraphs: [{ number: 1, title: "Datum", beslut: [{ text: "x", meetings }] }] },
    };
    const site = { forbund: [{ slug: "f", name: "Förbundet", documents: [protokoll] }] } as never;
    expect(adoptedBoardMeetings(site, "f", 2027)).toEqual(["2027-03-12", "2027-06-07"]);
    const text = calendarText(site, "f", 2027)!;
    expect(text).toContain("Årsredovisning 2026: sammanträdet 2027-03-12");
    expect(text).toContain("Tertialuppföljning T1 (jan–april) 2027: sammanträdet 2027-06-07");
    expect(text).toContain("Verksamhetsplan och budget 2028: sammanträdet 2027-06-07");
    expect(text).toContain("Tertialuppföljning T2 (jan–aug) 2027: inget fastställt sammanträde passar");
    expect(calendarText(site, "f", 2028)).toBeUndefined();
  });
});
