// The resultatmål a synthetic förbund sets each year (in its verksamhetsplan) and follows up (in
// that year's årsredovisning): ambitions with goals by id, each goal measured by survey questions or
// by a computed figure. Which ambitions a förbund has, and each year's target, come from the seed.
// A goal's text holds exactly one number, its target (rule malvarde-text).

import type { SurveyId } from "./participants.ts";
import type { Random } from "./random.ts";

type Source = "indikatorenkat" | "insatsrapporter" | "ekonomisk_uppfoljning" | "egen_uppfoljning";

export interface GoalTemplate {
  id: string;
  /** The goal's text; {v} is the target's value. */
  text: string;
  source: Source;
  unit: "percent" | "persons";
  comparator: "at_least" | "at_most";
  /** Range of targets: per cent, or persons per 100 of the förbund's participant level. */
  range: [number, number];
  surveys?: SurveyId[];
  /** A computed value the goal is measured by, and what the report calls it. */
  path?: { path: string; label: string };
  measure?: "eget_kapital_andel_av_medlemsbidrag";
}

export interface AmbitionTemplate {
  level: "Individnivå" | "Samhällsnivå";
  text: string;
  followUp: string;
  /** The prose section (NN-<prose>.md) that comments on it. */
  prose: string;
  goals: GoalTemplate[];
}

