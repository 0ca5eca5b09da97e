// Årsredovisning (annual report) of a samordningsförbund: förvaltningsberättelse with participant
// figures, survey results and goal follow-up, and the financial statements with their notes.
// Written for any förbund and any year: every section is optional, so a förbund shows what it has.
// Numbers are written once: counts, survey shares, statement lines and note rows. Sums, shares
// ("49 (35 %)"), changes, equity at year end and goal statuses are computed (src/compute/arsredovisning/).
// Where the source document prints a figure, it may be kept as `stated` to be checked.
import { z } from "zod";
import { amount, isoDate, label, perYear, share, unit, year } from "./common.ts";

const count = z.number({ error: "expected a count (a whole number)" }).int({ error: "expected a whole number" }).min(0, { error: "expected a count of 0 or more" });
/** A count or "-" (printed as a dash: not known / not split). */
const countCell = z
  .union([count, z.literal("-")], { error: 'expected a count or "-" for an empty cell' })
  .transform((value) => (value === "-" ? null : value));

/**
 * A count split by gender. `total` is everyone (also those whose gender is not stated); give
 * either `total` or `not_stated` (default 0) — the other is computed. Both given: they are checked.
 */
export const genderCount = z
  .strictObject({
    total: count.optional().describe("Everyone, also those whose gender is not stated."),
    women: countCell.describe("Kvinnor."),
    men: countCell.describe("Män."),
    not_stated: count.optional().describe("Ej angivet kön."),
  })
  .describe("A count by gender: { total, women, men } or { women, men, not_stated }.");

const participantYear = z.strictObject({
  enrolled: genderCount.describe("Inskrivna deltagare during the year."),
  new: genderCount.optional().describe("Nya deltagare."),
  ended: genderCount.optional().describe("Avslutade deltagare."),
  with_psychiatry: genderCount.optional().describe("Deltagare med kontakt hos psykiatri."),
  with_psychiatry_share: share.optional().describe("Only where the count is not known: the share as printed."),
  anonymous: genderCount.optional().describe("Anonyma ärenden/konsultationer."),
});

/** Status at exit: categories, each a count of the year's ended participants. */
const exitCategory = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, { error: "expected an id of lower-case letters, digits and _" }),
  label,
  /** Printed before the label in bold ("Till"). */
  prefix: z.string().optional(),
  /** A sub-category ("varav arbete") of the category with this id. */
  of: z.string().optional(),
  values: perYear(genderCount),
});

const referralParty = z.strictObject({ party: label, share });

const surveyResult = z.strictObject({
  share: share.describe("Share answering positively, 0–1."),
  women: share.optional(),
  men: share.optional(),
  n: count.optional().describe("Number of respondents."),
});

/** A figure as the source prints it somewhere else, kept to be compared with the data. */
const statedFigure = z.strictObject({
  value: z.number(),
  where: label.describe("Where the document prints it, e.g. 'Uppföljning av verksamhetsmål'."),
  approximate: z.boolean().optional().describe("Printed with 'ca'."),
});

const surveyQuestion = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, { error: "expected an id of lower-case letters, digits and _" }),
  survey: label.default("NNS indikatorenkät"),
  question: label,
  group: z.enum(["deltagare", "medarbetare", "chefer", "forumdeltagare"], { error: "expected deltagare, medarbetare, chefer or forumdeltagare" }),
  results: perYear(surveyResult),
  stated: z.array(statedFigure.extend({ year })).optional(),
});

const comparator = z.enum(["at_least", "at_most", "between"], { error: "expected at_least, at_most or between" });

const goalResult = z
  .strictObject({
    label: label.optional().describe("Who or what: 'medarbetare', 'chefer'; defaults to the survey's group."),
    survey: z.string().optional().describe("Id of a survey question: its share for the report year (and the previous year)."),
    path: z.string().optional().describe("A path in the computed values, e.g. shares.exit.work_study.total."),
    value: z.number().optional().describe("A result written here (source: reports)."),
    previous: z.number().optional(),
  })
  .refine((r) => [r.survey, r.path, r.value].filter((x) => x !== undefined).length === 1, { error: "expected exactly one of survey, path or value" });

