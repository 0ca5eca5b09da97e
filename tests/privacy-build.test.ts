// forbund.yaml `privacy: { min_count: 5 }` on a copy of the seeds: the årsredovisning's tables, their
// CSV, its prose and the granskning page's wording hide small participant counts; the granskning
// still compares the real ones. (The examples in data/ do not set it.)
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tablesOf } from "../src/documents/body.ts";
import { prepareSite } from "../src/eleventy/prepare.ts";
import { loadSite } from "../src/model/site.ts";
import { tableToCsv } from "../src/tables/index.ts";
import { copyOfData } from "./helpers/build.ts";
import { seedsProse } from "./helpers/seeds.ts";

// The text as it reads: without tags (a value in prose stands in a span with an id) and with plain spaces.
const plain = (text: string) => text.replace(/<[^>]+>/g, "").replace(/[\u00a0\u202f]/g, " ");

async function siteWithPrivacy() {
  const data = copyOfData();
  appendFileSync(join(data, "jamtland/forbund.yaml"), "privacy: { min_count: 5 }\n");
  const file = join(data, "jamtland/2025/arsredovisning.yaml");
  const yaml = readFileSync(file, "utf8");
  // 2 enrolled without a stated gender (329 − 160 − 167); a text that printed 3 where the data has 4 women.
  const edits: [string, string][] = [
    ["enrolled: { total: 332, women: 160, men: 167 }", "enrolled: { total: 329, women: 160, men: 167 }"],
    ["  stated:\n    current.enrolled.total:", '  stated:\n    exit.work_programme.women.count: { value: 3, where: "x" }\n    current.enrolled.total:'],
  ];
  for (const [from] of edits) expect(yaml).toContain(from);
  const changed = edits.reduce((text, [from, to]) => text.replace(from, to), yaml);
  writeFileSync(file, changed);
  const site = prepareSite(await loadSite(data, { proseDir: seedsProse, charts: false }));
  return { site, doc: site.documents.find((d) => d.url === "/jamtland/2025/arsredovisning/")! };
}

describe("an årsredovisning whose förbund hides small participant counts", () => {
  let built: Awaited<ReturnType<typeof siteWithPrivacy>>;
  beforeAll(async () => {
    built = await siteWithPrivacy();
  });
  const csv = (id: string) => plain(tableToCsv(tablesOf(built.doc.body).find((t) => t.id === id)!));

  it("shows <5 in Tabell 3, and in its CSV, never the count or its share", () => {
    // Arbetsinriktad insats 2025: 4 women (5 %) and so the 6 men (9 %) too.
    expect(csv("tabell-3")).toContain("Arbetsinriktad insats;10 (7 %);<5;..;20 (21 %);12 (23 %);8 (18 %)");
    expect(csv("tabell-3")).not.toMatch(/4 \(5 %\)|6 \(9 %\)/);
  });

  it("hides the same split alike in Tabell 1, Tabell 2 and the prose", () => {
    // Not stated 2 is small: the smaller of women and men (160) is withheld with it.
    expect(csv("tabell-1")).toContain("2025;329;..;167");
    expect(csv("tabell-2")).toContain("Inskrivna deltagare;329;..;167;");
    const prose = plain(JSON.stringify(built.doc.body));
    expect(prose).toContain("(.. kvinnor och 167 män, &lt;5 som ej angivits)");
    expect(prose).not.toContain("160 kvinnor och 167 män");
    expect(prose).toContain("för att skydda enskilda");
  });

  it("compares the real counts, and words the public granskning page with the hidden ones", () => {
    const finding = built.site.findings.find((f) => f.path === "participants.stated.exit.work_programme.women.count.value")!;
    expect(finding).toMatchObject({ rule: "angiven-uppgift", stated: 3, computed: 4, difference: -1 });
    expect(finding.message).toContain("texten anger 3, data ger 4");
    expect(finding.site).toMatchObject({ stated: "<5", computed: "<5", difference: ".." });
    expect(finding.site!.message).toContain("texten anger <5, data ger <5");
    // Findings without hidden counts keep one wording.
    expect(built.site.findings.find((f) => f.path === "participants.stated.current.enrolled.total.value")!.site).toBeUndefined();
  });
});
