// A synthetic förbund's participants, survey answers and forums per year: counts by gender that
// add up (total = women + men + not stated), exit categories within the year's ended participants,
// survey shares between 0 and 1. Pure.
import type { Random } from "./random.ts";

export interface GenderCount {
  total: number;
  women: number;
  men: number;
}

export interface ParticipantYear {
  enrolled: GenderCount;
  new: GenderCount;
  ended: GenderCount;
  withPsychiatry: GenderCount;
  anonymous: number | null;
  /** Status at exit per gender: Arbete/studier, varav arbete, arbetsinriktad insats, ej arbetsinriktad insats. */
  exit: Record<"women" | "men", { work_study: number; work: number; work_programme: number; other_programme: number }>;
  referrals: { approxTotal: number; enrolledShare: number; byParty: number[] };
  respondents: number;
  forums: number;
}

/** The survey questions a förbund may ask: id, group and question. */
export const surveyQuestions = [
  { id: "inflytande", group: "deltagare", question: "Upplevt inflytande över vilket stöd de fått" },
  { id: "erfarenheter_deltagare", group: "deltagare", question: "Deras erfarenheter och synpunkter togs tillvara" },
  { id: "planering_deltagare", group: "deltagare", question: "Tillräcklig planering framåt vid avslut" },
  { id: "hantera_situation", group: "deltagare", question: "Fått hjälp att utveckla sätt att hantera sin situation" },
  { id: "redo_arbete", group: "deltagare", question: "Känner sig närmare arbete eller egen försörjning" },
  { id: "erfarenheter_medarbetare", group: "medarbetare", question: "Deltagarnas erfarenheter tas systematiskt tillvara" },
  { id: "jamstalldhet", group: "medarbetare", question: "Det finns rutiner för att arbeta med jämställdhet, jämlikhet och mångfald" },
  { id: "relationer_medarbetare", group: "medarbetare", question: "Samverkansstrukturen skapar förutsättningar för relationer mellan parterna" },
  { id: "relationer_chefer", group: "chefer", question: "Samverkansstrukturen skapar förutsättningar för relationer mellan parterna" },
  { id: "sektorsovergripande", group: "medarbetare", question: "Det finns fungerande sektorsövergripande förståelse och arbetssätt" },
  { id: "insikter_chefer", group: "chefer", question: "Erfarenheter från finansierade insatser används för vidare utveckling" },
] as const;

export type SurveyId = (typeof surveyQuestions)[number]["id"];

const split3 = (random: Random, total: number): GenderCount => {
  const notStated = random.chance(0.5) ? random.int(0, Math.min(4, Math.floor(total / 20))) : 0;
  const women = Math.round((total - notStated) * random.between(0.42, 0.6));
  return { total, women, men: total - notStated - women };
};

export function makeParticipantYear(random: Random, size: number): ParticipantYear {
  const total = Math.max(12, Math.round(size * random.between(0.75, 1.25)));
  const enrolled = split3(random, total);
  const ended = split3(random, Math.round(total * random.between(0.3, 0.5)));
  const exitOf = (count: number) => {
    const work_study = Math.round(count * random.between(0.15, 0.4));
    const work_programme = Math.round((count - work_study) * random.between(0, 0.25));
    return {
      work_study,
      work: Math.round(work_study * random.between(0.5, 0.85)),
      work_programme,
      other_programme: Math.round((count - work_study - work_programme) * random.between(0.2, 0.6)),
    };
  };
  const news = Math.round(total * random.between(0.35, 0.55));
  const parties = [random.between(0.3, 0.45), random.between(0.12, 0.25), random.between(0.1, 0.2), random.between(0.1, 0.2)];
  return {
    enrolled,
    new: split3(random, news),
    ended,
    withPsychiatry: split3(random, Math.round(total * random.between(0.18, 0.4))),
    anonymous: random.chance(0.6) ? Math.round(total * random.between(0.05, 0.2)) : null,
    exit: { women: exitOf(ended.women), men: exitOf(ended.men) },
    referrals: {
      approxTotal: Math.round((news * random.between(1.2, 1.7)) / 10) * 10,
      enrolledShare: Math.round(random.between(0.5, 0.8) * 100) / 100,
      byParty: parties.map((p) => Math.round(p * 100) / 100),
    },
    respondents: Math.max(3, Math.round(ended.total * random.between(0.12, 0.4))),
    forums: Math.round((total * random.between(0.8, 2.5)) / 10) * 10,
  };
}

/** A survey share, two decimals, between 0.30 and 0.97. */
export function surveyShare(random: Random): number {
  return Math.round(random.between(0.3, 0.97) * 100) / 100;
}