export const goalSchema = z
  .strictObject({
    plan_goal: z.string().optional().describe("Id of the goal in the verksamhetsplan of the same year (resultatmal): its text and target are read from there."),
    text: label.optional().describe("The goal; {target} is replaced by the target ('Minst 85 %'). Only where no plan goal is named (or as fallback)."),
    target: z
      .strictObject({
        comparator,
        value: z.number(),
        max: z.number().optional().describe("Upper bound for between."),
        unit: z.enum(["percent", "count", "share_of"]).default("percent"),
      })
      .optional(),
    source: z.enum(["survey", "reports", "accounts"], { error: "expected survey, reports or accounts" }),
    results: z.array(goalResult).min(1),
  })
  .refine((g) => g.plan_goal !== undefined || (g.text !== undefined && g.target !== undefined), { error: "expected plan_goal (a goal id of the verksamhetsplan) or text and target" });

const declaredStatus = z.strictObject({
  text: label.describe("As printed: 'Målet är delvis uppnått'."),
  status: z.enum(["uppnatt", "delvis", "ej"], { error: "expected uppnatt, delvis or ej" }),
});

export const ambitionSchema = z.strictObject({
  ambition: label,
  follow_up: label.describe("How it is followed up: 'Mål uppföljda genom NNS indikatorenkät'."),
  declared: declaredStatus.optional(),
  /** Prose section with the result text and comment: content/prose/…/NN-<prose>.md. */
  prose: z.string().optional(),
  goals: z.array(goalSchema).min(1),
});

const noteRow = z.strictObject({
  label,
  values: perYear(amount),
  /** Which statement line the row belongs to, when a note explains several lines. */
  part: z.string().optional(),
  strong: z.boolean().optional(),
  /** A footnote mark per year ("*"). */
  marks: perYear(z.string()).optional(),
});

const note = z.strictObject({
  number: z.number().int().min(1),
  title: label,
  /** How the note's rows are read: a sum (default), or a movement from opening to closing. */
  sum_label: label.default("Summa"),
  rows: z.array(noteRow).min(1),
  stated_sum: perYear(amount).optional(),
  footnote: z.string().optional(),
});

const lineId = z.string().regex(/^[a-z0-9_]+$/, { error: "expected an id of lower-case letters, digits and _" });

/**
 * A line of a statement. Its value per year is, in this order: the driftsredovisning group's utfall
 * (`driftsredovisning:`), another statement's line (`from: resultatrakning.arets_resultat`), last
 * year's value of a line in this statement (`opening_of:`, for years that have one), or `values`
 * as printed. A line with a note is compared with the note's sum. No value at all: an empty line.
 */
const statementLine = z.strictObject({
  id: lineId.optional(),
  label,
  note: z.number().int().optional(),
  note_part: z.string().optional().describe("The note rows with this `part` make up the line."),
  values: perYear(amount).optional(),
  driftsredovisning: z.enum(["intakter", "kostnader", "finansiella_poster"]).optional().describe("Take the line from this group's utfall in the driftsredovisning of the same year."),
  from: z.string().regex(/^(resultatrakning|balansrakning|kassaflodesanalys)\.[a-z0-9_]+$/, { error: "expected statement.line_id, e.g. resultatrakning.arets_resultat" }).optional(),
  opening_of: lineId.optional().describe("Opening balance: last year's value of this line (e.g. the closing equity)."),
  stated: perYear(amount).optional().describe("As printed, where the value is computed."),
  strong: z.boolean().optional(),
  change_of: z
    .string()
    .regex(/^-?(resultatrakning|balansrakning|kassaflodesanalys)\.[a-z0-9_]+$/, { error: "expected statement.line_id, with - in front for the opposite sign" })
    .optional()
    .describe("A change line (kassaflöde): compared with this line's change from last year (closing − opening; '-' in front: the opposite)."),
});

const statementSum = z.strictObject({
  sum: label.describe("Label of a sum: of the listed ids, or of every line above."),
  of: z.array(lineId).optional(),
  id: lineId.optional(),
  strong: z.boolean().default(true),
  stated: perYear(amount).optional(),
});

const statementHeading = z.strictObject({ heading: label, strong: z.boolean().default(true) });

