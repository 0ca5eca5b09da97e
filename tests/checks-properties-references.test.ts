import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/checks/finding.ts";
import { arsredovisning } from "../src/documents/arsredovisning.ts";
import { verksamhetsplan } from "../src/documents/verksamhetsplan.ts";
import { arsredovisningSchema } from "../src/schemas/arsredovisning/index.ts";
import { verksamhetsplanSchema } from "../src/schemas/index.ts";
import { participantFigures, participantsData, type Raw, totalOf } from "./helpers/participants.ts";
import { context, forbund, read, statementFigures, summary } from "./helpers/property-context.ts";
import { consistentStatements } from "./helpers/statements.ts";

const runs = { numRuns: 100 };

// ---- Årsredovisning: statements, participants and a goal follow-up that read each other.

const n = (min: number, max: number) => fc.integer({ min, max });
const _pair = (min: number, max: number) => fc.tuple(n(min, max), n(min, max));

/** Computed paths a goal result or a stated figure can read, each a participant count of the report year. */
const countPaths = ["current.enrolled.total", "current.new.women", "current.ended.men", "exit.work_study.total.count", "exit.other.women.count"];
const reportShape = fc.record({
  statements: statementFigures,
  participants: participantFigures,
  // Goal results read from computed paths, two of them from a survey question.
  results: fc.array(fc.constantFrom(...countPaths), { minLength: 1, maxLength: 4 }),
  surveyResults: fc.boolean(),
  stated: fc.subarray(countPaths.slice(0, 3), { minLength: 1 }),
});
type ReportShape = typeof reportShape extends fc.Arbitrary<infer T> ? T : never;

function report(r: ReportShape): Raw {
  const p = r.participants;
  const values: Record<string, number> = {
    "current.enrolled.total": totalOf(p.counts["2025"].enrolled),
    "current.new.women": p.counts["2025"].new.women,
    "current.ended.men": p.counts["2025"].ended.men,
  };
  const stated = Object.fromEntries(r.stated.map((path) => [path, { value: values[path], where: "Förvaltningsberättelsen" }]));
  const surveys = {
    questions: [{ id: "inflytande", question: "Jag har kunnat påverka", group: "deltagare", results: { 2025: { share: 0.8, n: 40 } } }],
  };
  return {
    ...structuredClone(consistentStatements(r.statements)),
    participants: participantsData(p, { stated }),
    ...(r.surveyResults ? { surveys } : {}),
    goals: [
      {
        ambition: "Fler i arbete",
        follow_up: "Mål uppföljda genom rapporter",
        goals: [
          {
            text: "{target} deltagare",
            target: { comparator: "at_least", value: 1, unit: "count" },
            source: "reports",
            results: [...r.results.map((path) => ({ path })), ...(r.surveyResults ? [{ survey: "inflytande" }] : [])],
          },
        ],
      },
    ],
  };
}

const build = (raw: Raw) => arsredovisning.build(arsredovisningSchema.parse(raw) as never, context("arsredovisning", 2025)).findings;

interface Reference {
  /** The reference's path in the data. */
  path: string;
  /** Breaks it: names something that does not exist. */
  breakIt: (raw: Raw) => void;
  /** Rules whose findings may follow from the missing value (the sums it no longer reaches); none: the data fel alone. */
  follows?: string[];
  /** Findings besides the data fel that the same mistake gives at a known place. */
  also?: string[];
}

const MISSING = "saknas";
const sums = ["summa", "balans", "kassa"];

