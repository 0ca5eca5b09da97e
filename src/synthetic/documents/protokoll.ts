// A synthetic board protokoll for year Y: the November meeting that adopts next year's
// verksamhetsplan. One ledamot and one ersättare per member; the justerare is a ledamot who was
// there and decided; paragraphs numbered in sequence; justering a week after the meeting.
import { memberNames } from "../identity.ts";
import type { ForbundModel } from "../model.ts";
import { personName } from "../names.ts";
import { planDecided } from "./verksamhetsplan.ts";

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

export function protokollData(model: ForbundModel, year: number): { date: string; data: object } {
  const r = model.random.fork(`protokoll-${year}`);
  const date = planDecided(model, year + 1);
  const members = memberNames(model.identity);
  // Every person once: a name twice would make two people one.
  const taken = new Set<string>();
  const unique = (politician: boolean): string => {
    for (let attempt = 0; ; attempt++) {
      const name = personName(r, politician);
      const plain = name.replace(/ \(.*\)$/, "");
      if (!taken.has(plain) || attempt > 50) {
        taken.add(plain);
        return attempt > 50 ? `${name} ${taken.size}` : name;
      }
    }
  };
  const ledamoter = members.map((member, i) => ({
    name: unique(i > 1),
    appointed_by: member,
    ...(i === members.length - 1 && members.length > 4 ? {} : { decides: true, present: { mode: r.pick(["digitalt", "på plats"]) } }),
  }));
  const absent = ledamoter.findIndex((l) => !("decides" in l));
  const ersattare = members.map((member, i) => ({
    name: unique(i > 1),
    appointed_by: member,
    ...(i === absent ? { decides: true, present: { mode: "digitalt" } } : {}),
  }));
  const chair = ledamoter[2]!.name;
  const justerare = ledamoter[3]?.name ?? ledamoter[0]!.name;
  const secretary = unique(false);
  const first = r.int(20, 40);
  const titles: [string, string, string][] = [
    ["Val av justerare", "Styrelsen väljer justerare för dagens protokoll.", `${justerare} väljs att justera protokollet.`],
    ["Godkännande av dagordning", "Förbundschefen presenterar förslaget till dagordning.", "Dagordningen godkänns."],
    [
      `Fastställande av verksamhetsplan och budget ${year + 1}–${year + 3}`,
      "Förbundsstyrelsen ska i god tid inför varje nytt år upprätta en plan för förbundets verksamhet och ekonomi, med en budget och mål för verksamheten.",
      `Styrelsen fastställer verksamhetsplan och budget för ${year + 1}–${year + 3}.`,
    ],
    [
      "Uppföljning av verksamhet och ekonomi",
      "Förbundschefen redovisar uppföljningen av årets verksamhet och ekonomi med helårsprognos.",
      "Informationen läggs till handlingarna.",
    ],
    ["Övriga frågor", "Inga övriga frågor anmäldes.", "Mötet avslutas."],
  ];
  return {
    date,
    data: {
      title: `Protokoll förbundsstyrelsen ${date}`,
      meeting: { date, start: "13.00", end: "15.30", place: r.pick(["Digitalt via Teams", "Förbundets kansli", "Kommunhuset"]) },
      others: [{ name: secretary, role: "förbundschef" }],
      justerare: [justerare],
      justering: { date: addDays(date, 7), digital: true },
      kept_at: model.identity.name,
      announced_on: ["förbundets", "medlemmarnas"],
      anslag: { appeal_to: model.identity.lan.court },
      ledamoter,
      ersattare,
      paragraphs: titles.map(([title, text, beslut], i) => ({ number: first + i, title, text, beslut: [beslut] })),
      signatures: [
        { name: secretary, role: "Sekreterare" },
        { name: chair, role: "Ordförande" },
        { name: justerare, role: "Justerande" },
      ],
    },
  };
}
