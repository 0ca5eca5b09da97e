// What an årsredovisning's page shows, in the order of the report: förvaltningsberättelse with the
// overview, participants and goal follow-up, the economy with the driftsredovisning, the financial
// statements and the notes. Every prose section is optional; a data block shows where its data is.
import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import { hiddenParticipantValue } from "../compute/arsredovisning/small-counts.ts";
import { anchorId } from "../format/index.ts";
import { driftsredovisningTable } from "../tables/driftsredovisning.ts";
import { goalTable, statusLabel } from "../tables/goals.ts";
import { overviewTable } from "../tables/overview.ts";
import { participantsExitTable, participantsFlowTable, participantsHistoryTable } from "../tables/participants.ts";
import { noteTable, statementTable } from "../tables/statements.ts";
import { type Block, heading, type ProseSection, paragraph, proseLookup, table } from "./body.ts";
import type { BuildContext } from "./kind.ts";

/**
 * The status an ambition's heading shows: in an adopted report the board's own judgment (with what
 * the goals and results give, where they give another); in a draft the one computed from them.
 */
function shownStatus(ambition: ComputedArsredovisning["goals"][number], adopted: boolean) {
  if (!adopted || !ambition.declared) return { status: ambition.status, statusLabel: statusLabel(ambition.status) };
  return {
    status: ambition.declared.status,
    statusLabel: ambition.declared.text,
    ...(ambition.differs && ambition.status ? { computedNote: `Enligt målen och resultaten: ${statusLabel(ambition.status).toLowerCase()}.` } : {}),
  };
}

function goalBlocks(c: ComputedArsredovisning, context: BuildContext, prose: ReturnType<typeof proseLookup>, adopted: boolean): Block[] {
  if (c.goals.length === 0) return [];
  const ambitions = c.goals.map((ambition, index): Block => {
    const id = anchorId(context.id, ambition.path);
    const ambitionHeading = { level: 4 as const, text: ambition.ambition, id: `${id}-rubrik` };
    const minCount = context.forbund.privacy?.min_count;
    const goals = goalTable(ambition, c.year, { hidden: (path) => hiddenParticipantValue({ computed: c, data: undefined }, path, minCount) });
    return {
      type: "group",
      tag: "section",
      className: "goal-ambition",
      id,
      blocks: [
        {
          type: "component",
          name: "goalAmbition",
          params: {
            number: index + 1,
            heading: ambitionHeading,
            followUp: ambition.followUp,
            ...shownStatus(ambition, adopted),
            table: goals,
          },
          headings: [ambitionHeading],
          tables: [goals],
        },
        ...(ambition.prose && prose.has(ambition.prose)
          ? [{ type: "group" as const, tag: "div" as const, className: "goal-prose", blocks: prose.section(ambition.prose) }]
          : []),
      ],
    };
  });
  return [{ type: "group", tag: "div", className: "goal-followup", blocks: ambitions }];
}

/** The participant tables and figures, by the prose section each follows. */
function participantSlots(c: ComputedArsredovisning, context: BuildContext, hasReferrals: boolean): Record<string, Block[]> {
  const p = c.participants;
  if (!p) return {};
  const years = [c.year, c.previousYear];
  // Small counts, and those that would give them away, are hidden (forbund.yaml privacy.min_count).
  const minCount = context.forbund.privacy?.min_count;
  return {
    deltagarflode: [table(participantsHistoryTable(p.history, { caption: "Tabell 1. Deltagarantal över tid", id: "tabell-1", minCount }))],
    arenden: [
      ...(hasReferrals ? [{ type: "figure" as const, chart: "referrals", id: "figur-1", number: "Figur 1" }] : []),
      { type: "figure", chart: "participants", id: "figur-2", number: "Figur 2" },
      table(participantsFlowTable(years, p.years, { caption: "Tabell 2. Deltagare", id: "tabell-2", minCount })),
    ],
    "steg-mot-arbete": [
      table(participantsExitTable(years, p.exitRows, p.years, { caption: "Tabell 3. Status vid avslut", id: "tabell-3", documentId: context.id, minCount })),
    ],
  };
}

function statementBlocks(c: ComputedArsredovisning, context: BuildContext): Block[] {
  const unit = context.unit;
  const statements = [
    ["resultatrakning", "Resultaträkning"],
    ["balansrakning", "Balansräkning"],
    ["kassaflodesanalys", "Kassaflödesanalys"],
  ] as const;
  return statements.flatMap(([name, caption]): Block[] => {
    const statement = c.statements[name];
    return statement ? [heading(3, caption, name), table(statementTable(statement, { unit, caption, documentId: context.id }))] : [];
  });
}

function noteBlocks(c: ComputedArsredovisning, context: BuildContext): Block[] {
  if (c.noter.length === 0) return [];
  return [
    heading(3, "Noter", "noter"),
    ...c.noter.map(
      (note): Block => ({
        type: "group",
        tag: "section",
        className: "note",
        id: `not-${note.number}`,
        heading: { level: 4, text: `Not ${note.number} ${note.title}`, id: `not-${note.number}-rubrik` },
        blocks: [
          table(noteTable(note, { unit: context.unit, documentId: context.id })),
          ...(note.footnote ? [paragraph(note.footnote.replace("\\*", "*"), "footnote")] : []),
        ],
      }),
    ),
  ];
}

