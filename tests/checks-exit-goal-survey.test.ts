// Rules deltagare-avslut (status at exit within the ended participants), malvarde-text (a goal's
// target = the number its text writes) and summa for last year's survey results against last
// year's report: the details tests/checks-rules.test.ts does not show (where a sum above the ended
// is reported, the page's hiding of small counts, what a goal text's numbers are).
import { describe, expect, it } from "vitest";
import { exitStatusFindings } from "../src/checks/exit-status.ts";
import { findingValues } from "../src/checks/finding.ts";
import { numbersInGoalText, targetInText } from "../src/checks/goal-target-text.ts";
import type { EarlierReport } from "../src/compute/arsredovisning/earlier.ts";
import type { ComputedParticipants } from "../src/compute/arsredovisning/participants.ts";
import { surveyYearComparisons } from "../src/compute/arsredovisning/surveys.ts";
import type { YamlSource } from "../src/data/yaml-source.ts";
import { type Arsredovisning, arsredovisningSchema } from "../src/schemas/arsredovisning/index.ts";

const source: YamlSource = { file: "test.yaml", value: {}, lineOf: (path) => path.length, valueAt: () => ({ found: false }) };
const document = { label: "Årsredovisning 2025", url: "/f/2025/arsredovisning/", id: "arsredovisning" };

describe("deltagare-avslut", () => {
  type Values = Record<string, { total?: number; women: number | null; men: number | null }>;
  const categories = (...list: { id: string; of?: string; values: Values }[]) => list.map((c) => ({ label: c.id, ...c }));
  const ended = (women: number, men: number, total = women + men) =>
    ({ years: { 2025: { ended: { total, women, men, notStated: total - women - men, womenShare: null } } } }) as unknown as ComputedParticipants;
  const find = (list: ReturnType<typeof categories>, participants: ComputedParticipants, privacy = {}) =>
    exitStatusFindings(list, participants, { source, document, privacy });

  it("a sum above the ended that two categories could each hold is reported at the list, with the sum and the ended", () => {
    const list = categories({ id: "a", values: { 2025: { women: 6, men: 1 } } }, { id: "b", values: { 2025: { women: 6, men: 1 } } });
    expect(find(list, ended(10, 5))).toMatchObject([{ path: "participants.exit_status", stated: 12, computed: 10, difference: 2, url: document.url }]);
    expect(find(list, ended(10, 5))[0]!.message).toBe("Status vid avslut 2025, kvinnor: kategorierna är tillsammans fler än de avslutade deltagarna");
  });

  it("the one category that can hold the excess (and still its sub-category) is the place, linked to its row", () => {
    const list = (sub: number) =>
      categories(
        { id: "a", values: { 2025: { women: 9, men: 1 } } },
        { id: "a_sub", of: "a", values: { 2025: { women: sub, men: 1 } } },
        { id: "b", values: { 2025: { women: 2, men: 1 } } },
      );
    // A sub-category is part of its category, not summed with it: 9 + 2 of 12.
    expect(find(list(4), ended(12, 5))).toEqual([]);
    // 3 too many: b cannot be 3 lower, a can (6 still holds its 4).
    expect(find(list(4), ended(8, 5))).toMatchObject([
      { path: "participants.exit_status.0.values.2025.women", stated: 9, computed: 6, url: `${document.url}#arsredovisning-participants-exit_status-a` },
    ]);
    // a 3 lower would be fewer than its 7 varav: no single category, so the list.
    expect(find(list(7), ended(8, 5))).toMatchObject([{ path: "participants.exit_status", stated: 11, computed: 8 }]);
  });

  it("the all column is checked only when women and men hold: a total beyond the ended is then its own mistake", () => {
    const list = categories({ id: "a", values: { 2025: { total: 9, women: 3, men: 3 } } });
    expect(find(list, ended(4, 4, 10))).toEqual([]);
    expect(find(list, ended(4, 4, 8))).toMatchObject([{ path: "participants.exit_status.0.values.2025.total", stated: 9, computed: 8 }]);
    const women = categories({ id: "a", values: { 2025: { women: 6, men: 3 } } });
    // Women 6 of 4 also makes all 9 of 8: one finding, the women's.
    expect(find(women, ended(4, 4)).map((f) => f.path)).toEqual(["participants.exit_status.0.values.2025.women"]);
  });

  it("counts of people, written as counts; the public page withholds counts below the förbund's threshold", () => {
    const list = categories({ id: "a", values: { 2025: { women: 3, men: 20 } } });
    const [finding] = find(list, ended(2, 30), { minCount: 5 });
    expect(finding).toMatchObject({ path: "participants.exit_status.0.values.2025.women", stated: 3, computed: 2, quantity: "count" });
    expect(findingValues(finding!)).toBe("angivet 3, beräknat 2, differens 1");
    expect(finding!.site).toEqual({ message: finding!.message, stated: "<5", computed: "<5", difference: ".." });
    // Without a threshold the page prints what npm run check prints.
    expect(find(list, ended(2, 30))[0]!.site).toBeUndefined();
  });
});

