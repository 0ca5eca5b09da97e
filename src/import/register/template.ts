// An empty register to fill in (exceljs): the sheet Deltagare with the headings, date formats and
// drop-down lists (Kön, Status vid avslut, Psykiatrikontakt, Anonym, and Insats when the insatser
// are given), and the sheet Instruktioner explaining each column and the allowed values, in Swedish.
// Written from COLUMNS and the categories, so it always says what the reader accepts.
import ExcelJS from "exceljs";
import { compileCategories, DEFAULT_EXIT_CATEGORIES, type ExitCategory } from "./categories.ts";
import { COLUMNS, type ColumnId, columnSpec, normalize } from "./columns.ts";
import type { KnownInsats } from "./validate.ts";

export interface TemplateOptions {
  /** The exit categories whose values Status vid avslut offers; default DEFAULT_EXIT_CATEGORIES. */
  categories?: readonly ExitCategory[];
  /** When given, Insats gets a drop-down list of their ids. */
  insatser?: readonly KnownInsats[];
  /** How many rows get the drop-down lists and date format; default 2000. */
  rows?: number;
}

/** The template's columns, left to right (Åldersgrupp rather than the more identifying Födelseår). */
const TEMPLATE_COLUMNS: readonly ColumnId[] = ["participant", "insats", "gender", "ageGroup", "start", "end", "status", "psychiatry", "anonymous"];

export async function writeRegisterTemplate(options: TemplateOptions = {}): Promise<Buffer> {
  const categories = compileCategories(options.categories ?? DEFAULT_EXIT_CATEGORIES, normalize);
  const rows = options.rows ?? 2000;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "finsam-rapport";
  // A fixed date, so the same options give the same file contents.
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 1));

  const sheet = workbook.addWorksheet("Deltagare", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((id) => ({ header: columnSpec(id).heading, key: id, width: Math.max(14, columnSpec(id).heading.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  const instructions = workbook.addWorksheet("Instruktioner");
  const lists = workbook.addWorksheet("Listor", { state: "hidden" });
  let listColumn = 0;

  const letter = (id: ColumnId) => sheet.getColumn(id).letter;
  const range = (id: ColumnId) => `${letter(id)}2:${letter(id)}${rows + 1}`;
  const validate = (id: ColumnId, validation: ExcelJS.DataValidation) =>
    (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(range(id), validation);
  const list = (id: ColumnId, values: readonly string[], error: string) => {
    let formula = `"${values.join(",")}"`;
    // Excel's inline list holds at most 255 characters and no commas; longer lists go on the hidden sheet Listor.
    if (formula.length > 257 || values.some((value) => value.includes(",") || value.includes('"'))) {
      listColumn++;
      const column = lists.getColumn(listColumn);
      column.values = [columnSpec(id).heading, ...values];
      formula = `Listor!$${column.letter}$2:$${column.letter}$${values.length + 1}`;
    }
    validate(id, { type: "list", allowBlank: true, formulae: [formula], showErrorMessage: true, errorTitle: columnSpec(id).heading, error });
  };

  list("gender", ["kvinna", "man", "annat", "ej angivet"], "Välj kvinna, man, annat eller ej angivet (eller lämna tomt).");
  list("status", categories.allowed, "Välj ett värde ur listan. Fyll i status bara när Slutdatum är ifyllt.");
  list("psychiatry", ["ja", "nej"], "Skriv ja eller nej (tomt = nej).");
  list("anonymous", ["ja", "nej"], "Skriv ja eller nej (tomt = nej).");
  if (options.insatser && options.insatser.length > 0)
    list(
      "insats",
      options.insatser.map((insats) => insats.id),
      "Välj en av förbundets insatser.",
    );
  for (const id of ["start", "end"] as const) {
    sheet.getColumn(id).numFmt = "yyyy-mm-dd";
    validate(id, {
      type: "date",
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      showErrorMessage: true,
      errorTitle: columnSpec(id).heading,
      error: "Skriv ett datum som ÅÅÅÅ-MM-DD.",
    });
  }

  writeInstructions(instructions, categories.allowed, options.categories ?? DEFAULT_EXIT_CATEGORIES);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeInstructions(sheet: ExcelJS.Worksheet, allowed: readonly string[], categories: readonly ExitCategory[]): void {
  sheet.columns = [{ width: 22 }, { width: 14 }, { width: 70 }, { width: 50 }, { width: 40 }];
  const text = (line: string, bold = false) => {
    const row = sheet.addRow([line]);
    if (bold) row.font = { bold: true };
    return row;
  };
  text("Deltagarregister – så fyller du i", true).font = { bold: true, size: 14 };
  text("En rad per deltagare och insats, på bladet Deltagare. Rad 1 har kolumnrubrikerna; ändra inte dem.");
  text("Registret får inte innehålla namn, personnummer, adresser, telefonnummer eller e-post. En fil med en sådan kolumn läses inte.");
  text("Datum skrivs ÅÅÅÅ-MM-DD. En fil med fel räknas inte: alla fel visas på en gång, med rad och kolumn.");
  sheet.addRow([]);

  sheet.addRow(["Kolumn", "Krävs", "Beskrivning", "Tillåtna värden", "Rubriken kan också vara"]).font = { bold: true };
  for (const spec of COLUMNS) {
    const required = spec.required ? "ja" : spec.id === "birthYear" || spec.id === "ageGroup" ? "nej (högst en av Födelseår och Åldersgrupp)" : "nej";
    const values = spec.id === "status" ? `${allowed.join(", ")}; tomt så länge deltagaren är inskriven` : spec.values;
    const row = sheet.addRow([spec.heading, required, spec.description, values, spec.aliases.join(", ")]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.addRow([]);

  text("Status vid avslut räknas så här", true);
  sheet.addRow(["Värde", "", "Räknas som"]).font = { bold: true };
  const byId = new Map(categories.map((category) => [category.id, category]));
  for (const category of categories) {
    const labels: string[] = [];
    for (let c: ExitCategory | undefined = category; c; c = c.of ? byId.get(c.of) : undefined) labels.unshift(c.label);
    for (const value of category.values ?? []) sheet.addRow([value, "", labels.join(" › ")]);
  }
  sheet.addRow([]);

  text("Så räknas deltagarna", true);
  for (const line of [
    "Inskrivna ett år: startdatum senast 31 december och inget slutdatum eller slutdatum tidigast 1 januari samma år.",
    "Nya: startdatum under året. Avslutade: slutdatum under året, fördelade på status vid avslut.",
    "Med Deltagar-id räknas varje person en gång i förbundets totaler; den som går direkt vidare " +
      "till en annan insats räknas inte som avslutad eller ny. Per insats räknas varje rad.",
    "Utan Deltagar-id räknas varje rad som en deltagare.",
    "Anonyma ärenden (Anonym = ja) räknas för sig och inte som inskrivna deltagare.",
  ]) {
    text(line).alignment = { wrapText: false };
  }
}
