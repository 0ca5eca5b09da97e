// Property-based, family protokoll: a generated consistent protokoll — paragraphs numbered in
// sequence, the meeting ending after it starts, every decision-maker present (an ersättare in place
// of an absent ledamot), arrivals and departures within the meeting, each justerare a present
// decision-maker who signs, the justering on or after the meeting day and the anslag within two
// days of it — has no findings. One planted mistake gives the fel of its rule (protokoll, justerare,
// justering-datum, anslag) at its path, and the line the YAML file writes it on. A figure typed into
// a paragraph's text is a notering at its line inside the block of text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Finding } from "../src/checks/finding.ts";
import { parseYamlSource } from "../src/data/yaml-source.ts";
import type { BuildContext } from "../src/documents/kind.ts";
import { protokoll } from "../src/documents/protokoll.ts";
import { protokollSchema } from "../src/schemas/protokoll.ts";
import type { Raw } from "./helpers/participants.ts";

const runs = { numRuns: 100 };

/** ISO dates, without the library's own date functions (src/compute/iso-date.ts is under test through the anslag). */
const isoDay = (days: number) => new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const dayOf = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(2024, 0, 1)) / 86_400_000);
const addDays = (iso: string, days: number) => isoDay(dayOf(iso) + days);
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}.${String(minutes % 60).padStart(2, "0")}`;

const membersOf = ["Försäkringskassan", "Arbetsförmedlingen", "Region Fiktiv", "Alfa kommun", "Beta kommun"];
const letters = "ABCDE";

/** Per member: whether its ledamot came, what its ersättare did, and arrival/departure offsets (thousandths of the meeting). */
const seat = fc.record({
  ledamotPresent: fc.boolean(),
  // With the ledamot there: the ersättare stays away or attends without deciding. Without: the ersättare decides, all or some paragraphs.
  ersattare: fc.constantFrom("absent", "attends", "decides", "decides-some"),
  mode: fc.constantFrom("digitalt", "på plats"),
  arrives: fc.option(fc.integer({ min: 1, max: 998 }), { nil: undefined }),
  leaves: fc.option(fc.integer({ min: 1, max: 998 }), { nil: undefined }),
});

const meetingShape = fc.record({
  day: fc.integer({ min: 0, max: 3 * 365 }),
  start: fc.integer({ min: 8 * 60, max: 14 * 60 }),
  length: fc.integer({ min: 30, max: 300 }),
  first: fc.integer({ min: 1, max: 60 }),
  paragraphs: fc.integer({ min: 1, max: 8 }),
  seats: fc.array(seat, { minLength: 1, maxLength: 5 }),
  justerare: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  justeringAfter: fc.option(fc.integer({ min: 0, max: 14 }), { freq: 8, nil: undefined }),
  postedAfter: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  texts: fc.array(fc.constantFrom("Förbundschefen informerar enligt § 3 och Tabell 2.", "Mötet hölls den 28 november 2025 kl. 13.00."), {
    maxLength: 3,
  }),
});
type MeetingShape = typeof meetingShape extends fc.Arbitrary<infer T> ? T : never;

const chef = { name: "Chef Förbundet", role: "Förbundschef" };

/** A consistent protokoll (schema input). The first member's ledamot is present: there is always someone to chair and justera. */
function minutes(m: MeetingShape): Raw {
  const end = m.start + m.length;
  const last = m.first + m.paragraphs - 1;
  const within = (thousandths: number) => m.start + 1 + Math.floor(((m.length - 2) * thousandths) / 1000);
  const present = (s: (typeof m.seats)[number]) => ({
    mode: s.mode,
    ...(s.arrives !== undefined ? { from: clock(within(s.arrives)) } : {}),
    ...(s.leaves !== undefined ? { to: clock(within(Math.max(s.leaves, s.arrives ?? 0))) } : {}),
  });
  const ledamoter = m.seats.map((s, i) => {
    const person = { name: `Ledamot ${letters[i]}`, appointed_by: membersOf[i] };
    return i === 0 || s.ledamotPresent ? { ...person, decides: true, present: present(s) } : person;
  });
  const ersattare = m.seats.flatMap((s, i) => {
    const person = { name: `Ersättare ${letters[i]}`, appointed_by: membersOf[i] };
    const ledamotThere = "present" in ledamoter[i]!;
    if (s.ersattare === "absent") return [person];
    if (ledamotThere || s.ersattare === "attends") return ledamotThere ? [{ ...person, present: present(s) }] : [person];
    const some = { from: m.first + ((s.arrives ?? 0) % m.paragraphs), to: last };
    return [{ ...person, decides: s.ersattare === "decides" ? true : some, present: present(s) }];
  });
  const deciding = [...ledamoter, ...ersattare].filter((p) => "decides" in p && "present" in p).map((p) => p.name);
  const justerare = [...new Set(m.justerare.map((k) => deciding[k % deciding.length]!))];
  const chair = ledamoter[0]!.name;
  const justering = m.justeringAfter === undefined ? undefined : addDays(isoDay(m.day), m.justeringAfter);
  return {
    meeting: { date: isoDay(m.day), start: clock(m.start), end: clock(end), place: "Förbundets kansli" },
    others: [chef],
    justerare,
    justering: justering ? { date: justering } : {},
    kept_at: "Förbundets kansli",
    announced_on: ["förbundets"],
    ...(justering && m.postedAfter !== undefined ? { anslag: { posted: addDays(justering, m.postedAfter) } } : {}),
    ledamoter,
    ersattare,
    paragraphs: Array.from({ length: m.paragraphs }, (_, i) => ({
      number: m.first + i,
      title: `Ärende ${letters[i % 5]}`,
      ...(m.texts[i] ? { text: m.texts[i] } : {}),
    })),
    signatures: [{ name: chair, role: "Ordförande" }, ...justerare.filter((name) => name !== chair).map((name) => ({ name, role: "Justerare" }))],
  };
}

interface Built {
  findings: Finding[];
  yaml: string;
  lineOf: (path: string) => number | undefined;
}

/** Built from its YAML text, so that findings have the file's lines. */
function build(raw: Raw): Built {
  const yaml = stringify(raw);
  const { source } = parseYamlSource("protokoll.yaml", yaml);
  const context: BuildContext = {
    slug: "t",
    forbund: { members: [] } as never,
    year: Number(raw.meeting.date.slice(0, 4)),
    id: "protokoll",
    source: source!,
    unit: "tkr",
    siblings: [],
    prose: [],
    document: { label: "Protokoll (Test)", url: "/t/", id: "protokoll" },
  };
  const findings = protokoll.build(protokollSchema.parse(raw) as never, context).findings;
  return { findings, yaml, lineOf: (path) => source!.lineOf(path.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k))) };
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.path}`);
type Person = { name: string; decides?: unknown; present?: Raw; appointed_by: string };
const people = (raw: Raw) => [
  ...(raw.ledamoter as Person[]).map((person, i) => ({ person, path: `ledamoter.${i}` })),
  ...(raw.ersattare as Person[]).map((person, i) => ({ person, path: `ersattare.${i}` })),
];

