// The styrelseprotokoll 2025-11-28 (seed 002) re-created from data: schema, computed range and
// attendance, the problems the data can have, and the built page with its anslag.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { attendanceRow, computeProtokoll, paragraphRange } from "../src/compute/protokoll.ts";
import { type DataError, formatProblem } from "../src/data/problem.ts";
import { type Protokoll, protokollSchema } from "../src/schemas/protokoll.ts";
import { copyOfData } from "./helpers/build.ts";
import { loadAll, seedSite } from "./helpers/seeds.ts";
import { examplesSite } from "./helpers/site.ts";

const minimal = (): Protokoll =>
  protokollSchema.parse({
    meeting: { date: "2025-11-28", start: "13.00", end: "15.40", place: "Teams" },
    justerare: ["A"],
    justering: { date: "2025-12-10" },
    kept_at: "Förbundet",
    announced_on: ["förbundets"],
    ledamoter: [
      { name: "A", appointed_by: "Region", decides: true, present: { mode: "digitalt" } },
      { name: "B", appointed_by: "Kommun", present: undefined },
    ],
    ersattare: [{ name: "C", appointed_by: "Kommun", decides: true, present: { mode: "på plats", from: "13.20" } }],
    paragraphs: [
      { number: 1, title: "Ett" },
      { number: 2, title: "Två" },
    ],
    signatures: [{ name: "A", role: "Ordförande" }],
  });

describe("protokoll computations", () => {
  it("writes paragraph ranges", () => {
    expect(paragraphRange(25, 32)).toBe("§§ 25–32");
    expect(paragraphRange(7, 7)).toBe("§ 7");
  });

  it("writes the attendance cells: X, a range of paragraphs, arrival and departure times", () => {
    const all = { first: 25, last: 32 };
    expect(attendanceRow({ name: "M", appointed_by: "FK", decides: { from: 26, to: 31 }, present: { mode: "digitalt", from: "13.20" } }, all)).toMatchObject({
      decides: "§§ 26–31",
      present: "Digitalt, från 13.20",
    });
    expect(attendanceRow({ name: "M", appointed_by: "FK", decides: { from: 25, to: 32 }, present: { mode: "på plats", to: "15.30" } }, all)).toMatchObject({
      decides: "X",
      present: "På plats, till 15.30",
    });
    expect(attendanceRow({ name: "M", appointed_by: "FK", decides: false }, all)).toMatchObject({ decides: "", present: "", isPresent: false });
  });

  it("counts paragraphs, those present and those deciding, with no problems in a good protokoll", () => {
    const c = computeProtokoll(minimal());
    expect(c).toMatchObject({ first: 1, last: 2, range: "§§ 1–2", paragraphCount: 2, presentCount: 2, decidingCount: 2, issues: [] });
  });

  it("reports gaps in the numbering, ranges outside the protokoll, times outside the meeting and double deciders", () => {
    const data = minimal();
    data.paragraphs[1]!.number = 4;
    data.ledamoter[0]!.decides = { from: 3, to: 9 };
    data.ledamoter[0]!.present = { mode: "digitalt", to: "16.10" };
    data.ledamoter[1]!.decides = true;
    data.ersattare[0]!.appointed_by = "Region";
    data.ledamoter[0]!.decides = true;
    const messages = computeProtokoll(data).issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "paragraphs.1.number: § 4 följer på § 1: paragraferna ska numreras i följd",
      "ledamoter.0.present.to: A: 16.10 ligger utanför sammanträdet (13.00–15.40)",
      "ledamoter.1.decides: B är beslutande men inte närvarande",
      "ersattare.0.decides: C är beslutande fast ledamoten för Region (A) också är det",
    ]);
    const outside = minimal();
    outside.ledamoter[0]!.decides = { from: 1, to: 9 };
    expect(computeProtokoll(outside).issues.map((i) => i.message)).toEqual(["A är beslutande i §§ 1–9, utanför protokollets §§ 1–2"]);
  });
});

