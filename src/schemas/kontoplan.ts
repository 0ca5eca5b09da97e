// data/<förbund>/kontoplan.yaml: which accounts of the bookkeeping make which row of the
// driftsredovisning, which line of the resultaträkning and balansräkning, and which row of a note
// — what `npm run import -- sie` sums into each. A part left out is made from the chart of
// accounts' classes (Kommun-Bas or BAS) and the rows' ids (src/import/default-kontoplan.ts).
import { z } from "zod";
import { id } from "./common.ts";

const account = z
  .number({ error: "väntade ett kontonummer, t.ex. 3010" })
  .int({ error: "väntade ett kontonummer, t.ex. 3010" })
  .min(10, { error: "väntade ett kontonummer med minst två siffror" })
  .max(99_999_999, { error: "väntade ett kontonummer med högst åtta siffror" });

const from = account.describe("Första kontot i intervallet. Jämförs med lika många siffror: 3000 tar också 30100 och 301.");
const to = account.optional().describe("Sista kontot i intervallet (samma antal siffror som from); utan to: bara kontot from.");

/** `to` has the digits of `from` and is not below it. */
function checkRange(value: { from: number; to?: number }, context: z.RefinementCtx): void {
  const { from, to } = value;
  if (to === undefined) return;
  if (String(from).length !== String(to).length)
    context.addIssue({ code: "custom", path: ["to"], message: `väntade lika många siffror som from (${from}), fann ${to}` });
  else if (to < from) context.addIssue({ code: "custom", path: ["to"], message: `väntade ett konto från ${from} och uppåt, fann ${to}` });
}

const ordered = "Regler i ordning: den första som tar ett konto gäller.";
const rowRule = z.strictObject({ from, to, row: id.describe("Id för raden som kontona summeras till.") }).superRefine(checkRange);
const lineRule = z.strictObject({ from, to, line: id.describe("Id för uppställningens rad som kontona summeras till.") }).superRefine(checkRange);
const rows = z.array(rowRule).describe(ordered);
const lines = z.array(lineRule).describe(ordered);

export const kontoplanSchema = z.strictObject({
  chart: z
    .enum(["kommun-bas", "bas"], { error: "väntade kommun-bas eller bas" })
    .default("kommun-bas")
    .describe("Kontoplanen bokföringen följer: kommun-bas (SKR:s Kommun-Bas) eller bas (BAS-kontoplanen). Ger kontoklasserna för avstämningen."),
  driftsredovisning: rows.optional().describe("Konton → driftsredovisningens rader (utfall). Utan denna del: kontoklasserna och radernas id."),
  resultatrakning: lines.optional().describe("Konton → resultaträkningens rader med egna värden (rader som läses från driftsredovisningen behöver inga)."),
  balansrakning: lines.optional().describe("Konton → balansräkningens rader (utgående balans). Utan denna del: kontoklasserna."),
  noter: z
    .array(z.strictObject({ note: z.number().int().min(1).describe("Notens nummer."), rules: rows }))
    .optional()
    .describe("Konton → notrader, per not."),
});

export type Kontoplan = z.output<typeof kontoplanSchema>;
export type RowRule = z.output<typeof rowRule>;
export type LineRule = z.output<typeof lineRule>;
