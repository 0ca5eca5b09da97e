// What a protokoll's page shows: the meeting's facts, the attendance, each paragraph, the signatures.

import { literalAsWritten } from "../checks/prose-literals.ts";
import type { NoticeDates } from "../compute/anslagstavla.ts";
import type { ProtokollComputed } from "../compute/protokoll.ts";
import { formatDate, formatLongDate } from "../format/index.ts";
import type { Protokoll } from "../schemas/protokoll.ts";
import { attendanceTable, meetingsTable, writtenTable } from "../tables/protokoll.ts";
import { type Block, type Inline, paragraph, table } from "./body.ts";
import type { BuildContext } from "./kind.ts";

/** What a protokoll computes: its § range, attendance and issues, and the anslagstavla's dates once justerat. */
export interface ProtokollPageData extends ProtokollComputed {
  anslag?: NoticeDates;
}

/** The id of a paragraph's heading ("paragraf-26"); its decision's is that and "-beslut". */
export const paragraphAnchor = (number: number): string => `paragraf-${number}`;

/** "A, B och C". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;
}

function facts(data: Protokoll, computed: ProtokollPageData, forbundName: string, slug: string): Block {
  const date = (iso: string): Inline => ({ text: formatDate(iso), datetime: iso });
  const rows: { term: string; value: Inline[] }[] = [
    { term: "Plats", value: [{ text: data.meeting.place }] },
    {
      term: "Tid",
      value: [{ text: formatLongDate(data.meeting.date), datetime: data.meeting.date }, { text: `, kl. ${data.meeting.start}–${data.meeting.end}` }],
    },
    { term: "Paragrafer", value: [{ text: `${computed.range} (${computed.paragraphCount} paragrafer)` }] },
    { term: "Beslutande", value: [{ text: "Enligt " }, { text: "förteckning", href: "#narvaro" }, { text: ` (${computed.decidingCount} beslutande)` }] },
    ...(data.others.length ? [{ term: "Övriga deltagare", value: [{ text: data.others.map((o) => `${o.name}, ${o.role}`).join("; ") }] }] : []),
    { term: "Utses att justera", value: [{ text: andList(data.justerare) }] },
    { term: "Justering", value: [data.justering.date ? date(data.justering.date) : { text: "Ej justerat" }] },
    { term: "Förvaringsplats", value: [{ text: data.kept_at }] },
  ];
  const announcement: Inline[] = [
    { text: `Justering av detta protokoll tillkännages genom anslag på ${andList(data.announced_on)} anslagstavlor under tre veckor efter justeringsdagen.` },
  ];
  if (computed.anslag) {
    announcement.push(
      { text: " Se " },
      { text: "förbundets anslagstavla", href: `/${slug}/anslagstavla/` },
      { text: ": anslaget sattes upp " },
      date(computed.anslag.posted),
      { text: ", sista dag att överklaga är " },
      date(computed.anslag.appealEnds),
      { text: "." },
    );
  }
  const heading = { level: 2 as const, text: `Protokoll – ${data.organ} för ${forbundName}`, id: "sammantradet" };
  return {
    type: "group",
    tag: "section",
    className: "protocol-facts",
    heading,
    blocks: [
      { type: "component", name: "facts", params: { rows } },
      { type: "paragraph", parts: announcement },
    ],
  };
}

export function protokollBody(data: Protokoll, computed: ProtokollPageData, context: BuildContext): Block[] {
  const ledamoter = attendanceTable(computed.ledamoter, { caption: "Ledamöter", id: "ledamoter" });
  const ersattare = attendanceTable(computed.ersattare, { caption: "Ersättare", id: "ersattare" });
  const attendance: Block = {
    type: "group",
    tag: "section",
    className: "attendance",
    heading: { level: 2, text: "Närvaro", id: "narvaro" },
    blocks: [
      paragraph(
        `${computed.presentCount} närvarande, varav ${computed.decidingCount} beslutande. ”X” ` +
          `betyder beslutande i alla paragrafer; annars anges de paragrafer personen var beslutande i.`,
      ),
      table(ledamoter),
      table(ersattare),
    ],
  };
  const paragraphs = data.paragraphs.map((p): Block => {
    const heading = { level: 2 as const, text: `§ ${p.number} ${p.title}${p.dnr ? `, Dnr ${p.dnr}` : ""}`, id: paragraphAnchor(p.number) };
    // A decision is plain text: a figure marked {% ordagrant "…" %} prints as written.
    const decisions = (p.beslut ?? []).map((item) =>
      typeof item === "string"
        ? { text: literalAsWritten(item) }
        : {
            text: literalAsWritten(item.text),
            ...(item.table ? { table: writtenTable(item.table) } : item.meetings ? { table: meetingsTable(item.meetings) } : {}),
          },
    );
    return {
      type: "component",
      name: "protokollParagraph",
      params: { paragraph: p, heading, decisions },
      headings: [heading],
      tables: decisions.flatMap((d) => ("table" in d && d.table ? [d.table] : [])),
    };
  });
  const signatures: Block = {
    type: "group",
    tag: "section",
    className: "signatures",
    heading: { level: 2, text: `Underskrifter${data.justering.digital ? " (digitala)" : ""}`, id: "underskrifter" },
    blocks: [{ type: "component", name: "signatures", params: { signatures: data.signatures } }],
  };
  return [facts(data, computed, context.forbund.name, context.slug), attendance, ...paragraphs, signatures];
}
