// Golden files of the example documents: every table as its CSV and the text of each PDF page,
// under tests/golden/<förbund>/<year>/<document>/. A change in what the documents print shows up
// in review as a change of these files; `npm test -- -u` writes them anew.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "../src/pdf/read-pdf.ts";
import { projectRoot } from "./helpers/build.ts";
import { examplesSite, siteFiles } from "./helpers/site.ts";

const site = examplesSite();
const golden = (path: string) => join(projectRoot, "tests/golden", path);
const documentDirs = [...new Set(siteFiles(site, ".pdf").map((file) => file.slice(0, file.lastIndexOf("/"))))].sort();

describe("golden files of the example documents", () => {
  it("cover every document", () => {
    expect(documentDirs.length).toBe(8);
  });

  for (const dir of documentDirs) {
    it(`${dir}: every table as CSV`, async () => {
      const csvs = readdirSync(join(site, dir))
        .filter((name) => name.endsWith(".csv"))
        .sort();
      expect(csvs.length, dir).toBeGreaterThan(0);
      for (const name of csvs) await expect(readFileSync(join(site, dir, name), "utf8")).toMatchFileSnapshot(golden(`${dir}/${name}`));
    });

    it(`${dir}: the text of each PDF page`, async () => {
      const pdfName = readdirSync(join(site, dir)).find((name) => name.endsWith(".pdf"))!;
      const pdf = await readPdf(readFileSync(join(site, dir, pdfName)));
      const text = pdf.lines.map((lines, i) => `--- sida ${i + 1} av ${pdf.lines.length}\n${lines.join("\n")}\n`).join("");
      await expect(text).toMatchFileSnapshot(golden(`${dir}/${pdfName.replace(/\.pdf$/, ".txt")}`));
    });
  }
});
