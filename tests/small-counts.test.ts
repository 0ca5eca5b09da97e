// Small participant counts hidden on the public site (forbund.yaml privacy.min_count): the format
// ("<5", ".."), the secondary suppression within a gender split, the tables and their CSV, the
// charts, and the values prose and goal results quote by path. Small in-test data only.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { participantsChart, participantsSpec } from "../src/charts/participants.ts";
import { referralsChart } from "../src/charts/referrals.ts";
import { siteCount } from "../src/checks/site-text.ts";
import { genderCount, type Problem } from "../src/compute/arsredovisning/participants.ts";
import { foldedParties, hiddenParticipantValue } from "../src/compute/arsredovisning/small-counts.ts";
import { formatCount, hiddenInSplit } from "../src/format/index.ts";
import { forbundSchema } from "../src/schemas/index.ts";
import { csvRows, tableToCsv } from "../src/tables/index.ts";
import { participantsExitTable, participantsFlowTable, participantsHistoryTable } from "../src/tables/participants.ts";

const privacy = { minCount: 5 };
const split = (total: number, women: number, men: number) => genderCount({ total, women, men }, [], [] as Problem[]);
const shares = (total: number, women: number, men: number, ended: { total: number; women: number; men: number }) => ({
  total: { count: total, share: total / ended.total },
  women: { count: women, share: women / ended.women },
  men: { count: men, share: men / ended.men },
});

describe("forbund.yaml privacy.min_count", () => {
  const forbund = (privacy: unknown) => ({
    name: "Samordningsförbundet Fiktiv",
    short_name: "Fiktiv",
    unit: "tkr",
    members: [
      { name: "Försäkringskassan", kind: "state" },
      { name: "Region Fiktiv", kind: "region" },
      { name: "Fiktiva kommun", kind: "municipality" },
    ],
    funding_shares: { state: 0.5, region: 0.25, municipality: 0.25 },
    ...(privacy === undefined ? {} : { privacy }),
  });

  it("is optional, and a whole number from 2 to 20", () => {
    expect(forbundSchema.safeParse(forbund(undefined)).success).toBe(true);
    expect(forbundSchema.parse(forbund({ min_count: 5 })).privacy).toEqual({ min_count: 5 });
    expect(forbundSchema.safeParse(forbund({ min_count: 1 })).error?.issues[0]?.message).toBe("väntade minst 2");
    expect(forbundSchema.safeParse(forbund({ min_count: 2.5 })).error?.issues[0]?.message).toBe("väntade ett heltal, t.ex. 5");
    expect(forbundSchema.safeParse(forbund({ min: 5 })).success).toBe(false);
  });
});

describe("formatCount", () => {
  it('writes a count above 0 and below the threshold as "<5", and a withheld one as ".."', () => {
    expect(formatCount(3, privacy)).toBe("<5");
    expect(formatCount(1, privacy)).toBe("<5");
    expect(formatCount(3, { minCount: 10 })).toBe("<10");
    expect(formatCount(40, { ...privacy, hidden: true })).toBe("..");
    expect(formatCount(3, { ...privacy, hidden: true })).toBe("<5");
  });

  it("shows zero, the threshold itself and anything without a threshold as it is", () => {
    expect(formatCount(0, privacy)).toBe("0");
    expect(formatCount(0, { ...privacy, hidden: true })).toBe("0");
    expect(formatCount(5, privacy)).toBe("5");
    expect(formatCount(null, privacy)).toBe("–");
    expect(formatCount(3)).toBe("3");
    expect(formatCount(1271)).toBe("1\u00a0271");
  });
});

