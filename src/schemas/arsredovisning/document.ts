// Årsredovisning (annual report) of a samordningsförbund: förvaltningsberättelse with participant
// figures, survey results and goal follow-up, and the financial statements with their notes.
// Written for any förbund and any year: every section is optional, so a förbund shows what it has.
// Numbers are written once: counts, survey shares, statement lines and note rows. Sums, shares
// ("49 (35 %)"), changes, equity at year end and goal statuses are computed (src/compute/arsredovisning/).
// Where the source document prints a figure, it may be kept as `stated` to be checked.
import { z } from "zod";
import { isoDate, label, unit } from "../common.ts";
import { bokforingSchema } from "./bokforing.ts";
import { economySchema, forumsSchema, overviewSchema } from "./economy.ts";
import { ambitionSchema } from "./goals.ts";
import { participantsSchema } from "./participants.ts";
import { noteSchema, statementSchema } from "./statements.ts";
import { surveysSchema } from "./surveys.ts";

export const arsredovisningSchema = z.strictObject({
  title: label.optional().describe("Om inget anges: Årsredovisning <år>."),
  unit: unit.optional(),
  decided: isoDate.optional().describe("Datum då styrelsen antog årsredovisningen; utan datum är den ett utkast."),
  contents_as_printed: z
    .array(z.strictObject({ title: label, page: z.number().int().min(1) }))
    .optional()
    .describe("Innehållsförteckningen så som originalet trycker den; sidnummer som går bakåt rapporteras."),
  overview: overviewSchema.optional(),
  participants: participantsSchema.optional(),
  surveys: surveysSchema.optional(),
  forums: forumsSchema.optional(),
  goals: z.array(ambitionSchema).optional(),
  economy: economySchema.optional(),
  resultatrakning: statementSchema.optional(),
  balansrakning: statementSchema.optional(),
  kassaflodesanalys: statementSchema.optional(),
  noter: z.array(noteSchema).optional(),
  bokforing: bokforingSchema.optional(),
});
