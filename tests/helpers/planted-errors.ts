// The planted-error corpus (issue 16): single mistakes of the kinds hand-made reports really
// contain, each planted into a copy of tests/fixtures/consistent (data the granskning finds
// consistent), with the place where a correct checker would report it: the first place the wrong
// value was written. ./planted-run.ts loads each copy and says whether the granskning found it there.
// No vitest import: scripts/planted-errors.ts uses this outside a test run.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { editYaml } from "../../src/import/yaml-edit.ts";

export const consistentDir = fileURLToPath(new URL("../fixtures/consistent", import.meta.url));
export const consistentData = join(consistentDir, "data");
export const consistentProse = join(consistentDir, "prose");

export type Family = "arithmetic" | "statements" | "cross-year" | "cross-document" | "participants" | "goals" | "budget/equity" | "prose" | "protokoll";

/** Where a finding should be: a data file (relative to the data folder) and field path, or a prose file (relative to the prose folder) and line. */
export type Place = { in: "data"; file: string; path: string } | { in: "prose"; file: string; line: number };

/** A copy of the consistent data and prose to plant into. */
export interface CorpusDirs {
  dataDir: string;
  proseDir: string;
}

export interface PlantedKind {
  id: string;
  family: Family;
  /** Short, in English: the mistake as a person makes it. */
  description: string;
  expected: Place;
  /** Plants the one mistake into the copy. */
  plant(dirs: CorpusDirs): void;
}

type Key = string | number;

/** Sets one value in a data file in place (comments and every other line kept); the value must change, and exist unless `add`. */
function setValue(dirs: CorpusDirs, file: string, path: Key[], value: unknown, add = false): void {
  const full = join(dirs.dataDir, file);
  const text = readFileSync(full, "utf8");
  const before = parseDocument(text).getIn(path);
  if (before === undefined && !add) throw new Error(`${file} ${path.join(".")}: nothing there to change`);
  if (before !== undefined && add) throw new Error(`${file} ${path.join(".")}: already written`);
  const after = editYaml(text, [{ path, value }]);
  if (after === text) throw new Error(`${file} ${path.join(".")}: the edit changes nothing`);
  writeFileSync(full, after);
}

/** A kind that changes one data value: id, description, file, path, new value, and options; the expected place is that value. */
type DataEntry = [id: string, description: string, file: string, path: Key[], value: unknown, options?: { add?: boolean; expected?: Key[] }];

/** The kinds of one family that each change one data value. */
function dataKinds(family: Family, entries: DataEntry[]): PlantedKind[] {
  return entries.map(([id, description, file, path, value, options = {}]) => ({
    id,
    family,
    description,
    expected: { in: "data", file, path: (options.expected ?? path).join(".") },
    plant: (dirs: CorpusDirs) => setValue(dirs, file, path, value, options.add),
  }));
}

/** A kind that changes words inside a data file's free text (a block of Markdown); the expected place is that text's field. */
function textKind(id: string, family: Family, description: string, file: string, path: Key[], from: string, to: string): PlantedKind {
  return {
    id,
    family,
    description,
    expected: { in: "data", file, path: path.join(".") },
    plant: (dirs) => {
      const full = join(dirs.dataDir, file);
      const text = readFileSync(full, "utf8");
      if (text.split(from).length !== 2) throw new Error(`${file}: expected ${JSON.stringify(from)} exactly once`);
      writeFileSync(full, text.replace(from, to));
    },
  };
}

/** The 1-based line of the consistent prose file where `text` is, which must be there exactly once. */
function lineOf(file: string, text: string): number {
  const source = readFileSync(join(consistentProse, file), "utf8");
  const at = source.indexOf(text);
  if (at < 0 || source.indexOf(text, at + 1) >= 0) throw new Error(`${file}: expected ${JSON.stringify(text)} exactly once`);
  return source.slice(0, at).split("\n").length;
}

/** A kind that replaces one piece of prose (a shortcode by a typed number); the expected place is its line. */
function proseKind(id: string, family: Family, description: string, file: string, from: string, to: string): PlantedKind {
  return {
    id,
    family,
    description,
    expected: { in: "prose", file, line: lineOf(file, from) },
    plant: (dirs) => {
      const full = join(dirs.proseDir, file);
      const text = readFileSync(full, "utf8");
      if (text.split(from).length !== 2) throw new Error(`${file}: expected ${JSON.stringify(from)} exactly once`);
      writeFileSync(full, text.replace(from, to));
    },
  };
}

