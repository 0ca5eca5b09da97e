// The bad-input corpus: each case a small data folder (files of the seeds, tests/fixtures/seeds/)
// with one thing wrong, and the problem the build must report for it — file, line, field path and
// what was expected, in Swedish. tests/bad-input.test.ts runs them.
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface BadInput {
  name: string;
  /** The seeds' files the case starts from. */
  files: string[];
  /** Makes the one mistake in the copy. */
  edit: (dir: string) => void;
  /** The problem: its file (ends with), line (a number, or the line holding this text), path and message. */
  problem: { file: string; line?: number | string; path?: string; message: RegExp };
}

const FORBUND = "jamtland/forbund.yaml";
const DRIFT = "jamtland/2025/driftsredovisning.yaml";
const PLAN = "jamtland/2026/verksamhetsplan.yaml";
const PROTOKOLL = "jamtland/2025/protokoll-2025-11-28.yaml";
const ARS = "jamtland/2025/arsredovisning.yaml";

/** Replaces text in a data file of the copy (the case fails loudly if the text is not there). */
export function replace(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: text not found: ${from}`);
  writeFileSync(path, changed);
}

const drift = (name: string, from: string | RegExp, to: string, problem: Omit<BadInput["problem"], "file">): BadInput => ({
  name,
  files: [FORBUND, DRIFT],
  edit: (dir) => replace(dir, DRIFT, from, to),
  problem: { file: DRIFT, ...problem },
});
const plan = (name: string, from: string | RegExp, to: string, problem: Omit<BadInput["problem"], "file">): BadInput => ({
  name,
  files: [FORBUND, PLAN],
  edit: (dir) => replace(dir, PLAN, from, to),
  problem: { file: PLAN, ...problem },
});
const protokoll = (name: string, from: string | RegExp, to: string, problem: Omit<BadInput["problem"], "file">): BadInput => ({
  name,
  files: [FORBUND, PROTOKOLL],
  edit: (dir) => replace(dir, PROTOKOLL, from, to),
  problem: { file: PROTOKOLL, ...problem },
});
const forbund = (name: string, from: string | RegExp, to: string, problem: Omit<BadInput["problem"], "file">): BadInput => ({
  name,
  files: [FORBUND, DRIFT],
  edit: (dir) => replace(dir, FORBUND, from, to),
  problem: { file: FORBUND, ...problem },
});
const ars = (name: string, from: string | RegExp, to: string, problem: Omit<BadInput["problem"], "file">): BadInput => ({
  name,
  files: [FORBUND, ARS, DRIFT],
  edit: (dir) => replace(dir, ARS, from, to),
  problem: { file: ARS, ...problem },
});

export const badInputs: BadInput[] = [
  // --- Malformed files -------------------------------------------------------------------------
  {
    name: "empty file",
    files: [FORBUND, DRIFT],
    edit: (dir) => writeFileSync(join(dir, DRIFT), ""),
    problem: { file: DRIFT, line: 1, message: /filen är tom/ },
  },
  {
    name: "file of comments only",
    files: [FORBUND, DRIFT],
    edit: (dir) => writeFileSync(join(dir, DRIFT), "# nothing here\n"),
    problem: { file: DRIFT, line: 1, message: /filen är tom/ },
  },
  drift("unclosed flow list", "years: [2025, 2024]", "years: [2025, 2024", { message: /ogiltig YAML/ }),
  drift("bad indentation", "  sum_label: Summa intäkter", "   sum_label: Summa intäkter", { message: /ogiltig YAML/ }),
  drift("tab indentation", "  sum_label: Summa intäkter", "\tsum_label: Summa intäkter", { message: /ogiltig YAML/ }),
  drift("duplicate key", "decided: 2026-03-13", "decided: 2026-03-13\ndecided: 2026-03-14", { message: /ogiltig YAML/ }),
  drift("unknown tag", "title: Driftsredovisning 2025", 'title: !!js/function "function () { return 1 }"', {
    line: "title:",
    message: /okänd YAML-tagg tag:yaml\.org,2002:js\/function/,
  }),
  {
    name: "alias expansion (billion laughs)",
    files: [FORBUND, DRIFT],
    edit: (dir) => {
      const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
      for (let i = 1; i < 9; i++)
        lines.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(", ")}]`,
        );
      appendFileSync(join(dir, DRIFT), `\n${lines.join("\n")}\n`);
    },
    problem: { file: DRIFT, message: /för många alias/ },
  },
  {
    name: "a Latin-1 file",
    files: [FORBUND, DRIFT],
    edit: (dir) => writeFileSync(join(dir, DRIFT), Buffer.from(readFileSync(join(dir, DRIFT), "utf8"), "latin1")),
    problem: { file: DRIFT, line: 1, message: /inte UTF-8/ },
  },
  {
    name: "a file of an unknown kind",
    files: [FORBUND, DRIFT],
    edit: (dir) => writeFileSync(join(dir, "jamtland/2025/budgett.yaml"), "a: 1\n"),
    problem: { file: "budgett.yaml", message: /okänd sorts fil: väntade en av driftsredovisning\.yaml/ },
  },
  {
    name: "a förbund folder without forbund.yaml",
    files: [FORBUND, DRIFT],
    edit: (dir) => mkdirSync(join(dir, "tomt/2025"), { recursive: true }),
    problem: { file: "tomt/forbund.yaml", message: /filen saknas/ },
  },
  {
    name: "a stray file in a förbund folder",
    files: [FORBUND, DRIFT],
    edit: (dir) => writeFileSync(join(dir, "jamtland/anteckningar.txt"), "x\n"),
    problem: { file: "anteckningar.txt", message: /hör inte hit/ },
  },
  {
    name: "a symbolic link out of the data folder",
    files: [FORBUND, DRIFT],
    edit: (dir) => {
      rmSync(join(dir, DRIFT));
      symlinkSync("/etc/hostname", join(dir, DRIFT));
    },
    problem: { file: DRIFT, message: /symbolisk länk som leder ut ur datamappen/ },
  },
  {
    name: "a prose file in Latin-1",
    files: [FORBUND, DRIFT],
    edit: (dir) => {
      const prose = join(dir, "..", "prose/jamtland/2025/driftsredovisning");
      mkdirSync(prose, { recursive: true });
      writeFileSync(join(prose, "10-inledning.md"), Buffer.from("Årets resultat är bra.\n", "latin1"));
    },
    problem: { file: "10-inledning.md", line: 1, message: /inte UTF-8/ },
  },
  // --- Wrong types and values -------------------------------------------------------------------
  drift("amount as text with unit", "utfall: { 2025: -4447, 2024: -6134 }", 'utfall: { 2025: "4 447 tkr", 2024: -6134 }', {
    line: "4 447 tkr",
    path: "kostnader.rows.0.utfall.2025",
    message: /väntade ett belopp \(ett tal\) eller "-" för en tom cell, fann "4 447 tkr" \(skriv bara talet/,
  }),
  drift("decimal comma", "utfall: { 2025: -4447, 2024: -6134 }", "utfall: { 2025: -4447,5, 2024: -6134 }", { message: /ogiltig YAML|väntade/ }),
  drift("decimal comma in quotes", "utfall: { 2025: -4447, 2024: -6134 }", 'utfall: { 2025: "-4447,5", 2024: -6134 }', {
    path: "kostnader.rows.0.utfall.2025",
    message: /fann "-4447,5" \(skriv decimaltal med punkt: -4447\.5\)/,
  }),
  drift("thousands with spaces", "utfall: { 2025: -4447, 2024: -6134 }", 'utfall: { 2025: "-4 447", 2024: -6134 }', {
    path: "kostnader.rows.0.utfall.2025",
    message: /skriv talet utan mellanslag: -4447/,
  }),
  drift("year key that is not a year", "utfall: { 2025: -4447, 2024: -6134 }", "utfall: { 20x5: -4447, 2025: -4447, 2024: -6134 }", {
    line: "20x5",
    path: "kostnader.rows.0.utfall.20x5",
    message: /väntade ett årtal som nyckel, t\.ex\. 2025, fann nyckeln "20x5"/,
  }),
  drift("a value for a year not in years", "utfall: { 2025: -4447, 2024: -6134 }", "utfall: { 2025: -4447, 2024: -6134, 2023: -1 }", {
    path: "kostnader.rows.0.utfall.2023",
    message: /väntade bara årtalen 2025, 2024 \(dokumentets år\), fann 2023/,
  }),
  drift("a missing year", "utfall: { 2025: -4447, 2024: -6134 }", "utfall: { 2025: -4447 }", {
    path: "kostnader.rows.0.utfall",
    message: /väntade ett värde för 2024 \(skriv "-" för en tom cell\), fann inget/,
  }),
  drift("duplicate year columns", "years: [2025, 2024]", "years: [2025, 2025]", { path: "years", message: /väntade varje år en gång/ }),
  drift("a year that is no year", "years: [2025, 2024]", "years: [2025, 24]", { path: "years.1", message: /väntade ett årtal från 1990/ }),
  drift("a year as text", "years: [2025, 2024]", 'years: [2025, "2024"]', { path: "years.1", message: /väntade ett årtal, t\.ex\. 2025, fann "2024"/ }),
  drift("a date not written as a date", "decided: 2026-03-13", "decided: 13 mars 2026", {
    line: "decided:",
    path: "decided",
    message: /väntade ett datum skrivet ÅÅÅÅ-MM-DD, fann "13 mars 2026"/,
  }),
  drift("a date that does not exist", "decided: 2026-03-13", 'decided: "2026-02-30"', { path: "decided", message: /väntade ett datum som finns i kalendern/ }),
  drift("a misspelt field", "  sum_label: Summa intäkter", "  summa_label: Summa intäkter", {
    line: "summa_label",
    path: "intakter.summa_label",
    message: /okänt fält/,
  }),
  drift("a missing label", /\n {6}label: Personalkostnader/, "", { path: "kostnader.rows.1.label", message: /väntade en text, fann ingenting/ }),
  drift("an empty label", "label: Personalkostnader", 'label: ""', { path: "kostnader.rows.1.label", message: /väntade en text som inte är tom/ }),
  drift("a duplicate row id", "id: ovriga_intakter", "id: medlemsbidrag", {
    path: "intakter.rows.1.id",
    message: /väntade ett unikt id, fann medlemsbidrag två gånger/,
  }),
  drift("an id with capitals", "id: personalkostnader", "id: Personalkostnader", {
    path: "kostnader.rows.1.id",
    message: /väntade ett id av gemena bokstäver/,
  }),
  drift("a row without rows", /rows:\n {4}- id: medlemsbidrag[\s\S]*?stated_sum:/, "rows: []\n  stated_sum:", {
    path: "intakter.rows",
    message: /väntade minst en rad/,
  }),
  drift("a number too large to be an amount", "utfall: { 2025: -4447, 2024: -6134 }", "utfall: { 2025: 1e308, 2024: -6134 }", {
    line: "1e308",
    message: /talet 1e308 är för stort/,
  }),
  drift("an integer beyond what is exact", "utfall: { 2025: -4447, 2024: -6134 }", "utfall: { 2025: 12345678901234567890, 2024: -6134 }", {
    message: /för stort|kan inte läsas exakt/,
  }),
  drift("a list where a mapping belongs", "utfall: { 2025: -4447, 2024: -6134 }", "utfall: [-4447, -6134]", {
    path: "kostnader.rows.0.utfall",
    message: /fann en lista/,
  }),
  drift("a unit that is not kr or tkr", "title: Driftsredovisning 2025", "title: Driftsredovisning 2025\nunit: kronor", {
    path: "unit",
    message: /väntade kr eller tkr|ett av kr, tkr/,
  }),
  forbund("an unknown party kind", "kind: state }", "kind: stat }", {
    path: "members.0.kind",
    message: /väntade state \(Arbetsförmedlingen, Försäkringskassan\), region eller municipality/,
  }),
  forbund("funding shares that do not add up", "municipality: 1/4", "municipality: 1/3", {
    path: "funding_shares",
    message: /väntade andelar som tillsammans är 1/,
  }),
  forbund("a share written wrong", "region: 1/4", "region: 25 %", { path: "funding_shares.region", message: /väntade en andel, t\.ex\. "1\/4" eller 0\.25/ }),
  forbund("a logo file that is not there", "unit: tkr", "unit: tkr\nlogo: saknas.svg", {
    line: "logo:",
    path: "logo",
    message: /väntade filen saknas\.svg bredvid forbund\.yaml/,
  }),
  forbund("a logo that is not an image", "unit: tkr", "unit: tkr\nlogo: ../../etc/passwd", {
    path: "logo",
    message: /väntade filnamnet på en SVG-, PNG- eller JPG-fil/,
  }),
  forbund("no member of a kind", "  - { name: Region Jämtland Härjedalen, kind: region }\n", "", {
    path: "members",
    message: /väntade minst en medlem av sorten region/,
  }),
  plan("a function ending before it starts", "fte: 90%, from: 2026-01, to: 2026-07", "fte: 90%, from: 2026-08, to: 2026-07", {
    line: "from: 2026-08, to: 2026-07",
    path: "insatser.6.functions.1.to",
    message: /väntade att from inte är senare än to/,
  }),
  plan("an fte written wrong", "fte: 90%, from: 2026-01", "fte: nittio procent, from: 2026-01", { message: /väntade en andel av en heltidstjänst/ }),
  plan("a month written wrong", "from: 2026-01, to: 2026-07", "from: 2026-01, to: 2026-13", { message: /väntade en månad skriven ÅÅÅÅ-MM/ }),
  {
    name: "a budget line of an unknown insats",
    files: [FORBUND.replace("jamtland", "solleftea"), "solleftea/2026/verksamhetsplan.yaml"],
    edit: (dir) => replace(dir, "solleftea/2026/verksamhetsplan.yaml", "insats: samcoach", "insats: finns-inte"),
    problem: { file: "solleftea/2026/verksamhetsplan.yaml", line: "finns-inte", message: /väntade id:t för en insats i insatser, fann finns-inte/ },
  },
  plan(
    "a budget line with two sources",
    "amounts: { 2026: -5635000, 2027: -6242000, 2028: -6429000 }",
    "amounts: { 2026: -5635000, 2027: -6242000, 2028: -6429000 }\n            rows: [{ label: x, amounts: { 2026: 1, 2027: 1, 2028: 1 } }]",
    {
      message: /väntade exakt ett av amounts \(eller insats\), contribution och rows/,
    },
  ),
  plan(
    "a budget amount for a year outside the plan",
    'amounts: { 2026: -350000, 2027: -400000, 2028: "-" }',
    'amounts: { 2026: -350000, 2027: -400000, 2028: "-", 2029: 1 }',
    {
      message: /väntade bara årtalen 2026, 2027, 2028/,
    },
  ),
  plan("a medlemsbidrag year missing", "medlemsbidrag: { 2026: 8242000, 2027: 8242000, 2028: 8242000 }", "medlemsbidrag: { 2026: 8242000, 2027: 8242000 }", {
    path: "budget.medlemsbidrag",
    message: /väntade ett värde för 2028, fann inget/,
  }),
  plan("a balance at neither start nor end", /at: end/, "at: slut", { message: /väntade start \(ingående\) eller end/ }),
  protokoll("a time written wrong", 'start: "13.00"', 'start: "1 pm"', {
    line: 'start: "1 pm"',
    path: "meeting.start",
    message: /väntade en tid skriven "13\.20", fann "1 pm"/,
  }),
  protokoll("an attendance mode not known", "present: { mode: digitalt } }", "present: { mode: telefon } }", {
    message: /väntade "digitalt" eller "på plats"/,
  }),
  protokoll("decides written wrong", "decides: true, present: { mode: digitalt } }", "decides: ja, present: { mode: digitalt } }", {
    message: /väntade true, false eller ett intervall av paragrafer/,
  }),
  protokoll("no justerare", "justerare: [Karin Sundin (S)]", "justerare: []", { path: "justerare", message: /väntade minst en justerare/ }),
  ars("a goal status not known", "status: delvis }", "status: halvvägs }", { message: /väntade uppnatt, delvis eller ej/ }),
  ars("a survey share over 1", "2025: { share: 0.71", "2025: { share: 71", { message: /väntade en andel mellan 0 och 1/ }),
  ars("a negative count", "enrolled: { total: 332, women: 160, men: 167 }", "enrolled: { total: -332, women: 160, men: 167 }", {
    message: /väntade ett antal, 0 eller fler/,
  }),
  ars("a count with decimals", "new: { total: 146, women: 74, men: 72 }", "new: { total: 146.5, women: 74, men: 72 }", { message: /väntade ett heltal/ }),
  ars("a goal result with two sources", "results: [{ survey: hantera_situation }]", "results: [{ survey: hantera_situation, value: 1 }]", {
    message: /väntade exakt ett av survey, path och value/,
  }),
  ars("a statement line id as text with spaces", "{ id: fordringar, label: Fordringar", "{ id: kortfristiga fordringar, label: Fordringar", {
    message: /väntade ett id/,
  }),
  ars(
    "a statement reference to no statement",
    "from: resultatrakning.arets_resultat, stated: { 2025: 1271, 2024: -594 } }\n    - { id: eget_kapital",
    "from: resultaträkning.årets, stated: { 2025: 1271, 2024: -594 } }\n    - { id: eget_kapital",
    {
      message: /väntade rapport\.rad_id, t\.ex\. resultatrakning\.arets_resultat/,
    },
  ),
];