export const ambitionTemplates: readonly AmbitionTemplate[] = [
  {
    level: "Individnivå",
    text: "Ökade förutsättningar för individen att forma sitt eget liv och vara delaktig i samhället.",
    followUp: "Mål uppföljda genom NNS indikatorenkät",
    prose: "mal-delaktighet",
    goals: [
      {
        id: "deltagare-inflytande",
        text: "Minst {v} % av deltagarna upplever att de haft inflytande i sin rehabiliteringsprocess.",
        source: "indikatorenkat",
        unit: "percent",
        comparator: "at_least",
        range: [70, 90],
        surveys: ["inflytande", "erfarenheter_deltagare"],
      },
      {
        id: "hantera-sin-situation",
        text: "Minst {v} % av deltagarna upplever att de fått hjälp att hantera sin situation.",
        source: "indikatorenkat",
        unit: "percent",
        comparator: "at_least",
        range: [65, 85],
        surveys: ["hantera_situation"],
      },
      {
        id: "rutiner-jamstalldhet",
        text: "Minst {v} % av medarbetarna upplever att det finns rutiner för jämställdhet, jämlikhet och mångfald i insatserna.",
        source: "indikatorenkat",
        unit: "percent",
        comparator: "at_least",
        range: [55, 75],
        surveys: ["jamstalldhet"],
      },
    ],
  },
  {
    level: "Individnivå",
    text: "Större möjligheter att ta sig in på arbetsmarknaden och få en långsiktig egen försörjning.",
    followUp: "Mål uppföljda genom rapporter från finansierade insatser",
    prose: "mal-arbetsmarknad",
    goals: [
      {
        id: "arbete-eller-studier",
        text: "Minst {v} % av deltagarna går till arbete eller studier efter avslutad insats.",
        source: "insatsrapporter",
        unit: "percent",
        comparator: "at_least",
        range: [25, 40],
        path: { path: "exit.work_study.total.share", label: "avslutade deltagare" },
      },
    ],
  },
  {
    level: "Individnivå",
    text: "Stärkt hälsa, ökad framtidstro, kompetens och arbetsförmåga.",
    followUp: "Mål uppföljda genom NNS indikatorenkät",
    prose: "mal-halsa",
    goals: [
      {
        id: "redo-for-arbete",
        text: "Minst {v} % av deltagarna känner sig mer redo att arbeta eller studera efter insatsen.",
        source: "indikatorenkat",
        unit: "percent",
        comparator: "at_least",
        range: [50, 80],
        surveys: ["redo_arbete"],
      },
    ],
  },
  {
    level: "Individnivå",
    text: "Ökad tillgång till samordnade och parallella rehabiliterande insatser.",
    followUp: "Rapporter från finansierade insatser",
    prose: "mal-tillgang",
    goals: [
      {
        id: "antal-deltagare",
        text: "Minst {v} deltagare får del av förbundsfinansierade individinriktade insatser.",
        source: "insatsrapporter",
        unit: "persons",
        comparator: "at_least",
        range: [70, 100],
        path: { path: "current.enrolled.total", label: "inskrivna deltagare" },
      },
    ],
  },
  {
    level: "Samhällsnivå",
    text: "Tydliga samverkansstrukturer för hållbart relationsbygge mellan parterna.",
    followUp: "Mål uppföljda genom NNS indikatorenkät",
    prose: "mal-samverkan",
    goals: [
      {
        id: "samverkansstruktur-relationer",
        text: "Minst {v} % av medarbetare och chefer upplever att samverkansstrukturen ger goda förutsättningar för relationer.",
        source: "indikatorenkat",
        unit: "percent",
        comparator: "at_least",
        range: [70, 85],
        surveys: ["relationer_medarbetare", "relationer_chefer"],
      },
      {
        id: "sektorsovergripande-forstaelse",
        text: "Minst {v} % av medarbetarna upplever att insatserna ger sektorsövergripande förståelse och arbetssätt.",
        source: "indikatorenkat",
        unit: "percent",
        comparator: "at_least",
        range: [70, 90],
        surveys: ["sektorsovergripande"],
      },
    ],
  },
  {
    level: "Samhällsnivå",
    text: "Spridning av erfarenhet, kunskap och evidensbaserade metoder för arbetslivsinriktad rehabilitering.",
    followUp: "Förbundets egen uppföljning och NNS indikatorenkät",
    prose: "mal-spridning",
    goals: [
      {
        id: "deltagare-i-forum",
        text: "Minst {v} medarbetare hos medlemmarna deltar i förbundets forum för samverkan och kompetensutveckling.",
        source: "egen_uppfoljning",
        unit: "persons",
        comparator: "at_least",
        range: [60, 150],
        path: { path: "forums.total", label: "deltagare i forum (ca)" },
      },
      {
        id: "chefer-utveckling",
        text: "Minst {v} % av cheferna upplever att förbundets stöd leder till utveckling av samordnad rehabilitering.",
        source: "indikatorenkat",
        unit: "percent",
        comparator: "at_least",
        range: [65, 85],
        surveys: ["insikter_chefer"],
      },
    ],
  },
  {
    level: "Samhällsnivå",
    text: "Effektiv och ändamålsenlig användning av resurser.",
    followUp: "Ekonomisk uppföljning",
    prose: "mal-resurser",
    goals: [
      {
        id: "eget-kapital",
        text: "Förbundets egna kapital överstiger inte Nationella rådets rekommendation, ca {v} % av medlemsbidraget.",
        source: "ekonomisk_uppfoljning",
        unit: "percent",
        comparator: "at_most",
        range: [20, 20],
        path: { path: "economy.equityShareOfContribution", label: "eget kapital i andel av medlemsbidraget" },
        measure: "eget_kapital_andel_av_medlemsbidrag",
      },
    ],
  },
];

/** The ambitions a förbund follows (at least four, always the economy's), in the catalogue's order. */
export function chooseAmbitions(random: Random): AmbitionTemplate[] {
  const others = ambitionTemplates.slice(0, -1);
  return [...random.sample(others, random.int(3, others.length)), ambitionTemplates.at(-1)!];
}

/** A goal's target for a year: per cent in steps of 5, persons relative to the participant level. */
export function targetOf(random: Random, goal: GoalTemplate, participantLevel: number): number {
  const [min, max] = goal.range;
  if (goal.unit === "percent") return min === max ? min : Math.round(random.between(min, max) / 5) * 5;
  return Math.max(10, Math.round((participantLevel * random.between(min, max)) / 100 / 10) * 10);
}

/** The survey questions the chosen ambitions measure by. */
export function surveysOf(ambitions: readonly AmbitionTemplate[]): Set<SurveyId> {
  return new Set(ambitions.flatMap((a) => a.goals.flatMap((g) => g.surveys ?? [])));
}