/** Every reference the generated report makes, by kind (indices as tests/helpers/statements.ts writes the statements). */
function references(raw: Raw): Record<string, Reference[]> {
  const entries = (statement: string) => (raw[statement].entries as Raw[]).map((entry, index) => ({ entry, index, at: `${statement}.entries.${index}` }));
  const all = ["resultatrakning", "balansrakning", "kassaflodesanalys"].flatMap(entries);
  const goal = raw.goals[0].goals[0];
  return {
    "a statement line's note": all
      .filter(({ entry }) => entry.note !== undefined)
      .map(({ entry, at }) => ({
        path: `${at}.note`,
        breakIt: () => {
          entry.note = 9;
        },
      })),
    "a part of a sum": all.flatMap(({ entry, at }) =>
      ((entry.of as string[] | undefined) ?? []).map((_, k) => ({
        path: `${at}.of.${k}`,
        breakIt: () => {
          entry.of[k] = MISSING;
        },
        follows: sums,
      })),
    ),
    "a line read from another statement": all
      .filter(({ entry }) => entry.from !== undefined)
      .map(({ entry, at }) => ({
        path: `${at}.from`,
        breakIt: () => {
          entry.from = `resultatrakning.${MISSING}`;
        },
        follows: sums,
      })),
    "the balance line a change line explains": all
      .filter(({ entry }) => entry.change_of !== undefined)
      .map(({ entry, at }) => ({
        path: `${at}.change_of`,
        breakIt: () => {
          entry.change_of = entry.change_of.replace(/\.[a-z_]+$/, `.${MISSING}`);
        },
      })),
    "a goal result's computed path": (goal.results as Raw[]).flatMap((result, r) =>
      result.path
        ? [
            {
              path: `goals.0.goals.0.results.${r}.path`,
              breakIt: () => {
                result.path = `current.${MISSING}.total`;
              },
            },
          ]
        : [],
    ),
    "a goal result's survey question": (goal.results as Raw[]).flatMap((result, r) =>
      result.survey
        ? [
            {
              path: `goals.0.goals.0.results.${r}.survey`,
              breakIt: () => {
                result.survey = MISSING;
              },
            },
          ]
        : [],
    ),
    "the computed path a stated figure quotes": Object.keys(raw.participants.stated).map((quotes) => ({
      path: `participants.stated.current.${MISSING}`,
      breakIt: () => {
        const stated = raw.participants.stated;
        stated[`current.${MISSING}`] = stated[quotes];
        delete stated[quotes];
      },
      // The same mistake read as the figure: the text states a number where data gives none.
      also: [`fel angiven-uppgift participants.stated.current.${MISSING}.value`],
    })),
  };
}

describe("granskning of what an årsredovisning's data refers to (property-based)", () => {
  it("finds nothing when every reference resolves", () => {
    fc.assert(
      fc.property(reportShape, (r) => {
        expect(build(report(r))).toEqual([]);
      }),
      runs,
    );
  });

  const kinds = [
    "a statement line's note",
    "a part of a sum",
    "a line read from another statement",
    "the balance line a change line explains",
    "a goal result's computed path",
    "a goal result's survey question",
    "the computed path a stated figure quotes",
  ];
  for (const kind of kinds) {
    it(`data: ${kind} naming what does not exist is a fel at the reference`, () => {
      fc.assert(
        fc.property(reportShape, fc.nat(), (r, pick) => {
          const raw = report(r);
          const list = references(raw)[kind];
          if (!list) throw new Error(`no references of kind ${kind}`);
          fc.pre(list.length > 0);
          const reference = list[pick % list.length]!;
          reference.breakIt(raw);
          const found = build(raw);
          const data = found.filter((f) => f.rule === "data");
          expect(summary(data)).toEqual([`fel data ${reference.path}`]);
          const rest = found.filter((f) => f.rule !== "data" && !reference.also?.includes(`${f.severity} ${f.rule} ${f.path}`));
          // What follows from the missing value: only the sums it no longer reaches (none for a reference that only compares).
          for (const f of rest) expect(reference.follows ?? [], `${f.rule} ${f.path}`).toContain(f.rule);
          for (const also of reference.also ?? []) expect(summary(found)).toContain(also);
        }),
        { numRuns: 50 },
      );
    });
  }

  // GAPS in rule data, each expected to fail until the reference is checked where it is written (the
  // data rule's description: "rader, noter, mål, enkätfrågor och beräknade värden" exist):
  // - an opening line's `opening_of` (src/compute/arsredovisning/statements.ts lineValue) naming no line
  //   gives no data finding: the opening is null, and only the sums that read it are fel;
  // - a sub-category's `of` (participants.exit_status) naming no category gives nothing at all: the
  //   bound "varav … ≤ its category" (src/checks/exit-status.ts) is silently not checked;
  // - an economy.stated figure quoting no computed value gives only angiven-uppgift ("data ger –"),
  //   where the same in participants.stated also gives a data fel at the key
  //   (src/compute/arsredovisning/stated-figures.ts pushes a problem for participants only).
  const gap = (name: string, path: string, breakIt: (raw: Raw) => void) =>
    it.fails(`data (gap): ${name} naming what does not exist is a fel at the reference`, () => {
      fc.assert(
        fc.property(reportShape, (r) => {
          const raw = report(r);
          breakIt(raw);
          expect(summary(build(raw).filter((f) => f.rule === "data"))).toEqual([`fel data ${path}`]);
        }),
        { numRuns: 20 },
      );
    });
  gap("an opening line's opening_of", "kassaflodesanalys.entries.7.opening_of", (raw) => {
    raw.kassaflodesanalys.entries[7].opening_of = MISSING;
  });
  gap("a sub-category's of", "participants.exit_status.1.of", (raw) => {
    raw.participants.exit_status[1].of = MISSING;
  });
  gap("an economy figure's quoted path", `economy.stated.economy.${MISSING}`, (raw) => {
    raw.economy = { stated: { [`economy.${MISSING}`]: { value: 5, where: "Förvaltningsberättelsen" } } };
  });
});