describe("malvarde-text: the numbers of a goal text", () => {
  it("reads percentages and plain numbers, not years, ranges or the template's {target}", () => {
    expect(numbersInGoalText("Minst 85% av deltagarna")).toEqual({ percents: [85], plain: [] });
    expect(numbersInGoalText("Minst 62,5 procent av 1 000 deltagare 2026")).toEqual({ percents: [62.5], plain: [1000] });
    expect(numbersInGoalText("Under vecka 45 (2–5 november) 2026 minst 6 föreläsningar")).toEqual({ percents: [], plain: [45, 6] });
    expect(numbersInGoalText("{target} av deltagarna, ökning med 5 procentenheter")).toEqual({ percents: [], plain: [5] });
  });

  it("compares only a text with exactly one number of the target's kind", () => {
    expect(targetInText({ text: "Minst 250 deltagare, varav 50 % kvinnor", kind: "count" })).toBe(250);
    expect(targetInText({ text: "Minst 250 deltagare, varav 50 % kvinnor", kind: "percent" })).toBe(50);
    expect(targetInText({ text: "Minst 15 personer (5 personer 2026 och 10 personer 2027)", kind: "count" })).toBeUndefined();
    expect(targetInText({ text: "Minst en workshopdag", kind: "count" })).toBeUndefined();
  });
});

describe("summa: last year's survey results against last year's report", () => {
  const report = (results: Record<string, object>): Arsredovisning =>
    arsredovisningSchema.parse({ surveys: { questions: [{ id: "q", question: "Fråga", group: "deltagare", results }] } });
  const earlier = (results: Record<string, object>): EarlierReport[] => [{ year: 2024, data: report(results), computed: {} }];

  it("a share as printed (whole percent) is the same result; another share, or a gender's, is a fel at the year's figure", () => {
    const own = { 2025: { share: 0.7 }, 2024: { share: 0.56, women: 0.6 } };
    expect(surveyYearComparisons(report(own), 2025, earlier({ 2024: { share: 0.555, women: 0.6 } }))).toEqual([]);
    expect(surveyYearComparisons(report(own), 2025, earlier({ 2024: { share: 0.65, women: 0.7 } }))).toMatchObject([
      { path: ["surveys", "questions", 0, "results", "2024", "share"], stated: 0.56, computed: 0.65, withinRounding: false, quantity: "share" },
      { path: ["surveys", "questions", 0, "results", "2024", "women"], description: "enkätfrågan ”Fråga” 2024 (kvinnor): enligt årsredovisningen 2024" },
    ]);
  });

  it("a question or year last year's report does not have is not compared", () => {
    expect(surveyYearComparisons(report({ 2024: { share: 0.5 } }), 2025, earlier({ 2023: { share: 0.9 } }))).toEqual([]);
    expect(surveyYearComparisons(report({ 2024: { share: 0.5 } }), 2025, [])).toEqual([]);
  });
});
