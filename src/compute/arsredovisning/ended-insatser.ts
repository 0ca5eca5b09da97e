// Insatser that ended during the year, with their results over their whole period.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import { type GenderCount, genderCount, type Problem, shareOf } from "./participants.ts";

export interface EndedInsats {
  name: string;
  participants: GenderCount;
  ended: number;
  toWorkStudy: number | null;
  toWorkStudyShare: number | null;
  toWorkProgramme: number | null;
}

export function computeEndedInsatser(data: Arsredovisning, problems: Problem[]): Record<string, EndedInsats> {
  return Object.fromEntries(
    (data.participants?.insatser ?? []).map((insats, index) => [
      insats.id,
      {
        name: insats.name,
        participants: genderCount(insats.participants, ["participants", "insatser", index, "participants"], problems),
        ended: insats.ended,
        toWorkStudy: insats.to_work_study ?? null,
        toWorkStudyShare: shareOf(insats.to_work_study ?? null, insats.ended),
        toWorkProgramme: insats.to_work_programme ?? null,
      },
    ]),
  );
}