/** Each plant changes one thing and returns the findings it must give, in the order the build reports them. */
const plants: Record<string, (raw: Raw, k: number, pick: number) => string[] | undefined> = {
  "a paragraph number skipped (the rest follow on)": (raw, k, pick) => {
    if (raw.paragraphs.length < 2) return undefined;
    const i = 1 + (pick % (raw.paragraphs.length - 1));
    for (const p of raw.paragraphs.slice(i)) p.number += 1 + (k % 5);
    return [`fel protokoll paragraphs.${i}.number`];
  },
  "the meeting's end before its start (every arrival and departure is then outside it)": (raw, k) => {
    const [h, min] = raw.meeting.start.split(".").map(Number);
    raw.meeting.end = clock(h * 60 + min - 1 - (k % 60));
    const times = people(raw).flatMap(({ person, path }) =>
      (["from", "to"] as const).filter((key) => person.present?.[key]).map((key) => `fel protokoll ${path}.present.${key}`),
    );
    return ["fel protokoll meeting.end", ...times];
  },
  "an arrival before the meeting starts, or a departure after it ends": (raw, k, pick) => {
    const there = people(raw).filter(({ person }) => person.present);
    const { person, path } = there[pick % there.length]!;
    const [start, end] = [raw.meeting.start, raw.meeting.end].map((t: string) => t.split(".").map(Number)).map(([h, m]) => h! * 60 + m!);
    const key = k % 2 === 0 ? "from" : "to";
    person.present!.from = undefined;
    person.present!.to = undefined;
    person.present![key] = clock(key === "from" ? start! - 1 - (k % 60) : end! + 1 + (k % 60));
    return [`fel protokoll ${path}.present.${key}`];
  },
  "a decision-maker, not a justerare, marked absent": (raw, _k, pick) => {
    const candidates = people(raw).filter(({ person }) => person.decides !== undefined && person.present && !raw.justerare.includes(person.name));
    if (candidates.length === 0) return undefined;
    const { person, path } = candidates[pick % candidates.length]!;
    delete person.present;
    return [`fel protokoll ${path}.decides`];
  },
  "deciding on paragraphs beyond the protokoll's": (raw, k, pick) => {
    const candidates = people(raw).filter(({ person }) => person.decides !== undefined);
    const { person, path } = candidates[pick % candidates.length]!;
    const last = raw.paragraphs.at(-1).number;
    person.decides = { from: raw.paragraphs[0].number, to: last + 1 + (k % 5) };
    return [`fel protokoll ${path}.decides`];
  },
  "an ersättare deciding while the ledamot it replaces decides too": (raw, _k, pick) => {
    const candidates = (raw.ersattare as Person[]).map((person, i) => ({ person, i })).filter(({ person }) => person.decides !== undefined);
    if (candidates.length === 0) return undefined;
    const { person, i } = candidates[pick % candidates.length]!;
    const ledamot = (raw.ledamoter as Person[]).find((l) => l.appointed_by === person.appointed_by)!;
    Object.assign(ledamot, { decides: true, present: { mode: "digitalt" } });
    return [`fel protokoll ersattare.${i}.decides`];
  },
  "a justerare (who signs) that was not at the meeting, only attended, or is the förbundschef": (raw, k, pick) => {
    const absent = people(raw).filter(({ person }) => !person.present);
    const attending = people(raw).filter(({ person }) => person.present && person.decides === undefined);
    const who = [...absent, ...attending].map(({ person }) => person.name);
    const name = k % 3 === 0 || who.length === 0 ? chef.name : who[pick % who.length]!;
    const j = pick % raw.justerare.length;
    const before = raw.justerare[j];
    raw.justerare[j] = name;
    // The one who justerade signs as justerare: only the justerare is wrong.
    for (const signature of raw.signatures) if (signature.name === before && signature.role === "Justerare") signature.name = name;
    if (!raw.signatures.some((s: Raw) => s.name === name)) raw.signatures.push({ name, role: "Justerare" });
    if (raw.justerare.filter((x: string) => x === name).length > 1) return undefined;
    return [`fel justerare justerare.${j}`];
  },
  "a justerare's signature missing": (raw, _k, pick) => {
    const j = pick % raw.justerare.length;
    const name = raw.justerare[j];
    if (name === raw.signatures[0].name) return undefined;
    raw.signatures = raw.signatures.filter((s: Raw) => s.name !== name);
    return ["fel justerare signatures"];
  },
  "the justering dated before the meeting (an anslag written after it may then be late)": (raw, k) => {
    raw.justering = { date: addDays(raw.meeting.date, -1 - (k % 30)) };
    return ["fel justering-datum justering.date"];
  },
  "the anslag posted more than two working days after the justering": (raw, k) => {
    raw.justering = { date: raw.justering.date ?? raw.meeting.date };
    raw.anslag = { posted: addDays(raw.justering.date, 10 + (k % 20)) };
    return ["fel anslag anslag.posted"];
  },
  "the anslag posted before the justering": (raw, k) => {
    raw.justering = { date: raw.justering.date ?? raw.meeting.date };
    raw.anslag = { posted: addDays(raw.justering.date, -1 - (k % 10)) };
    return ["fel anslag anslag.posted"];
  },
};