const DRIFTS = "jamtland/2025/driftsredovisning.yaml";
const AR = "jamtland/2025/arsredovisning.yaml";
const VP25 = "jamtland/2025/verksamhetsplan.yaml";
const VP26 = "jamtland/2026/verksamhetsplan.yaml";
const SOLLEFTEA = "solleftea/2026/verksamhetsplan.yaml";
const PROTOKOLL = "jamtland/2025/protokoll-2025-11-28.yaml";
const FORBUND = "jamtland/forbund.yaml";
const AR_PROSE = "jamtland/2025/arsredovisning";

const arithmetic = dataKinds("arithmetic", [
  ["drifts-part-digit", "a part mistyped by one digit: personalkostnader utfall −1 776 → −1 786", DRIFTS, ["kostnader", "rows", 1, "utfall", 2025], -1786],
  ["drifts-part-transposed", "a part with transposed digits: insatsfinansiering −4 447 → −4 474", DRIFTS, ["kostnader", "rows", 0, "utfall", 2025], -4474],
  ["drifts-part-thousand", "a part typed in kr in a tkr report (1000× slip): −652 → −652 000", DRIFTS, ["kostnader", "rows", 2, "utfall", 2025], -652000],
  ["drifts-part-sign", "a flipped sign: finansiella poster −81 → 81", DRIFTS, ["finansiella_poster", "rows", 0, "utfall", 2025], 81],
  ["drifts-sum-off", "a stated group total off: Summa verksamhetskostnader −6 875 → −6 857", DRIFTS, ["kostnader", "stated_sum", "utfall", 2025], -6857],
  ["drifts-sum-off-2", "a stated total of three rounded parts off by 2 tkr: −6 875 → −6 877", DRIFTS, ["kostnader", "stated_sum", "utfall", 2025], -6877],
  ["note-sum-off-3", "a note's stated sum of eight rounded rows off by 3 tkr: 7 622 → 7 625", AR, ["noter", 2, "stated_sum", 2025], 7625],
  ["drifts-differens-sign", "a stated differens with the wrong sign: −1 → 1", DRIFTS, ["intakter", "stated_sum", "differens", 2025], 1],
  ["drifts-result-off", "the stated result off: Resultat 1 271 → 1 217", DRIFTS, ["resultat", "stated", "utfall", 2025], 1217],
  ["plan-total-1000", "a stated total off by 1 000 kr in a budget of whole thousands", VP26, ["budget", "kostnader", "stated", 2027], -8907000],
  ["plan-total-3000", "a stated total off by 3 000 kr in a budget of whole thousands", VP26, ["budget", "summaries", 1, "stated", 2028], -8726000],
  ["plan-total-9000", "a stated result off by 9 000 kr in a budget of whole thousands", VP25, ["budget", "summaries", 2, "stated", 2027], 6000],
  ["plan-subtotal-off", "a stated subtotal off: Finansiering 2026 −5 985 000 → −5 895 000", VP26, ["budget", "kostnader", "rows", 0, "stated", 2026], -5895000],
  [
    "plan-line-digit",
    "a budget line mistyped: personalkostnader 2027 −1 402 000 → −1 420 000",
    VP26,
    ["budget", "kostnader", "rows", 1, "amounts", 2027],
    -1420000,
  ],
  [
    "plan-line-sign",
    "a budget cost line written as income: 2027 −897 000 → 897 000",
    VP25,
    ["budget", "kostnader", "rows", 1, "rows", 1, "amounts", 2027],
    897000,
  ],
  ["plan-medlemsbidrag-digit", "the member contribution mistyped: 2028 8 242 000 → 8 224 000", VP26, ["budget", "medlemsbidrag", 2028], 8224000],
]);

