// Rows are known by their ids, never by their labels: renaming a driftsredovisning row changes its
// label where it is printed, and nothing else — no prose, no anchor, no finding.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tablesOf } from "../src/documents/body.ts";
import { type PreparedSite, prepareSite } from "../src/eleventy/prepare.ts";
import { loadSite } from "../src/model/site.ts";
import { copyOfData } from "./helpers/build.ts";
import { seedsProse } from "./helpers/seeds.ts";

async function prepared(data: string): Promise<PreparedSite> {
  return prepareSite(await loadSite(data, { proseDir: seedsProse, charts: false }));
}

function view(site: PreparedSite) {
  return site.documents.map((doc) => ({
    url: doc.url,
    prose: JSON.stringify(doc.body.filter((block) => block.type === "prose")),
    anchors: tablesOf(doc.body).flatMap((table) => table.rows.map((row) => row.id ?? "")),
    headings: doc.headings.map((h) => h.id),
  }));
}

describe("renaming a driftsredovisning row", () => {
  it("changes no prose, no anchor and no finding, only the printed label", async () => {
    const data = copyOfData();
    const before = await prepared(data);
    const file = join(data, "jamtland/2025/driftsredovisning.yaml");
    const yaml = readFileSync(file, "utf8");
    writeFileSync(
      file,
      yaml
        .replace("label: Personalkostnader", "label: Kostnader för personal")
        .replace("label: Insatsfinansiering", "label: Bidrag till finansierade insatser"),
    );
    const after = await prepared(data);
    expect(view(after)).toEqual(view(before));
    expect(after.findings.map((f) => `${f.rule} ${f.path} ${f.severity}`)).toEqual(before.findings.map((f) => `${f.rule} ${f.path} ${f.severity}`));
    const labels = (site: PreparedSite) => tablesOf(site.documents.find((d) => d.id === "driftsredovisning")!.body)[0]!.rows.map((row) => row.header?.text);
    expect(labels(after)).toContain("Kostnader för personal");
    expect(labels(before)).toContain("Personalkostnader");
  });
});
