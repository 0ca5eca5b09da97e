// data/<förbund>/<year>/verksamhetsplan.yaml: Verksamhetsplan och budget for a plan period.
//
// Sign convention (as the plans print it): income positive, costs negative. An insats' funding is
// written positive (what the förbund pays); a budget line that refers to the insats shows it as a
// cost. Every sum, result and equity balance is computed; what the document prints is kept as
// `stated` and compared with the computed value (the comparison reports any difference).
import { z } from "zod";
import { statedFigure } from "./arsredovisning/stated-figure.ts";
import { amount, isoDate, label, perYear, share, unit, year, yearList, yearsOutside } from "./common.ts";
import { partyKind } from "./forbund.ts";
import { goal, goalGroup, resultatmalSchema } from "./verksamhetsplan-mal.ts";

const values = perYear(amount);

const id = z
  .string({ error: "väntade ett id, t.ex. steget-vidare" })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "väntade ett id av gemena bokstäver a–z, siffror och bindestreck, t.ex. steget-vidare" });

/** "2026-01": a month, for the period of an insats or of a staffed function. */
export const yearMonth = z
  .string({ error: "väntade en månad skriven ÅÅÅÅ-MM, t.ex. 2026-08" })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "väntade en månad skriven ÅÅÅÅ-MM, t.ex. 2026-08" });

/** A share of a full-time post: "40 %", "250 %" or 0.4. May exceed 100 % (several people). */
export const fte = z
  .union([z.number(), z.string().regex(/^\d+([.,]\d+)?\s*%$/, { error: 'väntade en andel av en heltidstjänst, t.ex. "40 %" eller 0.4' })], {
    error: 'väntade en andel av en heltidstjänst, t.ex. "40 %" eller 0.4',
  })
  .transform((value) => (typeof value === "number" ? value : Number(value.replace("%", "").replace(",", ".").trim()) / 100))
  .pipe(z.number().min(0, { error: "väntade en andel på minst 0" }).max(50, { error: "väntade en andel på högst 5 000 %" }));

const period = z.strictObject({ from: yearMonth, to: yearMonth }).refine((p) => p.from <= p.to, { error: "väntade att from inte är senare än to" });

// --- Budget ---------------------------------------------------------------------------------

/**
 * A line of the budget, or a group of lines. A leaf is given by exactly one of
 *   amounts       the amounts as printed,
 *   insats        the id of an insats: the line is its funding, as a cost
 *                 (with `amounts` too, the printed line is compared with the insats' funding),
 *   contribution  the kinds of party whose share of the member contribution the line is.
 * A group has `rows`; its sum is computed. With `sum_label` the group prints as a heading, its rows
 * and a sum row; without, its sum stands on the group's own line above its rows.
 */
export interface BudgetNode {
  id?: string;
  label: string;
  sum_label?: string;
  amounts?: Record<string, number | null>;
  insats?: string;
  contribution?: z.output<typeof partyKind>[];
  rows?: BudgetNode[];
  stated?: Record<string, number | null>;
  emphasis?: boolean;
  hide_sum?: boolean;
}

export const budgetNode: z.ZodType<BudgetNode, unknown> = z.lazy(() =>
  z
    .strictObject({
      id: id.optional().describe("Ett id så att texten (text_figures eller löptexten) kan hänvisa till raden."),
      label: label,
      sum_label: label.optional(),
      amounts: values.optional(),
      insats: id.optional(),
      contribution: z.array(partyKind).min(1).optional(),
      rows: z.array(budgetNode).min(1, { error: "väntade minst en rad" }).optional(),
      stated: values.optional().describe("Värdet så som dokumentet anger det; jämförs med det beräknade."),
      emphasis: z.boolean().optional().describe("Skriv raden i fetstil (som dokumentet gör)."),
      hide_sum: z.boolean().optional().describe("En grupp som skrivs som en vanlig rubrik, utan summa (summan beräknas ändå)."),
    })
    .superRefine((node, context) => {
      const kinds = [node.amounts || node.insats ? "amounts/insats" : null, node.contribution ? "contribution" : null, node.rows ? "rows" : null].filter(
        Boolean,
      );
      if (kinds.length !== 1) {
        context.addIssue({
          code: "custom",
          path: [],
          message: `väntade exakt ett av amounts (eller insats), contribution och rows, fann ${kinds.length === 0 ? "inget" : kinds.join(" och ")}`,
        });
      }
    }),
);

const sectionName = z.enum(["intakter", "kostnader", "finansiella_poster"], {
  error: "väntade intakter, kostnader eller finansiella_poster",
});

