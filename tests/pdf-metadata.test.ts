import { describe, expect, it } from "vitest";
import { setPdfMetadata } from "../src/pdf/metadata.ts";
import { readPdf } from "../src/pdf/read-pdf.ts";

// A one-page PDF shaped like Chromium's: classic xref table, Info object with print-time dates.
function chromiumLikePdf(printedAt: string): Uint8Array {
  const objects = [
    `1 0 obj\n<</Title (Old) /Producer (Skia/PDF m156) /CreationDate (D:${printedAt}+00'00') /ModDate (D:${printedAt}+00'00')>>\nendobj\n`,
    "2 0 obj\n<</Type /Catalog /Pages 3 0 R /Lang (sv)>>\nendobj\n",
    "3 0 obj\n<</Type /Pages /Kids [4 0 R] /Count 1>>\nendobj\n",
    "4 0 obj\n<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>\nendobj\n",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(body.length);
    body += object;
  }
  const xref = body.length;
  body += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<</Size 5\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, "latin1");
}

const metadata = {
  title: "Driftsredovisning 2025",
  author: "Samordningsförbundet i Jämtlands län",
  subject: "Utfall mot budget",
  keywords: ["Finsam", "tkr"],
  date: "2026-03-13",
};

describe("setPdfMetadata", () => {
  it("sets title, author (with å, ä, ö), subject, keywords and fixed dates", async () => {
    const pdf = await readPdf(setPdfMetadata(chromiumLikePdf("20261123093601"), metadata));
    expect(pdf.info).toMatchObject({
      Title: "Driftsredovisning 2025",
      Author: "Samordningsförbundet i Jämtlands län",
      Subject: "Utfall mot budget",
      Keywords: "Finsam, tkr",
      Producer: "Skia/PDF m156",
      CreationDate: "D:20260313000000+00'00'",
      ModDate: "D:20260313000000+00'00'",
    });
    expect(pdf.language).toBe("sv");
  });

  it("gives identical bytes for PDFs printed at different times", () => {
    const first = setPdfMetadata(chromiumLikePdf("20261123093601"), metadata);
    const second = setPdfMetadata(chromiumLikePdf("20270101120000"), metadata);
    expect(Buffer.compare(first, second)).toBe(0);
    expect(first.toString("latin1")).not.toContain("2026112309");
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => setPdfMetadata(chromiumLikePdf("20261123093601"), { ...metadata, date: "13 mars 2026" })).toThrow(/YYYY-MM-DD/);
  });
});