describe("hiddenInSplit: secondary suppression within a gender split", () => {
  it("hides nothing without a threshold, or when every part is large enough", () => {
    expect([...hiddenInSplit({ total: 3, women: 1, men: 2 }, undefined)]).toEqual([]);
    expect([...hiddenInSplit({ total: 332, women: 160, men: 167 }, 5)]).toEqual([]);
  });

  it("hides the next-smallest part when exactly one part is small and the total is shown", () => {
    // 20 − 13 would give the 3 women back: the men are withheld too.
    expect([...hiddenInSplit({ total: 20, women: 3, men: 17, notStated: 0 }, 5)]).toEqual(["women", "men"]);
    // Not stated (worked out from the total) is the next-smallest part: it goes, the men stay.
    expect([...hiddenInSplit({ total: 30, women: 3, men: 20 }, 5)]).toEqual(["women", "notStated"]);
    // A small not-stated part: the smaller of women and men goes with it.
    expect([...hiddenInSplit({ total: 292, women: 146, men: 143 }, 5)]).toEqual(["notStated", "men"]);
  });

  it("needs no second cell when two parts are small, the total is small, or zero is the only other part", () => {
    expect([...hiddenInSplit({ total: 10, women: 3, men: 4, notStated: 3 }, 5)]).toEqual(["women", "men", "notStated"]);
    expect([...hiddenInSplit({ total: 4, women: 2, men: 2 }, 5)]).toEqual(["total", "women", "men"]);
    expect([...hiddenInSplit({ total: 8, women: 3, men: 0, notStated: 5 }, 5)]).toEqual(["women", "notStated"]);
    expect([...hiddenInSplit({ total: 54, women: null, men: null }, 5)]).toEqual([]);
  });

  it("never leaves exactly one hidden part beside a shown total (property)", () => {
    const part = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(part, part, part, fc.integer({ min: 2, max: 20 }), (women, men, notStated, minCount) => {
        const hidden = hiddenInSplit({ total: women + men + notStated, women, men, notStated }, minCount);
        const hiddenParts = (["women", "men", "notStated"] as const).filter((key) => hidden.has(key));
        return hidden.has("total") || hiddenParts.length !== 1;
      }),
    );
  });
});

