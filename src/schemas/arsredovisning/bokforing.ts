// What `npm run import -- sie` found in the bookkeeping, kept to be checked: the accounts' result,
// the balances at the year's start and end (and last year's end as the file says), and the
// accounts no rule took. Written by the import, never typed; the granskning compares it with the
// report (src/checks/bokforing.ts). Amounts in kronor as the file has them, in the project's signs.
import { z } from "zod";
import { year } from "../common.ts";

const kronor = z.number({ error: "väntade ett belopp i kronor" });

const balances = z
  .strictObject({
    tillgangar: kronor.optional(),
    kassa_och_bank: kronor.optional(),
    eget_kapital: kronor.optional(),
    avsattningar: kronor.optional(),
    skulder: kronor.optional(),
  })
  .describe("Saldon per kontoklass i kronor (tillgångar, eget kapital, avsättningar och skulder positiva).");

export const bokforingSchema = z
  .strictObject({
    file: z.string().min(1).describe("SIE-filen som importerades (filnamnet)."),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("Filens kontrollsumma: samma fil importerad igen ändrar ingenting."),
    fnamn: z.string().optional().describe("Organisationens namn enligt filen (#FNAMN)."),
    orgnr: z.string().optional().describe("Organisationsnummer enligt filen (#ORGNR)."),
    year: year.describe("Räkenskapsåret filen gäller (#RAR 0)."),
    arets_resultat: kronor.describe("Summan av alla resultatkonton (#RES 0 eller årets verifikationer), i kronor."),
    ingaende: balances.optional().describe("Ingående balans (#IB 0) per kontoklass."),
    utgaende: balances.optional().describe("Utgående balans (#UB 0, eller #IB 0 + årets verifikationer) per kontoklass."),
    foregaende_utgaende: balances.optional().describe("Föregående års utgående balans enligt filen (#UB -1) per kontoklass."),
    unmapped: z
      .array(z.strictObject({ account: z.string(), name: z.string().optional(), amount: kronor }))
      .default([])
      .describe("Konton med belopp som ingen regel i kontoplanen tog: ett fel i granskningen."),
  })
  .describe("Kontrollsummor från bokföringen, skrivna av npm run import -- sie. Granskningen jämför dem med årsredovisningen.");

export type Bokforing = z.output<typeof bokforingSchema>;
export type BokforingBalances = z.output<typeof balances>;