const statement = z.strictObject({
  years: z.array(year).min(1).describe("Columns, newest first."),
  /** Column headings when not just the year: "2025-01-01 – 2025-12-31". */
  column_labels: perYear(z.string()).optional(),
  entries: z.array(z.union([statementSum, statementHeading, statementLine])),
});


const overviewYear = z.strictObject({
  intakter: amount.optional(),
  kostnader: amount.optional(),
  arets_resultat: amount.optional(),
  anstallda: z.number().optional().describe("Antal anställda på kansliet (årsarbetare)."),
});

const forumEvent = z.strictObject({ name: label, kind: z.string().optional(), participants: count.optional() });

export const arsredovisningSchema = z.strictObject({
  title: label.optional().describe("Default: Årsredovisning <year>."),
  unit: unit.optional(),
  decided: isoDate.describe("The date the board adopted the report."),

  contents_as_printed: z
    .array(z.strictObject({ title: label, page: z.number().int().min(1) }))
    .optional()
    .describe("The innehåll as the source prints it; page numbers that go backwards are reported."),

  overview: z
    .strictObject({
      years: z.array(year).min(1).describe("Columns of the 'Översikt över verksamhetens utveckling', newest first."),
      values: perYear(overviewYear).describe("Per year; the report year's intäkter, kostnader and resultat come from the statements."),
    })
    .optional(),

  participants: z
    .strictObject({
      years: perYear(participantYear),
      history_years: z.number().int().min(1).default(5).describe("How many years Tabell 1 shows."),
      exit_status: z.array(exitCategory).optional(),
      referrals: z
        .strictObject({ approx_total: count.optional(), enrolled_share: share.optional(), by_party: z.array(referralParty).min(1) })
        .optional(),
      stated: z.record(z.string(), statedFigure).optional().describe("Figures the prose prints, keyed by the computed path they quote."),
      insatser: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[a-z0-9_]+$/, { error: "expected an id of lower-case letters, digits and _" }),
            name: label,
            period: z.string().optional(),
            participants: genderCount.describe("Deltagare under hela insatstiden."),
            ended: count.describe("Avslutade under insatstiden."),
            to_work_study: count.optional(),
            to_work_programme: count.optional(),
            approximate: z.boolean().optional().describe("The report gives the counts with 'ca'."),
          }),
        )
        .optional()
        .describe("Insatser that ended during the year, with their results over the whole period."),
      text_figures: z.record(z.string(), z.number()).optional().describe("Figures only the text gives (no table has them), e.g. a share of the ended participants."),
    })
    .optional(),

  surveys: z
    .strictObject({
      respondents: perYear(z.strictObject({ n: count.optional(), share_of_ended: share.optional() })).optional(),
      questions: z.array(surveyQuestion),
    })
    .optional(),

  forums: z
    .strictObject({ approx_total: count.optional(), events: z.array(forumEvent) })
    .optional(),

  goals: z.array(ambitionSchema).optional(),

  economy: z
    .strictObject({
      funded_positions: z.number().optional().describe("Tjänster finansierade hos medlemmarna (årsarbetare)."),
      cost_details: z
        .array(z.strictObject({ id: z.string(), label, utfall: z.number(), budget: z.number().optional() }))
        .optional()
        .describe("Parts of a driftsredovisning row the text names (aktiviteter, drift)."),
      individual_cost_rows: z.array(label).optional().describe("Driftsredovisning rows counted as individinriktade insatser."),
      equity_recommended_share: share.optional().describe("Nationella rådets rekommendation: eget kapital as share of medlemsbidraget."),
      next_year: z.strictObject({ year, intakter: z.number(), kostnader: z.number() }).optional(),
      stated: z.record(z.string(), statedFigure).optional(),
    })
    .optional(),

  resultatrakning: statement.optional(),
  balansrakning: statement.optional(),
  kassaflodesanalys: statement.optional(),
  noter: z.array(note).optional(),
});

export type Arsredovisning = z.output<typeof arsredovisningSchema>;
export type GenderCountInput = z.output<typeof genderCount>;
export type Statement = z.output<typeof statement>;
export type StatementEntry = Statement["entries"][number];
export type Note = z.output<typeof note>;
export type Ambition = z.output<typeof ambitionSchema>;
export type Goal = z.output<typeof goalSchema>;
