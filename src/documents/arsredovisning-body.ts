// What an årsredovisning's page shows, in the order of the report: förvaltningsberättelse with the
// overview, participants and goal follow-up, the economy with the driftsredovisning, the financial
// statements and the notes. Every prose section is optional; a data block shows where its data is.
import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import { anchorId } from "../format/index.ts";
import { driftsredovisningTable } from "../tables/driftsredovisning.ts";
import { goalTable, statusLabel } from "../tables/goals.ts";
import { overviewTable } from "../tables/overview.ts";
import { participantsExitTable, participantsFlowTable, participantsHistoryTable } from "../tables/participants.ts";
import { noteTable, statementTable } from "../tables/statements.ts";
import { type Block, heading, paragraph, proseLookup, table } from "./body.ts";
import type { BuildContext } from "./kind.ts";

function goalBlocks(c: ComputedArsredovisning, context: BuildContext, prose: ReturnType<typeof proseLookup>): Block[] {
  if (c.goals.length === 0) return [];
  const ambitions = c.goals.map((ambition, index): Block => {
    const id = anchorId(context.id, ambition.path);
    const ambitionHeading = { level: 4 as const, text: ambition.ambition, id: `${id}-rubrik` };
    const goals = goalTable(ambition, c.year);
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
            status: ambition.status,
            statusLabel: statusLabel(ambition.status),
            declared: ambition.declared,
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
  return [...prose.section("mal"), { type: "group", tag: "div", className: "goal-followup", blocks: ambitions }];
}

function participantBlocks(c: ComputedArsredovisning, context: BuildContext, prose: ReturnType<typeof proseLookup>, hasReferrals: boolean): Block[] {
  const p = c.participants;
  if (!p) return [];
  const years = [c.year, c.previousYear];
  return [
    ...prose.section("deltagarflode"),
    table(participantsHistoryTable(p.history, { caption: "Tabell 1. Deltagarantal över tid", id: "tabell-1" })),
    ...prose.section("arenden"),
    ...(hasReferrals ? [{ type: "figure" as const, chart: "referrals", id: "figur-1", number: "Figur 1" }] : []),
    { type: "figure", chart: "participants", id: "figur-2", number: "Figur 2" },
    table(participantsFlowTable(years, p.years, { caption: "Tabell 2. Deltagare", id: "tabell-2" })),
    ...prose.section("deltagarflode-kommentar"),
    ...prose.section("steg-mot-arbete"),
    table(participantsExitTable(years, p.exitRows, p.years, { caption: "Tabell 3. Status vid avslut", id: "tabell-3", documentId: context.id })),
    ...prose.section("steg-mot-arbete-kommentar"),
  ];
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

export function arsredovisningBody(c: ComputedArsredovisning, context: BuildContext, hasReferrals: boolean): Block[] {
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
  const blocks: Block[] = [
    ...prose.section("forvaltningsberattelse"),
    ...prose.section("om-forbundet"),
    ...prose.section("oversikt"),
    ...(c.overview ? [table(overviewTable(c.overview, { unit: context.unit, documentId: context.id }))] : []),
    ...prose.section("oversikt-kommentar"),
    ...prose.section("styrning"),
    ...prose.section("verksamheten"),
    ...prose.section("resultat"),
    ...participantBlocks(c, context, prose, hasReferrals),
    ...prose.section("nns"),
    ...prose.section("rapporter"),
    ...prose.section("strukturinriktade"),
    ...goalBlocks(c, context, prose),
    ...prose.section("ekonomiskt-resultat"),
    ...drifts,
    ...prose.section("forvantad-utveckling"),
    heading(2, "Finansiella rapporter", "finansiella-rapporter"),
    ...statementBlocks(c, context),
    ...prose.section("redovisningsprinciper"),
    ...noteBlocks(c, context),
    paragraph(
      "Summor, delsummor, andelar (”49 (35 %)”), förändringar mot föregående år, eget kapital vid årets slut och målens status är beräknade från data. " +
        `Driftsredovisningen är densamma som förbundets driftsredovisning för ${c.year}. Ett streck (–) betyder att inget belopp finns.`,
      "source-note",
    ),
  ];
  return [{ type: "group", tag: "div", className: "arsredovisning", id: anchorId(context.id, ["arsredovisning"]), blocks }];
}