describe("the seed protokoll (protokoll-2025-11-28.yaml)", () => {
  it("is read as a protokoll, with the seed's facts, and has no findings but the figures its text writes", async () => {
    const site = await seedSite();
    const doc = site.documentsByKind.protokoll!.find((d) => d.id === "protokoll-2025-11-28")!;
    expect(doc).toMatchObject({
      title: "Styrelseprotokoll 2025-11-28",
      decided: "2025-11-28",
      url: "/jamtland/2025/protokoll-2025-11-28/",
      pdfFile: "protokoll-2025-11-28-samordningsforbundet-jamtlands-lan.pdf",
    });
    const c = doc.computed as ReturnType<typeof computeProtokoll> & { anslag: { posted: string; appealEnds: string } };
    expect(c).toMatchObject({ range: "§§ 25–32", paragraphCount: 8, presentCount: 10, decidingCount: 10 });
    expect(c.ledamoter).toHaveLength(11);
    expect(c.ersattare).toHaveLength(11);
    expect(c.ledamoter.find((r) => r.name === "Mikael Broman")).toMatchObject({ decides: "§§ 26–31", present: "Digitalt, från 13.20" });
    expect(c.ledamoter.find((r) => r.name === "Anders Häggkvist (C)")).toMatchObject({ decides: "X", present: "Digitalt, till 15.30" });
    expect(c.ersattare.find((r) => r.name === "Linnea Wigg Victor (M)")).toMatchObject({ decides: "X", present: "Digitalt" });
    expect(c.anslag).toMatchObject({ posted: "2025-12-12", appealEnds: "2026-01-02" });
    // The figures its text writes (rule siffra-i-text) are listed, as noteringar: the seed does not mark them.
    const findings = site.findings.filter((f) => f.document.startsWith("Protokoll"));
    expect(findings.filter((f) => f.rule !== "siffra-i-text")).toEqual([]);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(["notering"]));
  });

  it("reports a data error as file:line path", () => {
    const dir = copyOfData();
    const file = join(dir, "jamtland/2025/protokoll-2025-11-28.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('start: "13.00"', 'start: "1 pm"'));
    let problems: string[] = [];
    try {
      loadAll(dir);
    } catch (error) {
      problems = (error as DataError).problems.map(formatProblem);
    }
    expect(problems).toEqual([expect.stringMatching(/protokoll-2025-11-28\.yaml:7 meeting\.start: väntade en tid skriven "13\.20", fann "1 pm"$/)]);
  });
});

describe("the built protokoll page and anslagstavla", () => {
  let out: string;
  const read = (path: string) => readFileSync(join(out, path, "index.html"), "utf8");
  const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

  beforeAll(() => {
    out = examplesSite();
  });

  it("shows the meeting, attendance, every § with its decisions and underlag, and the signatures", () => {
    const html = read("jamtland/2025/protokoll-2025-11-28");
    const t = text(html);
    expect(t).toContain("Plats Digitalt via Teams");
    expect(t).toContain("Tid 28 november 2025 , kl. 13.00–15.40");
    expect(t).toContain("Paragrafer §§ 25–32 (8 paragrafer)");
    expect(t).toContain("Utses att justera Karin Sundin (S)");
    expect(t).toContain("Justering 2025-12-10");
    expect(t).toContain("anslag på förbundets, kommunernas och Region Jämtland Härjedalens anslagstavlor");
    expect(t).toMatch(/Mikael Broman\s+Försäkringskassan\s+§§ 26–31\s+Digitalt, från 13\.20/);
    for (let n = 25; n <= 32; n++) expect(html).toContain(`<h2 id="paragraf-${n}">`);
    expect(t).toContain("§ 27 Fastställande av Verksamhetsplan och budget 2026-2028 , Dnr 25:10");
    expect(html.match(/<h3 id="paragraf-\d+-beslut">Beslut<\/h3>/g)).toHaveLength(6);
    expect(t).toContain("Underlag för beslut Förslag till verksamhetsplan och budget 2026–2028.");
    expect(t).toMatch(/Styrelsemöte heldag, fysiskt\s+Mån 5\/10 kl 9–15/);
    expect(t).toMatch(/Underskrifter \(digitala\)\s+Sara Comén Sekreterare\s+Karin Näsmark \(S\) Ordförande\s+Karin Sundin \(S\) Justerande/);
    expect(html).toMatch(/<table class="report-table attendance-table" id="ledamoter">\s*<caption>Ledamöter<\/caption>/);
    expect(html).toContain('<th scope="col">Beslutande</th>');
    expect(t).toMatch(/Senast ändrad \d{4}-\d{2}-\d{2}/);
  });

  it("lists the protokoll under its year on the förbund page", () => {
    const html = read("jamtland");
    expect(html).toMatch(/<h3 id="ar-2025">2025<\/h3>[\s\S]*Styrelseprotokoll 2025-11-28/);
  });

  it("has the notice on the anslagstavla on the build date, with its dates, where it is kept and how to appeal", () => {
    const t = text(read("jamtland/anslagstavla"));
    expect(t).toContain("Anslagstavlan visar läget 2025-12-20");
    expect(t).toContain("Justerat protokoll: Styrelsen 2025-11-28");
    expect(t).toContain("Protokollet justerat 2025-12-10");
    expect(t).toContain("Anslaget uppsatt 2025-12-12");
    expect(t).toContain("Sista dag att överklaga 2026-01-02");
    expect(t).toContain("Anslaget tas ned tidigast 2026-01-03");
    expect(t).toContain("Förvaringsplats för protokollet Samordningsförbundet i Jämtlands län");
    expect(t).toContain("laglighetsprövning enligt 13 kap. kommunallagen");
    expect(t).toContain("Förvaltningsrätten i Härnösand senast 2 januari 2026");
    expect(text(read("jamtland/anslagstavla/arkiv"))).toContain("Arkivet är tomt.");
    expect(text(read("solleftea/anslagstavla"))).toContain("Inga anslag just nu.");
  });
});