const statements = dataKinds("statements", [
  ["rr-line-stated-off", "a resultaträkning line off: intäkter 8 227 → 8 272", AR, ["resultatrakning", "entries", 0, "stated", 2025], 8272],
  ["br-line-off", "a balance sheet line off: kassa och bank 7 524 → 7 542", AR, ["balansrakning", "entries", 3, "values", 2025], 7542],
  ["br-provision-off", "a balance sheet line off against its note: avsättningar 2 294 → 2 249", AR, ["balansrakning", "entries", 12, "values", 2025], 2249],
  ["br-subtotal-off", "a balance sheet subtotal off: omsättningstillgångar 7 622 → 7 262", AR, ["balansrakning", "entries", 4, "stated", 2025], 7262],
  ["br-opening-equity-off", "opening equity not last year's closing: 1 737 → 1 773", AR, ["balansrakning", "entries", 8, "stated", 2025], 1773],
  ["br-equity-off", "the equity chain broken: eget kapital 3 008 → 3 080", AR, ["balansrakning", "entries", 10, "stated", 2025], 3080],
  ["cf-change-off", "a cash-flow change line off: kortfristiga skulder −899 → −989", AR, ["kassaflodesanalys", "entries", 3, "values", 2025], -989],
  [
    "cf-provision-adjustment-off",
    "the adjustment for provisions off (the balance sheet change is 53): 53 → 35",
    AR,
    ["kassaflodesanalys", "entries", 13, "values", 2025],
    35,
  ],
  ["cf-closing-cash-off", "closing cash off: likvida medel vid årets slut 7 524 → 7 254", AR, ["kassaflodesanalys", "entries", 10, "stated", 2025], 7254],
  ["note-row-off", "a note row off: leverantörsskulder 2 093 → 2 039", AR, ["noter", 4, "rows", 0, "values", 2025], 2039],
  ["note-sum-off", "a note's stated sum off: Not 6 2 555 → 2 455", AR, ["noter", 5, "stated_sum", 2025], 2455],
  ["overview-year-off", "the overview's report-year value off: kostnader 6 956 → 6 965", AR, ["overview", "values", 2025, "kostnader"], 6965],
]);

const crossYear = dataKinds("cross-year", [
  [
    "prev-drifts-utfall",
    "driftsredovisning: last year's utfall differs from last year's driftsredovisning",
    DRIFTS,
    ["kostnader", "rows", 2, "utfall", 2024],
    -623,
  ],
  [
    "prev-drifts-budget",
    "driftsredovisning: last year's budget differs from last year's driftsredovisning",
    DRIFTS,
    ["kostnader", "rows", 1, "budget", 2024],
    -2026,
  ],
  [
    "prev-rr-column",
    "resultaträkning: last year's column differs from last year's report (the seed's 175 for 140)",
    AR,
    ["resultatrakning", "entries", 3, "stated", 2024],
    175,
  ],
  ["prev-br-column", "balansräkning: last year's column differs from last year's report", AR, ["balansrakning", "entries", 2, "values", 2024], 239],
  ["prev-cf-column", "kassaflödesanalys: last year's column differs from last year's report", AR, ["kassaflodesanalys", "entries", 3, "values", 2024], -661],
  ["prev-note-column", "a note's last-year column differs from last year's report", AR, ["noter", 0, "rows", 0, "values", 2024], 2061],
  ["prev-overview-value", "the overview's value for an earlier year differs from last year's report", AR, ["overview", "values", 2022, "intakter"], 7390],
  [
    "prev-overview-staff",
    "the overview's staff (anställda) last year differs from last year's report: 3,0 → 0,3",
    AR,
    ["overview", "values", 2024, "anstallda"],
    0.3,
  ],
  ["prev-participants", "last year's participant count differs from last year's report", AR, ["participants", "years", 2024, "enrolled", "women"], 164],
  ["prev-survey", "last year's survey share differs from last year's report", AR, ["surveys", "questions", 4, "results", 2024, "share"], 0.65],
]);

const crossDocument = dataKinds("cross-document", [
  [
    "drifts-budget-vs-plan",
    "driftsredovisning budget typed, differing from the adopted plan of the year",
    DRIFTS,
    ["kostnader", "rows", 1, "budget", 2025],
    -2018,
    { add: true },
  ],
  [
    "ar-next-year-budget",
    "årsredovisning quotes next year's budgeted costs unlike next year's plan",
    AR,
    ["economy", "next_year", "kostnader"],
    8323,
    { add: true },
  ],
  ["ar-cost-details", "a cost detail the text quotes does not add up to its driftsredovisning row", AR, ["economy", "cost_details", 1, "utfall"], 242],
  ["ar-funded-positions", "FTE financed at the members quoted unlike the plan's staffed functions: 6,7 → 7,6", AR, ["economy", "funded_positions"], 7.6],
  [
    "goal-target-vs-text",
    "a plan goal's target value unlike its own text (”Minst 40%”, target 4)",
    VP25,
    ["resultatmal", "levels", 0, "ambitions", 1, "goals", 0, "target", "value"],
    4,
  ],
  [
    "ended-insats-vs-protokoll",
    "an ended insats' result unlike the protokoll's report of it (13 to work/studies → 31)",
    AR,
    ["participants", "insatser", 0, "to_work_study"],
    31,
  ],
]);