// ---- Verksamhetsplan: an insats' owner and co-parties are members (rule part).

const memberNames = forbund.members.map((m) => m.name);
const insatsShape = fc.record({ owner: fc.option(fc.constantFrom(...memberNames), { nil: undefined }), coParties: fc.subarray(memberNames) });
const insatser = fc.array(insatsShape, { minLength: 1, maxLength: 4 });

/** A name that is not a member's: another förbund's, or a member's misspelt (the case of a letter, a letter left out). */
const notAMember = fc.oneof(
  fc.constantFrom("Gamma kommun", "Region Annan"),
  fc.tuple(fc.constantFrom(...memberNames), fc.nat()).map(([name, at]) => {
    const i = at % name.length;
    const letter = name[i]!;
    const flipped = letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
    return flipped !== letter ? name.slice(0, i) + flipped + name.slice(i + 1) : name.slice(0, i) + name.slice(i + 1);
  }),
);

function plan(list: (typeof insatsShape extends fc.Arbitrary<infer T> ? T : never)[], change: (raw: Raw) => void = () => {}): Finding[] {
  const raw = read("tests/fixtures/plan-fiktiv/data/fiktiv/2027/verksamhetsplan.yaml");
  // The fixture's equity is above the recommended level (a notering); at 30 % it is not.
  raw.eget_kapital.recommended_share = 0.3;
  // The first insats is the one the budget funds; the others are described only.
  raw.insatser = list.map((shape, i) => ({
    ...(i === 0 ? raw.insatser[0] : { id: `insats-${i}`, name: `Insats ${i}`, group: "Övriga insatser" }),
    owner: shape.owner,
    co_parties: shape.coParties,
  }));
  change(raw);
  return verksamhetsplan.build(verksamhetsplanSchema.parse(raw) as never, context("verksamhetsplan", 2027)).findings;
}

describe("granskning of an insats' parties (property-based)", () => {
  it("finds nothing when every owner and co-party is a member", () => {
    fc.assert(
      fc.property(insatser, (list) => {
        expect(plan(list)).toEqual([]);
      }),
      runs,
    );
  });

  it("part (varning): an owner or co-party that is not a member, at that name", () => {
    fc.assert(
      fc.property(insatser, fc.nat(), fc.nat(), notAMember, (list, which, slot, name) => {
        expect(memberNames).not.toContain(name);
        const i = which % list.length;
        const places = ["owner", ...list[i]!.coParties.map((_, k) => `co_parties.${k}`)];
        const place = places[slot % places.length]!;
        const found = plan(list, (raw) => {
          if (place === "owner") raw.insatser[i].owner = name;
          else raw.insatser[i].co_parties[Number(place.split(".")[1])] = name;
        });
        // A varning: the name may be a member's under another spelling (the check compares names exactly).
        expect(summary(found)).toEqual([`varning part insatser.${i}.${place}`]);
        expect(found[0]!.message).toContain(`”${name}” är inte medlem i förbundet`);
      }),
      runs,
    );
  });
});