/** A computed line summing whole sections: Verksamhetens resultat, Summa kostnader, Årets resultat. */
const summary = z.strictObject({
  id: id.optional(),
  label,
  of: z.array(sectionName).min(1).describe("Delarna som summeras."),
  after: z.enum(["kostnader", "finansiella_poster"]).default("finansiella_poster").describe("Var raden står i tabellen."),
  stated: values.optional(),
});

const budget = z.strictObject({
  caption: label.optional().describe("Tabellrubrik, t.ex. Budget för 2026–2028."),
  years: yearList.describe("Budgetåren, i kolumnordning."),
  medlemsbidrag: values.describe("Medlemsbidraget (medelstilldelning) per år, för alla medlemmar tillsammans."),
  intakter: budgetNode,
  kostnader: budgetNode,
  finansiella_poster: budgetNode.optional(),
  summaries: z.array(summary).default([]),
});

// --- Eget kapital -----------------------------------------------------------------------------

const equity = z.strictObject({
  balance: z
    .strictObject({
      at: z.enum(["start", "end"], { error: "väntade start (ingående) eller end (efter årets slut)" }),
      year,
      amount: z.number({ error: "väntade det kända egna kapitalet som ett tal" }),
      basis: label.optional().describe('Vad beloppet bygger på, t.ex. "beräknat utifrån prognos aug 2025".'),
    })
    .optional()
    .describe(
      "Ett känt eget kapital; övriga år räknas fram (eller tillbaka) med det beräknade årets resultat. Utan det: eget kapital vid årets slut " +
        "enligt helårsprognosen i förra årets tertialuppföljning T2 (uppfoljning-t2.yaml). Skrivs det ändå jämförs det med prognosen.",
    ),
  recommended_share: share.describe("Nationella rådets rekommendation: eget kapital på ungefär denna andel av det årliga medlemsbidraget (1/5 = 20 %)."),
  show: z
    .array(z.enum(["opening", "closing"]))
    .min(1)
    .default(["closing"])
    .describe("Vilket eget kapital budgettabellen visar: opening (vid årets början), closing (vid årets slut)."),
  opening_label: label.default("Eget kapital vid årets början"),
  closing_label: label.default("Eget kapital vid årets slut"),
  stated_opening: values.optional(),
  stated_closing: values.optional(),
});

// --- Insatser -----------------------------------------------------------------------------------

/** A staffed function funded within an insats: "Individkoordinator/coach 90 % jan–jul". */
const staffFunction = z
  .strictObject({
    title: label,
    fte: fte,
    from: yearMonth.optional().describe("Första månaden; om inget anges insatsens period, annars planåret."),
    to: yearMonth.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: "väntade att from inte är senare än to", path: ["to"] });

export const insats = z.strictObject({
  id,
  name: label,
  group: label.describe('Rubriken som insatsen står under, t.ex. "Insatser som medfinansieras 2026".'),
  owner: label.optional().describe("Medlemmen som äger och driver insatsen (ett medlemsnamn i forbund.yaml)."),
  owner_role: label.default("Verksamhetsägare").describe("Verksamhetsägare, Projektägare …"),
  co_parties: z.array(label).default([]).describe("Medparter: medlemmarnas namn."),
  period: period.optional(),
  funding: values.optional().describe("Förbundets finansiering per år, som positivt belopp, så som beskrivningen anger den."),
  funding_label: label.default("Förbundets finansiering"),
  funding_text: label.optional().describe("Finansiering som inte är ett belopp, t.ex. förbundschefens arbetstid."),
  funding_note: label.optional(),
  description: label.optional().describe("Markdown."),
  functions: z.array(staffFunction).default([]),
  goals: z.array(goalGroup).default([]),
});

// --- Figures quoted in the text ---------------------------------------------------------------

/** An amount the prose quotes, kept to be compared with the budget (e.g. "8 248 tkr" in the text). */
const textFigure = z.strictObject({
  label: label.describe("Var och vad, t.ex. Medlemsintäkter 2026 i avsnitt 6."),
  year,
  lines: z.array(id).min(1).describe("Id för de budgetrader vars summa texten citerar."),
  stated: z.number().describe("Beloppet så som texten citerar det, i dokumentets enhet."),
  as_cost: z.boolean().default(false).describe("Texten citerar en kostnad utan minustecken."),
  quotes: z
    .string()
    .optional()
    .describe('Sökvägen texten citerar beloppet med ({% belopp "nyckeltal.2026.kostnader", "tkr" %}): där skrivs det fastställda beloppet ut.'),
  section: id.optional().describe("Textavsnittet där beloppet står (prosafilens namn utan nummer, t.ex. budget)."),
});