const participants = dataKinds("participants", [
  [
    "participants-parts-exceed",
    "women + men more than the total: nya kvinnor 74 → 84",
    AR,
    ["participants", "years", 2025, "new", "women"],
    84,
    { expected: ["participants", "years", 2025, "new"] },
  ],
  [
    "participants-total-typo",
    "a total mistyped below women + men: avslutade 142 → 124",
    AR,
    ["participants", "years", 2025, "ended", "total"],
    124,
    { expected: ["participants", "years", 2025, "ended"] },
  ],
  [
    "exit-exceeds-ended",
    "exit categories add up to more than the ended: arbete/studier kvinnor 23 → 73",
    AR,
    ["participants", "exit_status", 0, "values", 2025, "women"],
    73,
  ],
  [
    "exit-sub-exceeds-parent",
    "a sub-category larger than its category: varav arbete män 21 → 27 (of 26)",
    AR,
    ["participants", "exit_status", 1, "values", 2025, "men"],
    27,
  ],
  ["stated-count-off", "a count the text states off: 332 inskrivna → 323", AR, ["participants", "stated", "current.enrolled.total", "value"], 323],
  ["stated-share-off", "a share the text states off: 8 % → 18 %", AR, ["participants", "stated", "exit.work_study_minus_work.total.share", "value"], 0.18],
  ["stated-ca-far-off", "a ”ca” figure far off: ca 11 % more new cases → ca 30 %", AR, ["participants", "stated", "change.new.total", "value"], 0.3],
  ["survey-stated-off", "a survey share the text states off: 82 % → 28 %", AR, ["surveys", "questions", 1, "stated", 0, "value"], 0.28],
]);

const goals = dataKinds("goals", [
  // The declared text and status key are one line (`declared: { text, status }`): a finding on either names it.
  [
    "goal-status-wrong",
    "a goal declared achieved that its result does not reach",
    AR,
    ["goals", 2, "declared"],
    { text: "Målet är uppnått", status: "uppnatt" },
  ],
  [
    "goal-text-vs-key",
    "the declared text (”Målet är uppnått”) unlike the declared status key (delvis)",
    AR,
    ["goals", 0, "declared", "text"],
    "Målet är uppnått",
    { expected: ["goals", 0, "declared"] },
  ],
]);

const budget = dataKinds("budget/equity", [
  ["plan-closing-equity-off", "a stated closing equity off: 1 509 000 → 1 590 000", VP26, ["eget_kapital", "stated_closing", 2028], 1590000],
  ["plan-equity-balance-typo", "the known equity balance mistyped: 1 580 000 → 1 850 000", VP25, ["eget_kapital", "balance", "amount"], 1850000],
  ["plan-opening-equity-off", "a stated opening equity off: 455 000 → 545 000", SOLLEFTEA, ["eget_kapital", "stated_opening", 2027], 545000],
  [
    "insats-row-vs-funding",
    "an insats' budget row unlike its funding: −1 370 000 → −1 730 000",
    SOLLEFTEA,
    ["budget", "kostnader", "rows", 0, "rows", 1, "amounts", 2026],
    -1730000,
  ],
  [
    "insats-outside-years",
    "a budget row for an insats in a year outside its funding years (2027)",
    SOLLEFTEA,
    ["budget", "kostnader", "rows", 0, "rows", 2, "amounts", 2027],
    -91000,
  ],
  ["insats-owner-not-member", "an insats owner misspelled, not a member", SOLLEFTEA, ["insatser", 0, "owner"], "Sollefteå komun"],
  ["insats-coparty-not-member", "a co-party that is not a member", SOLLEFTEA, ["insatser", 1, "co_parties", 0], "Kramfors kommun"],
  [
    "contribution-share-off",
    "a member's contribution line off: Staten 1 378 000 → 1 387 000",
    SOLLEFTEA,
    ["budget", "intakter", "rows", 0, "stated", 2026],
    1387000,
  ],
  // Which share is wrong the data cannot tell: the shares together are the place.
  [
    "funding-shares-off",
    "the funding shares do not add up to 1: region 1/4 → 1/5",
    FORBUND,
    ["funding_shares", "region"],
    "1/5",
    { expected: ["funding_shares"] },
  ],
  ["plan-text-figure-off", "an amount the plan's text quotes off: 8 242 tkr → 8 224 tkr", VP26, ["text_figures", 1, "stated"], 8224000],
]);

