// The protokoll's justerare against its attendance: each justerare attests that the minutes say what
// was decided, so (as the arbetsordningar of kommunala nämnder and förbund have it) is a ledamot or
// tjänstgörande ersättare who was at the meeting and decided — not an övrig deltagare such as the
// förbundschef who keeps the minutes — and signs them. That the justerare is not the ordförande is
// not checked: the schema does not say who chaired (a signature's role is free text). Pure.
import type { Protokoll, ProtokollPerson } from "../schemas/protokoll.ts";
import type { ProtokollIssue } from "./protokoll.ts";

/** A name as compared: Unicode-normalized, spaces collapsed, case ignored. */
const normalized = (name: string) => name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("sv-SE");

/** The name without a trailing party in parentheses: "Karin Sundin (S)" → "karin sundin". */
const withoutParty = (name: string) => normalized(name).replace(/\s*\([^()]*\)$/, "");
const hasParty = (name: string) => withoutParty(name) !== normalized(name);

/**
 * Whether two spellings name the same person: the same name, or the same name where one of them
 * leaves the party out (the header may write "Karin Sundin", the attendance "Karin Sundin (S)").
 */
export function sameName(a: string, b: string): boolean {
  if (normalized(a) === normalized(b)) return true;
  return (!hasParty(a) || !hasParty(b)) && withoutParty(a) === withoutParty(b);
}

type Member = { person: ProtokollPerson; list: "ledamot" | "ersättare" };

export function justerareIssues(data: Protokoll): ProtokollIssue[] {
  const what = (name: string) => `Protokoll ${data.meeting.date}: justerare ${name}`;
  const members: Member[] = [
    ...data.ledamoter.map((person) => ({ person, list: "ledamot" as const })),
    ...data.ersattare.map((person) => ({ person, list: "ersättare" as const })),
  ];
  const issues: ProtokollIssue[] = [];
  data.justerare.forEach((name, index) => {
    const path = ["justerare", index];
    const member = members.find((m) => sameName(m.person.name, name));
    if (!member) {
      const other = data.others.find((o) => sameName(o.name, name));
      issues.push({
        path,
        message: other
          ? `${what(name)} är övrig deltagare (${other.role}), inte ledamot eller ersättare`
          : `${what(name)} finns inte bland protokollets ledamöter och ersättare`,
      });
    } else {
      const { person, list } = member;
      const who = `${what(name)} (${list} för ${person.appointed_by})`;
      if (!person.present) issues.push({ path, message: `${who} var inte närvarande vid sammanträdet` });
      else if (person.decides === false) issues.push({ path, message: `${who} var närvarande men inte beslutande (tjänstgörande)` });
    }
    if (!data.signatures.some((signature) => sameName(signature.name, name))) {
      issues.push({ path: ["signatures"], message: `${what(name)} har ingen underskrift i protokollet` });
    }
  });
  return issues;
}
