// The deltagarregister's checks: each bad file gives the right row and column, in Swedish, every
// problem at once and no counts; files with direct identifiers are refused; messages quote no cell
// text but dates and category values.
import { describe, expect, it } from "vitest";
import { countRegister, formatRegisterProblem, type RegisterOptions, type RegisterResult } from "../src/import/register/index.ts";
import { day, generateModel, INSATSER, registerRows, toCsv, toXlsx } from "./helpers/register.ts";

const today = "2026-01-15";
const options: RegisterOptions = { today, years: [2025, 2024], insatser: INSATSER };
const ALLOWED_STATUS = "studier, arbete, arbetsinriktad insats, ej arbetsinriktad insats, sjukersättning, annat, okänd";

/** A good generated register (checked below) to spoil one cell at a time. */
function table() {
  return registerRows(generateModel(4242, 60, 8), { seed: 5 });
}
const column = (t: ReturnType<typeof table>, heading: string) => t.header.indexOf(heading);

function problemsOf(result: RegisterResult): string[] {
  expect(result.ok).toBe(false);
  expect("counts" in result).toBe(false);
  return result.ok ? [] : result.problems.map(formatRegisterProblem);
}

const csv = (file: string, lines: string[]) => countRegister({ file, data: Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`) }, options);
const HEADER = "Deltagar-id;Insats;Kön;Startdatum;Slutdatum;Status vid avslut;Psykiatrikontakt;Anonym";

describe("bad registers give problems, not counts", () => {
  it("the unspoilt register is fine (so each problem below comes from its spoilt cell)", async () => {
    expect((await countRegister({ file: "deltagare.xlsx", data: await toXlsx(table()) }, options)).ok).toBe(true);
    expect((await countRegister({ file: "deltagare.csv", data: toCsv(table()) }, options)).ok).toBe(true);
  });

  it("end before start (xlsx, row as the spreadsheet numbers it)", async () => {
    const t = table();
    const row = t.rows[12]!;
    row[column(t, "Startdatum")] = day("2025-03-10");
    row[column(t, "Slutdatum")] = day("2025-02-01");
    row[column(t, "Status vid avslut")] = "arbete";
    const result = await countRegister({ file: "deltagare.xlsx", data: await toXlsx(t) }, options);
    expect(problemsOf(result)).toEqual(["deltagare.xlsx rad 14, kolumn Slutdatum: slutdatum 2025-02-01 är före startdatum 2025-03-10"]);
  });

  it("a date after today (CSV)", async () => {
    const t = table();
    const row = t.rows[40]!;
    row[column(t, "Startdatum")] = day("2026-02-01");
    row[column(t, "Slutdatum")] = null;
    row[column(t, "Status vid avslut")] = "";
    expect(problemsOf(await countRegister({ file: "deltagare.csv", data: toCsv(t) }, options))).toEqual([
      "deltagare.csv rad 42, kolumn Startdatum: startdatum 2026-02-01 är efter dagens datum 2026-01-15",
    ]);
  });

  it("an unknown status, and an unknown gender: the allowed values, not the cell's text", async () => {
    const t = table();
    t.rows[5]![column(t, "Startdatum")] = day("2025-01-10");
    t.rows[5]![column(t, "Slutdatum")] = day("2025-06-30");
    t.rows[5]![column(t, "Status vid avslut")] = "pension";
    t.rows[9]![column(t, "Kön")] = "Anna Andersson";
    const problems = problemsOf(await countRegister({ file: "deltagare.xlsx", data: await toXlsx(t) }, options));
    expect(problems).toEqual([
      `deltagare.xlsx rad 7, kolumn Status vid avslut: okänt värde för status vid avslut; tillåtna värden: ${ALLOWED_STATUS}`,
      "deltagare.xlsx rad 11, kolumn Kön: okänt värde för kön; tillåtna värden: kvinna, man, annat, ej angivet (även K och M; tomt = ej angivet)",
    ]);
    expect(problems.join()).not.toMatch(/pension|Anna/);
  });

  it("a missing column: named, with the columns the file has", async () => {
    const t = table();
    const i = column(t, "Status vid avslut");
    t.header.splice(i, 1);
    for (const row of t.rows) row.splice(i, 1);
    expect(problemsOf(await countRegister({ file: "deltagare.csv", data: toCsv(t) }, options))).toEqual([
      "deltagare.csv kolumn Status vid avslut: kolumnen Status vid avslut saknas; " +
        "kolumner i filen: Deltagar-id, Insats, Kön, Åldersgrupp, Startdatum, Slutdatum, Psykiatrikontakt, Anonym, Kommentar",
    ]);
  });

  it("a Personnummer column: the file is refused, and nothing else in it is read", async () => {
    const t = table();
    t.header.push("Personnummer");
    t.rows.forEach((row, i) => {
      row.push(`19850${(i % 9) + 1}01-${String(1000 + i)}`);
    });
    t.rows[3]![column(t, "Slutdatum")] = day("1999-01-01"); // would be a problem of its own
    const problems = problemsOf(await countRegister({ file: "deltagare.xlsx", data: await toXlsx(t) }, options));
    expect(problems).toEqual([
      "deltagare.xlsx kolumn Personnummer: registret får inte innehålla direkta identifierare (namn, personnummer, adress, telefon, e-post); " +
        "ta bort kolumnen (en pseudonym Deltagar-id räcker för att känna igen en person)",
    ]);
  });

  it("names and other direct identifiers are refused too, whatever the heading's case", async () => {
    for (const heading of ["Namn", "FÖRNAMN", "Efternamn", "E-post", "Telefonnummer", "Adress", "Samordningsnummer", "Deltagarens namn"]) {
      const result = await csv("d.csv", [`${HEADER};${heading}`, "1;jobbspar;kvinna;2025-01-01;;;;;x"]);
      expect(problemsOf(result), heading).toEqual([
        expect.stringMatching(new RegExp(`^d\\.csv kolumn ${heading}: registret får inte innehålla direkta identifierare`)),
      ]);
    }
    // Insatsnamn is a heading for Insats, not a name of a person.
    expect((await csv("d.csv", ["Insatsnamn;Kön;Startdatum;Slutdatum;Status vid avslut", "Jobbspåret;K;2025-01-01;;"])).ok).toBe(true);
  });

  it("a personnummer in a cell (here as the Deltagar-id) refuses the file, without printing it", async () => {
    const problems = problemsOf(
      await csv("d.csv", [HEADER, "D1;jobbspar;K;2025-01-01;;;;", "850101-1234;steget;M;2025-01-01;;;;", "D3;steget;M;2025-01-01;2025-01-01;;;"]),
    );
    expect(problems).toEqual([
      "d.csv rad 3, kolumn Deltagar-id: värdet ser ut som ett personnummer; " +
        "registret får inte innehålla direkta identifierare (namn, personnummer, adress, telefon, e-post) — använd en pseudonym Deltagar-id",
    ]);
    expect(problems.join()).not.toMatch(/850101|1234/);
  });

  it("every problem at once, in row order and left to right, each at its column", async () => {
    const problems = problemsOf(
      await csv("d.csv", [
        HEADER,
        "D1;jobbspar;kvinna;2025-03-10;2025-02-01;arbete;ja;", // 2: end before start
        "D2;kompassen;M;2025-01-01;;;;", // 3: fine (by name)
        "D3;steget;x;2025-01-01;;;;", // 4: gender
        "D4;steget;K;2025-01-01;2025-05-01;;;", // 5: end without status
        "D5;steget;K;10 mars;;;;", // 6: unreadable date
        "D6;steget;K;2025-01-01;;arbete;;", // 7: status without end
        "D7;Okänd insats;K;2025-01-01;;;kanske;", // 8: insats, ja/nej
        ";steget;K;2025-01-01;;;;", // 9: no Deltagar-id
        "D9;steget;K;2025-02-30;;;;", // 10: no such day
        ";steget;K;2025-01-01;2025-01-02;;;ja", // 11: anonymous: no Deltagar-id and no status needed
      ]),
    );
    expect(problems).toEqual([
      "d.csv rad 2, kolumn Slutdatum: slutdatum 2025-02-01 är före startdatum 2025-03-10",
      "d.csv rad 4, kolumn Kön: okänt värde för kön; tillåtna värden: kvinna, man, annat, ej angivet (även K och M; tomt = ej angivet)",
      "d.csv rad 5, kolumn Status vid avslut: status vid avslut saknas (slutdatum 2025-05-01)",
      "d.csv rad 6, kolumn Startdatum: startdatum kan inte läsas; skriv datumet som ÅÅÅÅ-MM-DD",
      "d.csv rad 7, kolumn Status vid avslut: status vid avslut (arbete) är angiven men slutdatum saknas",
      "d.csv rad 8, kolumn Insats: okänd insats; kända insatser: jobbspar (Jobbspåret), steget (Steget vidare), kompass (Kompassen), unga-vuxna (Unga vuxna)",
      "d.csv rad 8, kolumn Psykiatrikontakt: värdet ska vara ja eller nej (tomt = nej)",
      "d.csv rad 9, kolumn Deltagar-id: Deltagar-id saknas; när kolumnen finns behöver varje rad som inte är anonym en Deltagar-id",
      "d.csv rad 10, kolumn Startdatum: startdatum kan inte läsas; skriv datumet som ÅÅÅÅ-MM-DD",
    ]);
    expect(problems.join()).not.toMatch(/10 mars|Okänd insats|kanske/);
  });

  it("one person's rows: one gender, one year of birth, no two participations in one insats at once", async () => {
    const problems = problemsOf(
      await csv("d.csv", [
        "Deltagar-id;Insats;Kön;Födelseår;Startdatum;Slutdatum;Status vid avslut",
        "D1;jobbspar;kvinna;1990;2024-01-01;2024-06-30;arbete",
        "D1;steget;;1990;2024-07-01;;", // no gender: the person's is used
        "D1;kompass;man;1991;2025-01-01;;",
        "D2;steget;M;1985;2024-01-01;;",
        "D2;steget;M;1985;2025-01-01;2025-03-01;studier",
      ]),
    );
    expect(problems).toEqual([
      "d.csv rad 4, kolumn Kön: kön man skiljer sig från kön kvinna på rad 2 med samma Deltagar-id",
      "d.csv rad 4, kolumn Födelseår: födelseåret skiljer sig från rad 2 med samma Deltagar-id",
      "d.csv rad 6, kolumn Startdatum: deltagandet från 2025-01-01 överlappar rad 5 med samma Deltagar-id och insats (2024-01-01–)",
    ]);
    expect(problems.join()).not.toMatch(/1990|1991|1985/);
  });

  it("headings: a column twice, Födelseår and Åldersgrupp both, and a file without headings", async () => {
    expect(
      problemsOf(await csv("d.csv", ["Insats;Kön;Startdatum;Slutdatum;Status;Status vid avslut;Födelseår;Ålder", "steget;K;2025-01-01;;;;1990;30-49"])),
    ).toEqual([
      "d.csv kolumn Status vid avslut: kolumnen Status vid avslut finns två gånger (också som Status); ta bort den ena",
      "d.csv kolumn Ålder: använd en av kolumnerna Födelseår och Åldersgrupp, inte båda",
    ]);
    expect(problemsOf(await csv("tom.csv", [""]))).toEqual([
      "tom.csv kolumn Insats: kolumnen Insats saknas; kolumner i filen: inga (rad 1 ska ha kolumnrubrikerna)",
      "tom.csv kolumn Kön: kolumnen Kön saknas; kolumner i filen: inga (rad 1 ska ha kolumnrubrikerna)",
      "tom.csv kolumn Startdatum: kolumnen Startdatum saknas; kolumner i filen: inga (rad 1 ska ha kolumnrubrikerna)",
      "tom.csv kolumn Slutdatum: kolumnen Slutdatum saknas; kolumner i filen: inga (rad 1 ska ha kolumnrubrikerna)",
      "tom.csv kolumn Status vid avslut: kolumnen Status vid avslut saknas; kolumner i filen: inga (rad 1 ska ha kolumnrubrikerna)",
    ]);
  });

  it("files that are not a register: not UTF-8, an old .xls, a broken .xlsx, an unclosed quote", async () => {
    const latin1 = Buffer.from("Insats;Kön;Startdatum;Slutdatum;Status vid avslut\nsteget;K;2025-01-01;;\n", "latin1");
    expect(problemsOf(await countRegister({ file: "d.csv", data: latin1 }, options))).toEqual([
      "d.csv: filen är inte kodad som UTF-8; spara den i Excel som ”CSV UTF-8 (kommaavgränsad)”",
    ]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(problemsOf(await countRegister({ file: "d.xls", data: xls }, options))).toEqual([
      "d.xls: filen är en äldre Excel-fil (.xls); spara den som Excel-arbetsbok (.xlsx) eller CSV UTF-8",
    ]);
    expect(problemsOf(await countRegister({ file: "d.xlsx", data: Buffer.from("PK\u0003\u0004 not really") }, options))).toEqual([
      "d.xlsx: filen kan inte läsas som en Excel-arbetsbok (.xlsx)",
    ]);
    expect(problemsOf(await csv("d.csv", [HEADER, 'D1;"steget;K;2025-01-01;;;;']))).toEqual([
      'd.csv: CSV-filen kan inte läsas: ett citattecken (") stängs aldrig (textrad 3)',
    ]);
  });
});

describe("what is accepted", () => {
  it("K/M, ja/nej spellings, Excel booleans and date cells, empty rows between, unknown columns ignored", async () => {
    const result = await csv("d.csv", [
      "deltagar-ID;INSATS;kön;startdatum;slutdatum;Status;Psykiatri;Anonym;Anteckning",
      "D1;Jobbspåret;k;2025-01-01;;;JA;nej;ring tisdag",
      ";;;;;;;;",
      "",
      "D2;steget;M;2025-01-01;2025-06-01;Arbetsinriktad Insats;n;;",
      "D3;STEGET;Ej angivet;2024-12-31;;;;;",
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ignoredColumns).toEqual(["Anteckning"]);
    expect(result.counts.rows).toBe(3);
    expect(result.counts.years[2025]!.enrolled).toEqual({ total: 3, women: 1, men: 1 });
    expect(result.counts.years[2025]!.with_psychiatry).toEqual({ total: 1, women: 1, men: 0 });
    expect(result.counts.years[2025]!.exit_status.work_programme).toEqual({ women: 0, men: 1, not_stated: 0 });
    expect(result.counts.insatser.steget![2025]!.enrolled.total).toBe(2);
    expect(result.counts.insatser["unga-vuxna"]![2025]!.enrolled.total).toBe(0);
  });

  it("without a list of insatser, an insats is what the register writes (one spelling per insats)", async () => {
    const result = await countRegister(
      {
        file: "d.csv",
        data: Buffer.from("Insats,Kön,Startdatum,Slutdatum,Status vid avslut\nSteget,K,2025-01-01,,\nsteget,M,2025-01-01,,\nMötesplatsen,,2025-02-01,,\n"),
      },
      { today, years: [2025] },
    );
    expect(result.ok && Object.keys(result.counts.insatser)).toEqual(["Steget", "Mötesplatsen"]);
    expect(result.ok && result.counts.insatser.Steget![2025]!.enrolled).toEqual({ total: 2, women: 1, men: 1 });
  });
});
