// What a protokoll page shows beyond its data: the paragraph range and count, the attendance
// table's cells (who decides on which paragraphs, who was there and when), and the problems found
// in the data (gaps in the numbering, a range outside the meeting's paragraphs …). Pure, no
// formatting of numbers; the texts are the fixed words of the attendance table.
import type { Protokoll, ProtokollPerson } from "../schemas/protokoll.ts";

export interface AttendanceRow {
  name: string;
  appointedBy: string;
  /** "X" for every paragraph, "§§ 26–31" for some, "" for none. */
  decides: string;
  /** "Digitalt", "Digitalt, från 13.20", "" when absent. */
  present: string;
  /** Decides on at least one paragraph. */
  decidesAny: boolean;
  isPresent: boolean;
}

export interface ProtokollIssue {
  /** Path in the data file. */
  path: (string | number)[];
  message: string;
}

export interface ProtokollComputed {
  first: number;
  last: number;
  /** "§§ 25–32" (or "§ 25" for one). */
  range: string;
  paragraphCount: number;
  ledamoter: AttendanceRow[];
  ersattare: AttendanceRow[];
  /** Ledamöter and ersättare present. */
  presentCount: number;
  /** Those with the right to decide on at least one paragraph. */
  decidingCount: number;
  issues: ProtokollIssue[];
}

export function paragraphRange(first: number, last: number): string {
  return first === last ? `§ ${first}` : `§§ ${first}–${last}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function attendanceRow(person: ProtokollPerson, all: { first: number; last: number }): AttendanceRow {
  const decides = person.decides;
  let decidesText = "";
  if (decides === true) decidesText = "X";
  else if (decides !== false) decidesText = decides.from === all.first && decides.to === all.last ? "X" : paragraphRange(decides.from, decides.to);
  const present = person.present
    ? [capitalize(person.present.mode), person.present.from && `från ${person.present.from}`, person.present.to && `till ${person.present.to}`]
        .filter(Boolean)
        .join(", ")
    : "";
  return {
    name: person.name,
    appointedBy: person.appointed_by,
    decides: decidesText,
    present,
    decidesAny: decides !== false,
    isPresent: Boolean(person.present),
  };
}

function minutes(time: string): number {
  const [hours, mins] = time.split(".").map(Number) as [number, number];
  return hours * 60 + mins;
}

export function computeProtokoll(data: Protokoll): ProtokollComputed {
  const numbers = data.paragraphs.map((p) => p.number);
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const issues: ProtokollIssue[] = [];

  data.paragraphs.forEach((paragraph, index) => {
    if (index > 0 && paragraph.number !== data.paragraphs[index - 1]!.number + 1) {
      issues.push({
        path: ["paragraphs", index, "number"],
        message: `§ ${paragraph.number} följer på § ${data.paragraphs[index - 1]!.number}: paragraferna ska numreras i följd`,
      });
    }
  });
  if (minutes(data.meeting.end) <= minutes(data.meeting.start)) {
    issues.push({ path: ["meeting", "end"], message: `sammanträdet slutar (${data.meeting.end}) innan det börjar (${data.meeting.start})` });
  }

  const check = (list: "ledamoter" | "ersattare") =>
    data[list].forEach((person, index) => {
      const decides = person.decides;
      if (typeof decides === "object" && (decides.from > decides.to || decides.from < first || decides.to > last)) {
        issues.push({
          path: [list, index, "decides"],
          message: `${person.name} är beslutande i ${paragraphRange(decides.from, decides.to)}, utanför protokollets ${paragraphRange(first, last)}`,
        });
      }
      if (decides !== false && !person.present) {
        issues.push({ path: [list, index, "decides"], message: `${person.name} är beslutande men inte närvarande` });
      }
      for (const key of ["from", "to"] as const) {
        const at = person.present?.[key];
        if (at && (minutes(at) < minutes(data.meeting.start) || minutes(at) > minutes(data.meeting.end))) {
          issues.push({
            path: [list, index, "present", key],
            message: `${person.name}: ${at} ligger utanför sammanträdet (${data.meeting.start}–${data.meeting.end})`,
          });
        }
      }
    });
  check("ledamoter");
  check("ersattare");

  // An ersättare decides in place of an absent (or not deciding) ledamot appointed by the same member.
  data.ersattare.forEach((person, index) => {
    if (person.decides === false) return;
    const ledamot = data.ledamoter.find((l) => l.appointed_by === person.appointed_by);
    if (ledamot && ledamot.decides === true) {
      issues.push({
        path: ["ersattare", index, "decides"],
        message: `${person.name} är beslutande fast ledamoten för ${person.appointed_by} (${ledamot.name}) också är det`,
      });
    }
  });

  const range = { first, last };
  const ledamoter = data.ledamoter.map((p) => attendanceRow(p, range));
  const ersattare = data.ersattare.map((p) => attendanceRow(p, range));
  const everyone = [...ledamoter, ...ersattare];
  return {
    first,
    last,
    range: paragraphRange(first, last),
    paragraphCount: data.paragraphs.length,
    ledamoter,
    ersattare,
    presentCount: everyone.filter((p) => p.isPresent).length,
    decidingCount: everyone.filter((p) => p.decidesAny).length,
    issues,
  };
}
