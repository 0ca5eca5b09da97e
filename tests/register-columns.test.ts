// The register's columns: headings and their aliases, identifier headings, and reading one cell.
import { describe, expect, it } from "vitest";
import {
  columnOf,
  isIdentifierHeading,
  looksLikePersonnummer,
  parseAgeGroup,
  parseBirthYear,
  parseDate,
  parseGender,
  parseYesNo,
} from "../src/import/register/columns.ts";

describe("headings", () => {
  it("are matched without regard to case, spaces, hyphens and å/ä/ö", () => {
    expect(columnOf("Kön")).toBe("gender");
    expect(columnOf(" KON ")).toBe("gender");
    expect(columnOf("status  vid_avslut")).toBe("status");
    expect(columnOf("Status")).toBe("status");
    expect(columnOf("Deltagar-ID")).toBe("participant");
    expect(columnOf("deltagarid")).toBe("participant");
    expect(columnOf("Födelseår")).toBe("birthYear");
    expect(columnOf("Avslutsdatum")).toBe("end");
    expect(columnOf("Kommentar")).toBeUndefined();
  });

  it("of direct identifiers are recognised; the aliases of Insats are not among them", () => {
    for (const heading of [
      "Namn",
      "namn",
      "Förnamn",
      "Efternamn",
      "Deltagarens namn",
      "Personnummer",
      "Pnr",
      "Personnr.",
      "E-post",
      "Epost",
      "Telefon",
      "Mobilnummer",
      "Adress",
      "Samordningsnummer",
    ]) {
      expect(isIdentifierHeading(heading), heading).toBe(true);
    }
    for (const heading of ["Insatsnamn", "Insats", "Kön", "Deltagar-id", "Kommentar", "Status vid avslut"])
      expect(isIdentifierHeading(heading), heading).toBe(false);
  });
});

describe("cells", () => {
  it("personnummer and samordningsnummer are recognised, other keys are not", () => {
    for (const text of ["850101-1234", "19850101-1234", "198501011234", "8501011234", "20051231+1234", "850161-1234"])
      expect(looksLikePersonnummer(text), text).toBe(true);
    for (const text of ["D1001", "1234", "2025-03-10", "851301-1234", "12345", "P-0042"]) expect(looksLikePersonnummer(text), text).toBe(false);
  });

  it("dates: ISO text or Excel date cells, real days only", () => {
    expect(parseDate("2025-03-10")).toBe("2025-03-10");
    expect(parseDate(" 2025-03-10 ")).toBe("2025-03-10");
    expect(parseDate(new Date(Date.UTC(2024, 1, 29)))).toBe("2024-02-29");
    for (const bad of ["2025-02-29", "2025-13-01", "10/3/2025", "2025-3-10", "20250310", "", "1899-12-31"]) expect(parseDate(bad), bad).toBeUndefined();
    expect(parseDate(45726)).toBeUndefined(); // a number is not taken for an Excel serial date
  });

  it("kön, ja/nej, födelseår, åldersgrupp", () => {
    expect([parseGender("Kvinna"), parseGender("K"), parseGender("m"), parseGender("ANNAT"), parseGender(null), parseGender("Ej angivet")]).toEqual([
      "woman",
      "woman",
      "man",
      "other",
      "not_stated",
      "not_stated",
    ]);
    expect(parseGender("kvinnor")).toBeUndefined();
    expect([parseYesNo("Ja"), parseYesNo("j"), parseYesNo(true), parseYesNo("SANT"), parseYesNo(null), parseYesNo("nej"), parseYesNo(false)]).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(parseYesNo("kanske")).toBeUndefined();
    expect([parseBirthYear(1987, 2026), parseBirthYear("1987", 2026), parseBirthYear("87", 2026), parseBirthYear(2027, 2026)]).toEqual([
      1987,
      1987,
      undefined,
      undefined,
    ]);
    expect([parseAgeGroup("16-29"), parseAgeGroup("30 – 49"), parseAgeGroup("65+"), parseAgeGroup("49-30"), parseAgeGroup("ung")]).toEqual([
      "16-29",
      "30-49",
      "65+",
      undefined,
      undefined,
    ]);
  });
});
