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
  .describe("Beslutande: true for every paragraph, or { from, to } for some.");

const attendance = z
  .strictObject({
    mode: z.enum(["digitalt", "på plats"], { error: 'väntade "digitalt" eller "på plats"' }),
    from: time.optional().describe("Joined at this time (later than the meeting's start)."),
    to: time.optional().describe("Left at this time (before the meeting's end)."),
  })
  .describe("Närvaro; leave it out for someone who was not there.");

const person = z.strictObject({
  name: label.describe('The name as printed, with party where the document gives one: "Karin Näsmark (S)".'),
  appointed_by: label.describe("Utsedd av: the member that appointed them."),
  decides: decides.default(false),
  present: attendance.optional(),
});

const table = z.strictObject({
  caption: label,
  columns: z.array(label).min(1),
  rows: z.array(z.array(z.string())).min(1),
});

const decision = z.union([label, z.strictObject({ text: label, table: table.optional() })], {
  error: "väntade ett beslut som text, eller { text, table }",
});

const section = z.strictObject({
  heading: label,
  text: label.describe("Markdown."),
});

const paragraph = z.strictObject({
  number: z.number({ error: "väntade paragrafens nummer" }).int().positive(),
  title: label,
  dnr: label.optional().describe("Diarienummer."),
  text: z.string().optional().describe("Markdown: what was presented and discussed."),
  sections: z.array(section).optional().describe("Sub-headings within the paragraph (e.g. information items)."),
  beslut: z.array(decision).optional().describe("The decision; several items are numbered."),
  underlag: z.array(label).optional().describe("Underlag för beslut."),
});

const signature = z.strictObject({ name: label, role: label });

export const protokollSchema = z.strictObject({
  title: label.optional().describe('Default "Protokoll förbundsstyrelsen <date>".'),
  organ: label.default("styrelsen").describe('The body that met: "styrelsen".'),
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
      date: isoDate.optional().describe("The date the minutes were justerade; left out while they are not."),
      digital: z.boolean().default(false).describe("Signed digitally."),
    })
    .describe("Justering of the minutes."),
  kept_at: label.describe("Förvaringsplats: where the minutes are kept."),
  announced_on: z.array(label).min(1).describe("Whose anslagstavlor announce the justering."),
  anslag: z
    .strictObject({
      posted: isoDate.optional().describe("The day the notice was posted; default: the latest day allowed (two days after justering)."),
      appeal_to: label.default("förvaltningsrätten").describe("The court a laglighetsprövning is sent to."),
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
