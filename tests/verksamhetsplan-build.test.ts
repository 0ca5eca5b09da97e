// The example plans as built (tests/global-setup.ts), and a plan of a made-up förbund built from its
// data and prose alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../src/build/build.ts";
import { projectRoot, temporaryDir } from "./helpers/build.ts";
import { examplesSite, pageHtml } from "./helpers/site.ts";

const text = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");

describe("the example verksamhetsplan pages", () => {
  const page = (path: string) => text(pageHtml(examplesSite(), path));

  it("shows Jämtland 2026's budget as adopted: the stated result and equity, marked with what the parts give", () => {
    const html = page("jamtland/2026/verksamhetsplan");
    expect(html).toContain("Verksamhetens kostnader −8 233 000 −8 906 000 −8 723 000");
    expect(html).toContain("Finansiering till utförande part −5 985 000 −6 642 000 −6 429 000");
    expect(html).toContain("Årets resultat −9 000 anmärkning a −664 000 −481 000");
    expect(html).toContain("Eget kapital efter årets slut (beräknat utifrån prognos aug 2025) 2 654 000 1 991 000 anmärkning b 1 509 000");
    expect(html).toContain("a Fastställt belopp; delarna ger 9 000. b Fastställt belopp; delarna ger 1 990 000.");
    // No "Kontroll av angivna belopp" in the document: that is the granskning's.
    expect(html).not.toContain("Kontroll av angivna belopp");
    expect(html).toContain("ca 9,5 tjänster");
    expect(html).toContain("Totalt 9,5");
    // The text as adopted: 7 883 tkr, with a footnote giving the budget's 8 233 tkr.
    expect(html).toContain("budgeterar förbundet 7 883 tkr 1 i kostnader");
    expect(html).toContain("Fastställd uppgift; beräknat 8 233 tkr.");
    expect(html).toContain("2028 8 242 000 1 509 000 1 648 400 −139 400 18,3 % Under nivån");
    expect(html).toContain("Minst 15 % går vidare till Arbetsförmedlingens insatser");
  });

  it("shows Sollefteå's insatser, costs and equity at 16,9 % of the contribution", () => {
    const html = page("solleftea/2026/verksamhetsplan");
    expect(html).toContain("Summa kostnader för insatser −2 411 000 −1 360 000 0");
    // As adopted: the plan prints −2 170 000 and −5 000 where its rows give −2 160 000 and −800 000.
    expect(html).toContain("Kostnader totalt −3 211 000 −2 170 000 anmärkning d −5 000 anmärkning e");
    expect(html).toContain("vilket motsvarar 16,9 % av medelstilldelningen");
    expect(html).toContain("medelsutrymme om 3 676 000 kr");
    expect(html).toMatch(/Försäkringskassan \(delägarskap 25 %\) 689 000/);
    expect(html).toContain("Verksamhetsägare Sollefteå kommun Medparter Region Västernorrland, Arbetsförmedlingen, Försäkringskassan");
    expect(html).toMatch(/d Fastställt belopp; delarna ger −2 160 000\./);
  });

  it("shows Jämtland 2025's plan", () => {
    const html = page("jamtland/2025/verksamhetsplan");
    expect(html).toContain("Verksamhetens kostnader −8 225 000 −8 200 000 anmärkning a −8 231 000");
    expect(html).toContain("ligga i nivå med Nationella rådets rekommenderade nivå för eget kapital (ca 1 580 tkr 1 , 20 %");
    expect(html).toContain("Årets resultat inkl. eget kapital 1 580 000 1 587 000 1 584 000");
  });
});

describe("a fourth plan, for a made-up förbund, needs only data and prose", () => {
  const fixture = join(projectRoot, "tests/fixtures/plan-fiktiv");
  const out = join(temporaryDir("finsam-plan-fiktiv-"), "site");

  beforeAll(async () => {
    await build({ dataDir: join(fixture, "data"), proseDir: join(fixture, "prose"), outDir: out, pdf: false, log: () => {} });
  });

  it("builds its page with every figure computed", () => {
    const html = text(readFileSync(join(out, "fiktiv/2027/verksamhetsplan/index.html"), "utf8"));
    // Prose from the fixture's prose folder, numbers from the computed plan.
    expect(html).toContain("budgeterar 4 300 tkr i kostnader för 2027");
    expect(html).toContain("Eget kapital vid slutet av 2027 blir 900 tkr");
    // Income split by the funding shares; costs from the insats' funding.
    expect(html).toContain("Staten 2 000 2 200");
    expect(html).toContain("Regionen och kommunerna 2 000 2 200");
    expect(html).toContain("Summa kostnader −4 300 −4 100");
    expect(html).toContain("Eget kapital vid årets slut 900 1 200");
    // FTE: 150 % for six months and 100 % for six months.
    expect(html).toContain("Totalt 1,3");
    expect(html).toContain("Minst 30 % av deltagarna går till arbete eller studier.");
    expect(html).toContain("Verksamhetsägare Alfa kommun");
  });
});