/** A figure of levels (an organisation's groups, top first), drawn from its data after a prose section. */
const levelsFigure = z.strictObject({
  id,
  after: id.describe("Textavsnittet (prosafilens namn utan nummer) som figuren står efter, t.ex. verksamhet."),
  caption: label.describe("Figurtexten, t.ex. Figur 1 Samverkansgrupper."),
  levels: z
    .array(z.strictObject({ label, note: label.optional().describe("En rad under benämningen, t.ex. vilka som ingår.") }))
    .min(1)
    .describe("Nivåerna, den översta först."),
});

// --- The plan -------------------------------------------------------------------------------------

export const verksamhetsplanSchema = z
  .strictObject({
    title: label.describe("T.ex. Verksamhetsplan och budget 2026–2028."),
    unit: unit.optional().describe("Enheten för planens belopp; om inget anges förbundets enhet."),
    rounding: z
      .number()
      .positive()
      .default(1)
      .describe("Beloppen är avrundade till så här många enheter (1000: hela tusental); även toleransen för angivna summor."),
    decided: isoDate.optional().describe("Datum då styrelsen antog planen; utan datum är planen ett utkast."),
    decision_label: label.optional(),
    period: z.strictObject({ from: year, to: year }).describe("Åren som planen omfattar."),
    budget,
    eget_kapital: equity,
    insatser: z.array(insats).default([]),
    fte_year: year.optional().describe("Året vars bemannade funktioner summeras till årsarbetare (om inget anges: planens första år)."),
    resultatmal: resultatmalSchema.optional(),
    /** Goals outside the resultatmål table (rare); kept for completeness. */
    other_goals: z.array(goal).default([]),
    text_figures: z.array(textFigure).default([]),
    figures: z.array(levelsFigure).default([]).describe("Figurer av nivåer (t.ex. samverkansgrupper), var och en efter sitt textavsnitt."),
    stated_figures: z
      .record(z.string(), statedFigure)
      .default({})
      .describe("Andra siffror som texten skriver ut (eget kapital, nivåer), med den beräknade sökväg de citerar som nyckel."),
    decided_note: z.string().optional().describe("Om beslutsdatumet, för granskningen (skrivs inte ut i dokumentet), t.ex. att det inte anges i originalet."),
  })
  .superRefine((plan, context) => {
    const ids = new Set<string>();
    plan.insatser.forEach((entry, index) => {
      if (ids.has(entry.id))
        context.addIssue({ code: "custom", path: ["insatser", index, "id"], message: `väntade ett unikt id, fann ${entry.id} två gånger` });
      ids.add(entry.id);
    });
    const years = plan.budget.years.map(String);
    const walk = (node: BudgetNode, path: (string | number)[]) => {
      if (node.insats && !ids.has(node.insats)) {
        context.addIssue({ code: "custom", path: [...path, "insats"], message: `väntade id:t för en insats i insatser, fann ${node.insats}` });
      }
      for (const key of ["amounts", "stated"] as const) {
        for (const issue of yearsOutside(node[key], plan.budget.years, [...path, key])) context.addIssue({ code: "custom", ...issue });
      }
      if (node.amounts) {
        for (const y of years) {
          if (!(y in node.amounts))
            context.addIssue({ code: "custom", path: [...path, "amounts"], message: `väntade ett värde för ${y} (skriv "-" för en tom cell), fann inget` });
        }
      }
      for (const [index, row] of (node.rows ?? []).entries()) walk(row, [...path, "rows", index]);
    };
    for (const name of ["intakter", "kostnader", "finansiella_poster"] as const) {
      const node = plan.budget[name];
      if (node) walk(node, ["budget", name]);
    }
    for (const issue of yearsOutside(plan.budget.medlemsbidrag, plan.budget.years, ["budget", "medlemsbidrag"])) context.addIssue({ code: "custom", ...issue });
    for (const y of years) {
      if (!(y in plan.budget.medlemsbidrag))
        context.addIssue({ code: "custom", path: ["budget", "medlemsbidrag"], message: `väntade ett värde för ${y}, fann inget` });
    }
    if (plan.resultatmal && plan.resultatmal.year < plan.period.from) {
      context.addIssue({ code: "custom", path: ["resultatmal", "year"], message: `väntade ett år inom planperioden, fann ${plan.resultatmal.year}` });
    }
  });

export type Verksamhetsplan = z.output<typeof verksamhetsplanSchema>;
export type Insats = z.output<typeof insats>;
export type StaffFunction = z.output<typeof staffFunction>;
export type EquityData = z.output<typeof equity>;