/**
 * The sections of an årsredovisning, in the report's order: each a prose section's name and the
 * data blocks that follow it. Any förbund's report is its prose files, in file-name order, each
 * followed by its section's blocks; the blocks of a section without a prose file come where the
 * report has them (before the next section that has prose), so no data is lost when prose is.
 */
export const arsredovisningSections = [
  "forvaltningsberattelse",
  "om-forbundet",
  "oversikt",
  "oversikt-kommentar",
  "styrning",
  "verksamheten",
  "resultat",
  "deltagarflode",
  "arenden",
  "deltagarflode-kommentar",
  "steg-mot-arbete",
  "steg-mot-arbete-kommentar",
  "nns",
  "rapporter",
  "strukturinriktade",
  "mal",
  "ekonomiskt-resultat",
  "prognos",
  "forvantad-utveckling",
  "finansiella-rapporter",
  "redovisningsprinciper",
  "noter",
] as const;

/**
 * Places prose files and the sections' blocks: prose in file order, each section's blocks after it.
 * A section's blocks without its prose get the section's own heading (`headings`), so they do not
 * fall under whatever heading came before them.
 */
export function placeSections(
  prose: readonly ProseSection[],
  order: readonly string[],
  blocks: Record<string, Block[]>,
  options: { skip?: ReadonlySet<string>; headings?: Record<string, Block> } = {},
): Block[] {
  const { skip = new Set<string>(), headings = {} } = options;
  const body: Block[] = [];
  let next = 0;
  const emitUpTo = (index: number) => {
    for (; next < index; next++) {
      const section = blocks[order[next]!] ?? [];
      const own = headings[order[next]!];
      if (section.length && own) body.push(own);
      body.push(...section);
    }
  };
  for (const file of prose) {
    if (skip.has(file.section)) continue;
    const index = order.indexOf(file.section);
    if (index >= next) emitUpTo(index);
    body.push({ type: "prose", prose: file });
    if (index >= next) {
      body.push(...(blocks[order[index]!] ?? []));
      next = index + 1;
    }
  }
  emitUpTo(order.length);
  return body;
}

/** What "<5" and ".." mean, when the förbund hides small counts. */
function hiddenCountsNote(minCount: number | undefined): string {
  if (minCount === undefined) return "";
  return (
    ` Antal deltagare under ${minCount} visas som ”<${minCount}” för att skydda enskilda, ` +
    "och ”..” är ett antal som inte visas för att ett sådant inte ska kunna räknas fram ur de andra."
  );
}

export function arsredovisningBody(
  c: ComputedArsredovisning,
  context: BuildContext,
  hasReferrals: boolean,
  adopted: boolean,
  prognosis: Block[] = [],
): Block[] {
  const prose = proseLookup(context.prose);
  const drifts: Block[] = c.driftsredovisning
    ? [
        {
          type: "group",
          tag: "section",
          className: "ars-keep-together",
          heading: { level: 3, text: "Driftsredovisning", id: "driftsredovisning" },
          blocks: [
            table(
              driftsredovisningTable(c.driftsredovisning, {
                unit: context.unit,
                caption: `Driftsredovisning ${c.year}`,
                anchorPrefix: `${context.id}-driftsredovisning`,
              }),
            ),
          ],
        },
      ]
    : [];
  const slots: Record<string, Block[]> = {
    oversikt: c.overview ? [table(overviewTable(c.overview, { unit: context.unit, documentId: context.id }))] : [],
    ...participantSlots(c, context, hasReferrals),
    mal: goalBlocks(c, context, prose, adopted),
    "ekonomiskt-resultat": drifts,
    // Printed only where the report has a section for it (the board's choice): ./arsredovisning-prognos.ts.
    prognos: prose.has("prognos") ? prognosis : [],
    "finansiella-rapporter": [heading(2, "Finansiella rapporter", "finansiella-rapporter"), ...statementBlocks(c, context)],
    noter: noteBlocks(c, context),
  };
  // The prose of each goal ambition stands inside the goal follow-up, not on its own.
  const ambitionProse = new Set(c.goals.flatMap((a) => (a.prose ? [a.prose] : [])));
  const blocks: Block[] = [
    ...placeSections(context.prose, arsredovisningSections, slots, {
      skip: ambitionProse,
      headings: {
        oversikt: heading(3, "Översikt över verksamhetens utveckling"),
        mal: heading(3, `Uppföljning av verksamhetsmål ${c.year}`),
      },
    }),
    paragraph(
      "En andel som ”49 (35 %)” är antalet och dess andel av årets avslutade deltagare. " +
        `Driftsredovisningen är densamma som förbundets driftsredovisning för ${c.year}. Ett streck (–) betyder att inget belopp finns. ` +
        "En bokstav vid ett belopp hänvisar till en anmärkning under tabellen, en siffra i texten till en anmärkning under stycket." +
        hiddenCountsNote(context.forbund.privacy?.min_count),
      "source-note",
    ),
  ];
  return [{ type: "group", tag: "div", className: "arsredovisning", id: anchorId(context.id, ["arsredovisning"]), blocks }];
}