const prose: PlantedKind[] = [
  proseKind(
    "prose-literal-amount",
    "prose",
    "an amount typed into prose instead of a shortcode (and wrong: 242 tkr for 224)",
    `${AR_PROSE}/40-ekonomiskt-resultat.md`,
    '{% belopp "economy.details.drift.utfall" %}',
    "242 tkr",
  ),
  proseKind(
    "prose-literal-count",
    "prose",
    "a participant count typed into prose instead of a shortcode (323 for 332)",
    `${AR_PROSE}/21-deltagarflode.md`,
    'Totalt var {% tal "current.enrolled.total" %}',
    "Totalt var 323",
  ),
  proseKind(
    "prose-literal-share",
    "prose",
    "a share typed into prose instead of a shortcode (43 % for 35 %)",
    `${AR_PROSE}/32-mal-arbetsmarknad.md`,
    '**Resultat:** {% procent "exit.work_study.total.share" %}',
    "**Resultat:** 43 %",
  ),
  proseKind(
    "prose-literal-fte",
    "prose",
    "the plan's FTE typed into prose instead of computed (10,5 for 9,5)",
    "jamtland/2026/verksamhetsplan/70-insatser.md",
    "{{ doc.computed.fte.total | arsarbetare }}",
    "10,5",
  ),
];

const protokoll = dataKinds("protokoll", [
  ["justerare-absent", "a justerare who was not at the meeting", PROTOKOLL, ["justerare", 0], "Björn Sandal (S)"],
  ["paragraph-sequence", "paragraph numbers out of sequence: § 28 written § 29", PROTOKOLL, ["paragraphs", 3, "number"], 29],
  ["arrival-before-start", "an arrival time before the meeting started: 13.20 → 12.20", PROTOKOLL, ["ledamoter", 2, "present", "from"], "12.20"],
  [
    "decides-outside-range",
    "deciding on paragraphs the minutes do not have: §§ 26–31 → 26–33",
    PROTOKOLL,
    ["ledamoter", 2, "decides", "to"],
    33,
    { expected: ["ledamoter", 2, "decides"] },
  ],
  [
    "ersattare-with-ledamot",
    "a deciding ersättare given the wrong member, so deciding next to its own ledamot",
    PROTOKOLL,
    ["ersattare", 10, "appointed_by"],
    "Region Jämtland Härjedalen",
    { expected: ["ersattare", 10] },
  ],
  ["meeting-end-typo", "the meeting's end mistyped before its start: 15.40 → 12.40", PROTOKOLL, ["meeting", "end"], "12.40"],
  ["anslag-late", "the notice posted too late: ten days after the justering", PROTOKOLL, ["anslag", "posted"], "2025-12-20", { add: true }],
  ["justering-before-meeting", "the justering dated before the meeting: 2025-12-10 → 2025-11-10", PROTOKOLL, ["justering", "date"], "2025-11-10"],
]);

const protokollText = [
  textKind(
    "protokoll-text-figure",
    "protokoll",
    "a share typed wrong in the minutes' text: 13 of 66 ”(20%)” → ”(25%)”",
    PROTOKOLL,
    ["paragraphs", 7, "sections", 0, "text"],
    "har 13 (20%) gått",
    "har 13 (25%) gått",
  ),
];

export const plantedKinds: PlantedKind[] = [
  ...arithmetic,
  ...statements,
  ...crossYear,
  ...crossDocument,
  ...participants,
  ...goals,
  ...budget,
  ...prose,
  ...protokoll,
  ...protokollText,
];
