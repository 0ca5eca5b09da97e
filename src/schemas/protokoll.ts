// A board meeting's minutes (protokoll): the meeting, who attended and decided, each paragraph (§)
// with its text, decision and basis, the signatures — and the facts the anslagstavla needs.
import { z } from "zod";
import { isoDate, label } from "./common.ts";

const time = z.string({ error: 'väntade en tid skriven "13.20"' }).regex(/^([01]?\d|2[0-3])\.[0-5]\d$/, { error: 'väntade en tid skriven "13.20"' });

/** Who decides: every paragraph (true), none (false / left out), or a range of paragraphs. */
const decides = z
  .union([z.boolean(), z.strictObject({ from: z.number().int().positive(), to: z.number().int().positive() })], {
    error: "väntade true, false eller ett intervall av paragrafer, t.ex. { from: 26, to: 31 }",
  })
  .describe("Beslutande: true för alla paragrafer, eller { from, to } för några av dem.");

const attendance = z
  .strictObject({
    mode: z.enum(["digitalt", "på plats"], { error: 'väntade "digitalt" eller "på plats"' }),
    from: time.optional().describe("Anslöt vid denna tid (senare än mötets början)."),
    to: time.optional().describe("Lämnade mötet vid denna tid (före mötets slut)."),
  })
  .describe("Närvaro; utelämna för den som inte var närvarande.");

const person = z.strictObject({
  name: label.describe('Namnet som det står i protokollet, med parti där dokumentet anger det: "Karin Näsmark (S)".'),
  appointed_by: label.describe("Utsedd av: den medlem som har utsett personen."),
  decides: decides.default(false),
  present: attendance.optional(),
});

const table = z.strictObject({
  caption: label,
  columns: z.array(label).min(1),
  rows: z.array(z.array(z.string())).min(1),
});

// The meeting dates a board adopts for the next year: dates as data, so the calendar of
// `npm run status` reads them; the table prints them as the protokoll states them.
const meetings = z
  .strictObject({
    caption: label,
    columns: z.array(label).length(2, { error: "väntade två kolumner: sammanträdet och tiden" }),
    rows: z
      .array(
        z.strictObject({
          what: label.describe('Sammanträdet som protokollet skriver det: "Styrelsemöte, digitalt".'),
          date: isoDate,
          time: label.describe('Tiden som protokollet skriver den: "kl 9–12".'),
          board: z.boolean().describe("Ett styrelsemöte som kan ta dokument (inte t.ex. en analysdag)."),
        }),
      )
      .min(1),
  })
  .describe("Fastställda sammanträden: veckodag och datum skrivs ut från datumet, tiden som den står.");

const decision = z.union([label, z.strictObject({ text: label, table: table.optional(), meetings: meetings.optional() })], {
  error: "väntade ett beslut som text, eller { text, table } eller { text, meetings }",
});

const section = z.strictObject({
  heading: label,
  text: label.describe("Markdown."),
});

const paragraph = z.strictObject({
  number: z.number({ error: "väntade paragrafens nummer" }).int().positive(),
  title: label,
  dnr: label.optional().describe("Diarienummer."),
  text: z.string().optional().describe("Markdown: vad som redovisades och diskuterades."),
  sections: z.array(section).optional().describe("Underrubriker inom paragrafen (t.ex. informationspunkter)."),
  beslut: z.array(decision).optional().describe("Beslutet; flera beslutspunkter numreras."),
  underlag: z.array(label).optional().describe("Underlag för beslut."),
});

const signature = z.strictObject({ name: label, role: label });

export const protokollSchema = z.strictObject({
  title: label.optional().describe('Om inget anges: "Protokoll förbundsstyrelsen <datum>".'),
  organ: label.default("styrelsen").describe('Organet som sammanträdde: "styrelsen".'),
  meeting: z.strictObject({
    date: isoDate,
    start: time,
    end: time,
    place: label,
  }),
  others: z
    .array(z.strictObject({ name: label, role: label }))
    .default([])
    .describe("Övriga deltagare."),
  justerare: z.array(label).min(1, { error: "väntade minst en justerare" }),
  justering: z
    .strictObject({
      date: isoDate.optional().describe("Datum då protokollet justerades; utelämnas så länge det inte är justerat."),
      digital: z.boolean().default(false).describe("Signerat digitalt."),
    })
    .describe("Justering av protokollet."),
  kept_at: label.describe("Förvaringsplats: var protokollet förvaras."),
  announced_on: z.array(label).min(1).describe("Vems anslagstavlor justeringen tillkännages på."),
  anslag: z
    .strictObject({
      posted: isoDate.optional().describe("Dag då anslaget sattes upp; om inget anges: sista tillåtna dagen (två dagar efter justering)."),
      appeal_to: label.default("förvaltningsrätten").describe("Domstolen som prövar en begäran om laglighetsprövning."),
    })
    .default({ appeal_to: "förvaltningsrätten" }),
  ledamoter: z.array(person).min(1),
  ersattare: z.array(person).default([]),
  paragraphs: z.array(paragraph).min(1, { error: "väntade minst en paragraf" }),
  signatures: z.array(signature).min(1),
});

export type Protokoll = z.output<typeof protokollSchema>;
export type ProtokollPerson = Protokoll["ledamoter"][number];
export type ProtokollParagraph = Protokoll["paragraphs"][number];
