import { z } from "zod";
import { label, share, unit } from "./common.ts";
import { lan } from "./lan.ts";

/** The kinds of party in a samordningsförbund (Finsamlagen, SFS 2003:1210, 7 §). */
export const partyKind = z.enum(["state", "region", "municipality"], {
  error: "väntade state (Arbetsförmedlingen, Försäkringskassan), region eller municipality",
});

export const member = z.strictObject({
  name: label.describe("Medlemmens namn, t.ex. Försäkringskassan eller Bergs kommun."),
  kind: partyKind,
  ownership: share
    .optional()
    .describe(
      "Medlemmens ägarandel (delägarskap), t.ex. 1/4. När alla medlemmar har en fördelas varje slags parts bidrag mellan dess medlemmar efter ägarandelen.",
    ),
});

/** data/<förbund>/forbund.yaml: the organisation behind every document of a förbund. */
export const forbundSchema = z
  .strictObject({
    name: label.describe("Fullständigt namn, t.ex. Samordningsförbundet i Jämtlands län."),
    short_name: label.describe("Kort namn i listor och sidhuvuden, t.ex. Jämtland."),
    lan: lan
      .optional()
      .describe(
        'Länet förbundet hör till, med sitt officiella namn, t.ex. "Jämtlands län" eller "Västernorrlands län". ' +
          "Startsidan listar förbunden per län; ett förbund utan län står under ”Län saknas”.",
      ),
    unit: unit.describe("Enheten som förbundets dokument använder för belopp."),
    logo: z
      .string()
      .regex(/^[\w.-]+\.(svg|png|jpg)$/, { error: "väntade filnamnet på en SVG-, PNG- eller JPG-fil i förbundets datamapp" })
      .optional()
      .describe(
        "Logotyp: en SVG-, PNG- eller JPG-fil bredvid forbund.yaml, t.ex. logo.svg. Visas på försättsbladet, i PDF-filernas sidhuvud, " +
          "i webbplatsens sidhuvud på förbundets sidor och som ikon i webbläsarens flik.",
      ),
    accent_color: z
      .string({ error: 'väntade en färg skriven #RRGGBB, t.ex. "#0b5394"' })
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'väntade en färg skriven #RRGGBB (sex hexadecimala siffror), t.ex. "#0b5394"' })
      .optional()
      .describe(
        'Förbundets profilfärg, #RRGGBB inom citattecken, t.ex. "#0b5394". Används för försättsbladets kant, linjen i PDF-filernas sidhuvud ' +
          "och webbplatsens sidhuvud. Där färgen färgar text (länkar, sidhuvudets förbundsnamn) mörkas den vid behov tills kontrasten " +
          "mot bakgrunden är minst 4,5:1 (WCAG 2.1 AA), så även en ljus färg går att använda.",
      ),
    publish_granskning: z
      .boolean({ error: "väntade true eller false" })
      .optional()
      .describe(
        "true: granskningens sida /granskning/ publiceras med förbundets fynd, länkad från webbplatsens meny. " +
          "Utan (eller false) byggs sidan inte: den är förbundschefens och visas bara med npm start.",
      ),
    members: z.array(member).min(1),
    // Small groups can point out the people in them: the site then shows their counts as "<5".
    privacy: z
      .strictObject({
        min_count: z
          .number({ error: "väntade ett heltal, t.ex. 5" })
          .int({ error: "väntade ett heltal, t.ex. 5" })
          .min(2, { error: "väntade minst 2" })
          .max(20, { error: "väntade högst 20" })
          .describe(
            "Antal deltagare under gränsen (men över 0) visas som ”<N” på webbplatsen och i PDF- och CSV-filerna, t.ex. 5; " +
              "ett antal som annars skulle låta ett sådant räknas fram ur de andra visas som ”..”.",
          ),
      })
      .optional()
      .describe("Skydd för enskilda i små grupper: deltagarantal under en gräns visas inte. Granskningen räknar med de verkliga antalen."),
    prognos_varning: z
      .strictObject({
        share: share.default(0.1).describe("Andel av prognosen, t.ex. 0.1 (10 %)."),
        min_amount: z.number().min(0).default(0).describe("Och minst så stort belopp (förbundets enhet), så att små rader inte varnar för småsummor."),
      })
      .default({ share: 0.1, min_amount: 0 })
      .describe(
        "När årsredovisningens utfall för en rad avviker från helårsprognosen i årets tertialuppföljning T2 med mer än så, " +
          "ger granskningen en varning (prognos-utfall).",
      ),
    funding_shares: z
      .strictObject({ state: share, region: share, municipality: share })
      .describe("Andelen av medlemsbidraget som varje slags part betalar: state (staten) 1/2, region 1/4, municipality (kommunerna tillsammans) 1/4."),
  })
  .superRefine((forbund, context) => {
    const total = forbund.funding_shares.state + forbund.funding_shares.region + forbund.funding_shares.municipality;
    if (Math.abs(total - 1) > 1e-9) {
      context.addIssue({ code: "custom", path: ["funding_shares"], message: `väntade andelar som tillsammans är 1, fann ${Number(total.toFixed(4))}` });
    }
    const owned = forbund.members.filter((m) => m.ownership !== undefined);
    if (owned.length > 0) {
      const ownership = owned.reduce((sum, m) => sum + (m.ownership ?? 0), 0);
      if (owned.length < forbund.members.length) {
        context.addIssue({
          code: "custom",
          path: ["members"],
          message: `väntade en ägarandel för varje medlem eller ingen, fann ${owned.length} av ${forbund.members.length}`,
        });
      } else if (Math.abs(ownership - 1) > 1e-9) {
        context.addIssue({ code: "custom", path: ["members"], message: `väntade ägarandelar som tillsammans är 1, fann ${Number(ownership.toFixed(4))}` });
      }
    }
    for (const kind of partyKind.options) {
      if (!forbund.members.some((m) => m.kind === kind)) {
        context.addIssue({ code: "custom", path: ["members"], message: `väntade minst en medlem av sorten ${kind}` });
      }
    }
  });

export type Forbund = z.output<typeof forbundSchema>;
export type PartyKind = z.output<typeof partyKind>;