describe("granskning of a protokoll (property-based)", () => {
  it("finds nothing in a consistent protokoll", () => {
    fc.assert(
      fc.property(meetingShape, (m) => {
        expect(build(minutes(m)).findings).toEqual([]);
      }),
      runs,
    );
  });

  for (const [name, plant] of Object.entries(plants)) {
    it(`${name}: the fel of its rule at its path and line`, () => {
      fc.assert(
        fc.property(meetingShape, fc.nat(), fc.nat(), (m, k, pick) => {
          const raw = minutes(m);
          const expected = plant(raw, k, pick);
          fc.pre(expected !== undefined);
          const { findings, lineOf } = build(raw);
          const found = summary(findings);
          if (name.startsWith("the justering dated")) {
            // The justering is the mistake; the anslag, measured from the wrong date, may follow from it.
            expect(found[0]).toBe(expected![0]);
            expect(found.slice(1).every((f) => f === "fel anslag anslag.posted")).toBe(true);
          } else expect(found.sort()).toEqual(expected!.sort());
          for (const f of findings) expect(f.line).toBe(lineOf(f.path));
        }),
        { numRuns: 50 },
      );
    });
  }

  it("siffra-i-text: a figure typed into a paragraph's text is a notering at its line in the block of text", () => {
    fc.assert(
      fc.property(meetingShape, fc.nat(), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 3 }), (m, pick, figure, lines) => {
        const raw = minutes(m);
        const i = pick % raw.paragraphs.length;
        const paragraph = raw.paragraphs[i];
        // Lines before it in the same text, so that the figure stands inside a block, not on the key's line.
        const planted = `Styrelsen noterar att ${figure} deltagare har skrivits in.`;
        paragraph.text = [...Array.from({ length: lines }, () => "Förbundschefen informerar."), planted].join("\n");
        const { findings, yaml } = build(raw);
        const line = yaml.split("\n").findIndex((l) => l.includes(planted)) + 1;
        // A notering: the minutes are the meeting's words, with no data to bind a figure to.
        expect(findings.map((f) => [f.rule, f.severity, f.path, f.line])).toEqual([["siffra-i-text", "notering", `paragraphs.${i}.text`, line]]);
        expect(findings[0]!.url).toBe(`/t/#paragraf-${paragraph.number}`);
      }),
      runs,
    );
  });
});
