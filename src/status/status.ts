// The director's status of a förbund's years: each document of a year — missing, utkast or antagen —
// and what its checklist still lacks (src/documents/*-checklist). Printed by `npm run status`
// and at the end of `npm run new-year`.
import { boardCalendar, type CalendarKind } from "../compute/board-calendar.ts";
import type { DocumentPage, Site } from "../model/site.ts";
import type { Protokoll } from "../schemas/index.ts";

/** The documents a förbund makes every year (protocols come as the board meets). */
export const yearlyKinds = [
  { kind: "verksamhetsplan", id: "verksamhetsplan", label: "Verksamhetsplan och budget" },
  { kind: "internkontrollplan", id: "internkontrollplan", label: "Internkontrollplan" },
  { kind: "uppfoljning", id: "uppfoljning-t1", label: "Tertialuppföljning T1 (jan–april)" },
  { kind: "uppfoljning", id: "uppfoljning-t2", label: "Tertialuppföljning T2 (jan–aug)" },
  { kind: "driftsredovisning", id: "driftsredovisning", label: "Driftsredovisning" },
  { kind: "arsredovisning", id: "arsredovisning", label: "Årsredovisning" },
] as const;

export interface DocumentStatus {
  kind: string;
  /** The data file's name without .yaml: the kind, or the kind and tertial (uppfoljning-t2). */
  id: string;
  label: string;
  state: "saknas" | "utkast" | "antagen";
  document?: Pick<DocumentPage, "url" | "decided" | "sourceFile" | "checklist">;
}

export function yearStatus(site: Pick<Site, "forbund">, slug: string, year: number): DocumentStatus[] {
  const forbund = site.forbund.find((f) => f.slug === slug);
  return yearlyKinds.map(({ kind, id, label }) => {
    const document = forbund?.documents.find((d) => d.kind === kind && d.year === year && d.id === id);
    return { kind, id, label, state: !document ? "saknas" : document.draft ? "utkast" : "antagen", ...(document ? { document } : {}) };
  });
}

export function statusText(site: Pick<Site, "forbund">, slug: string, year: number): string {
  const name = site.forbund.find((f) => f.slug === slug)?.name ?? slug;
  const lines = [`${name} ${year}`];
  for (const status of yearStatus(site, slug, year)) {
    const decided = status.state === "antagen" ? ` ${status.document!.decided}` : "";
    lines.push(`  ${status.label}: ${status.state}${decided}${status.document ? ` (${status.document.sourceFile})` : ""}`);
    for (const item of status.document?.checklist ?? []) lines.push(`    - ${item.text}${item.line ? ` (${item.file}:${item.line})` : ""}`);
  }
  return lines.join("\n");
}

/** The calendar's documents are the yearly ones with the same ids. */
const calendarLabel = (kind: CalendarKind) => yearlyKinds.find((k) => k.id === kind)!.label;

/** The board meetings of `year` that the förbund's protokoll adopted (a decision's `meetings`). */
export function adoptedBoardMeetings(site: Pick<Site, "forbund">, slug: string, year: number): string[] {
  const forbund = site.forbund.find((f) => f.slug === slug);
  const dates = (forbund?.documents ?? [])
    .filter((d) => d.kind === "protokoll")
    .flatMap((d) => (d.data as Protokoll).paragraphs.flatMap((p) => p.beslut ?? []))
    .flatMap((decision) => (typeof decision !== "string" && decision.meetings ? decision.meetings.rows : []))
    .filter((row) => row.board && row.date.startsWith(`${year}-`))
    .map((row) => row.date);
  return [...new Set(dates)].sort();
}

/** The year's calendar: each document the board takes, its deadline and the adopted meeting for it. */
export function calendarText(site: Pick<Site, "forbund">, slug: string, year: number): string | undefined {
  const meetings = adoptedBoardMeetings(site, slug, year);
  if (meetings.length === 0) return undefined;
  const lines = [`Styrelsens kalender ${year} (sammanträden: ${meetings.join(", ")})`];
  for (const entry of boardCalendar(year, meetings)) {
    const when = entry.kind.startsWith("uppfoljning") ? `perioden slutar ${entry.deadline}` : `senast ${entry.deadline}`;
    const meeting = entry.meeting ? `sammanträdet ${entry.meeting}` : "inget fastställt sammanträde passar";
    const status = yearStatus(site, slug, entry.documentYear).find((s) => s.id === entry.kind);
    const count = status?.document?.checklist?.length ?? 0;
    const lacking = count ? `, ${count} ${count === 1 ? "sak" : "saker"} kvar i checklistan` : "";
    lines.push(`  ${calendarLabel(entry.kind)} ${entry.documentYear}: ${meeting} (${when}) – ${status?.state ?? "saknas"}${lacking}`);
  }
  return lines.join("\n");
}