describe("participant tables with a threshold", () => {
  const years = {
    "2025": { enrolled: split(20, 3, 17), ended: split(12, 6, 6), new: split(9, 0, 9), psychiatryShare: null },
    "2024": { enrolled: split(25, 12, 13), ended: split(10, 5, 5), psychiatryShare: null },
  };
  const ended = { total: 12, women: 6, men: 6 };
  const exitRows = [
    { id: "work", label: "Arbete", sub: false, path: [], values: { "2025": shares(4, 2, 2, ended) } },
    { id: "study", label: "Studier", sub: false, path: [], values: { "2025": shares(8, 4, 4, ended) } },
  ];

  it('shows Tabell 2 with "<5" and ".." and its CSV with the same text, never the number', () => {
    const table = participantsFlowTable([2025, 2024], years, { caption: "Tabell 2. Deltagare", id: "tabell-2", minCount: 5 });
    const enrolled = csvRows(table)[1]!;
    expect(enrolled).toEqual(["Inskrivna deltagare", "20", "<5", "..", "25", "12", "13"]);
    expect(table.rows[0]!.cells.map((cell) => cell.text)).toEqual(["20", "<5", "..", "25", "12", "13"]);
    // No cell of the model holds the hidden numbers, so neither the page nor the CSV can print them.
    expect(table.rows[0]!.cells.slice(1, 3).map((cell) => cell.value)).toEqual(["<5", ".."]);
    // Zero stays zero; 9 − 0 gives nothing away.
    expect(csvRows(table)[2]).toEqual(["Nya deltagare", "9", "0", "9", "", "", ""]);
    const csv = tableToCsv(table);
    expect(csv).not.toMatch(/;3;|;17;/);
  });

  it('hides a count of Tabell 3 with its share: just "<5"', () => {
    const table = participantsExitTable([2025], exitRows, years, { caption: "Tabell 3. Status vid avslut", id: "tabell-3", documentId: "ars", minCount: 5 });
    const rows = csvRows(table);
    expect(rows[2]).toEqual(["Arbete", "<5", "<5", "<5"]);
    expect(rows[3]).toEqual(["Studier", "8 (67 %)", "<5", "<5"]);
    expect(tableToCsv(table)).not.toMatch(/33 %|17 %|;4 \(|;2 \(/);
  });

  it("prints every count as before without a threshold", () => {
    const table = participantsExitTable([2025], exitRows, years, { caption: "Tabell 3", id: "tabell-3", documentId: "ars" });
    expect(csvRows(table)[2]).toEqual(["Arbete", "4 (33 %)", "2 (33 %)", "2 (33 %)"]);
    expect(csvRows(participantsHistoryTable([{ year: 2025, total: 20, women: 3, men: 17 }], { caption: "Tabell 1" }))[1]).toEqual(["2025", "20", "3", "17"]);
  });
});

describe("participant charts with a threshold", () => {
  const history = [
    { year: 2024, total: 25, women: 12, men: 13 },
    { year: 2025, total: 20, women: 3, men: 17 },
  ];

  it("leave a hidden count out of the bars and the description; the data table says <5", () => {
    const values = (participantsSpec(history, 5) as { data: { values: { year: string; group: string; count: number }[] } }).data.values;
    expect(values.map((v) => `${v.year} ${v.group} ${v.count}`)).toEqual(["2024 Kvinnor 12", "2024 Män 13"]);
    const chart = participantsChart(history, { minCount: 5 });
    expect(chart.description).toContain("2025 var 20 deltagare inskrivna (<5 kvinnor och .. män)");
    expect(csvRows(chart.table)[2]).toEqual(["2025", "20", "<5", ".."]);
  });

  it("fold a party whose share of the cases is a small count into the rest, with the next-smallest when alone", () => {
    const referrals = {
      parties: [
        { party: "Kommunerna", share: 0.5 },
        { party: "Regionen", share: 0.3 },
        { party: "Försäkringskassan", share: 0.15 },
        { party: "Arbetsförmedlingen", share: 0.05 },
      ],
      other: 0,
      approxTotal: 40,
    };
    // 5 % of ca 40 is 2 cases; alone in the rest bar it would still be Arbetsförmedlingen's, so 15 % joins it.
    expect([...foldedParties(referrals, 5)]).toEqual([3, 2]);
    expect([...foldedParties(referrals, undefined)]).toEqual([]);
    const chart = referralsChart(referrals, 2025, { minCount: 5 });
    expect(csvRows(chart.table).slice(1)).toEqual([
      ["Kommunerna", "50%"],
      ["Regionen", "30%"],
      ["Övriga/ej angivet", "20%"],
    ]);
    expect(referralsChart({ ...referrals, approxTotal: 3 }, 2025, { minCount: 5 }).description).toContain("(ca <5 ärenden)");
  });
});

describe("values quoted by path (prose, goal results)", () => {
  const current = { enrolled: split(20, 3, 17), new: split(40, 20, 20), psychiatryShare: 0.1 };
  const previous = { enrolled: split(25, 12, 13), new: split(3, 1, 2), psychiatryShare: null };
  const computed = {
    current,
    previous,
    change: { new: { total: 12, women: 19, men: 9 } },
    exit: { work: shares(4, 2, 2, { total: 12, women: 6, men: 6 }) },
    insatser: { liss: { participants: split(30, 2, 28), ended: 3, toWorkStudy: 2, toWorkStudyShare: 2 / 3 } },
    economy: { rows: { personal: { utfall: 3 } } },
  };
  const data = { participants: { exit_status: [{ id: "work", values: { "2025": { women: 2, men: 30 } } }] } };
  const hidden = (path: string) => hiddenParticipantValue({ computed, data }, path, 5);

  it("hide a small count, and the one that would give it away", () => {
    expect(hidden("current.enrolled.women")).toBe("<5");
    expect(hidden("current.enrolled.men")).toBe("..");
    expect(hidden("current.enrolled.total")).toBeUndefined();
    expect(hidden("insatser.liss.participants.women")).toBe("<5");
    expect(hidden("insatser.liss.ended")).toBe("<5");
    expect(hiddenParticipantValue({ computed, data }, "current.enrolled.women", undefined)).toBeUndefined();
  });

  it("hide a share with its count, a change with either year's count, women's share with women's or men's", () => {
    expect(hidden("exit.work.total.share")).toBe("<5");
    expect(hidden("exit.work.total.count")).toBe("<5");
    expect(hidden("change.new.total")).toBe("<5");
    expect(hidden("current.enrolled.womenShare")).toBe("<5");
    expect(hidden("insatser.liss.toWorkStudyShare")).toBe("<5");
    expect(hidden("current.psychiatryShare")).toBeUndefined();
  });

  it("word a problem about small counts for the public granskning page, keeping the real numbers for npm run check", () => {
    const problems: Problem[] = [];
    genderCount({ total: 3, women: 2, men: 2 }, ["participants", "years", "2025", "new"], problems);
    expect(problems[0]!.message).toBe("totalt 3 är mindre än kvinnor + män (4)");
    expect(problems[0]!.messageWith!(siteCount(5))).toBe("totalt <5 är mindre än kvinnor + män (<5)");
  });

  it("read a path the computed values lack from the data, and leave every other value alone", () => {
    expect(hidden("participants.exit_status.0.values.2025.women")).toBe("<5");
    expect(hidden("participants.exit_status.0.values.2025.men")).toBe("..");
    expect(hidden("economy.rows.personal.utfall")).toBeUndefined();
  });
});
