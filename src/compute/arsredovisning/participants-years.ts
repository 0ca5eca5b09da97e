// The years of participant counts a report computes with: its own, with last year's taken from
// last year's report where there is one (what this report prints for last year is then compared).
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import { compareStated, type StatedComparison } from "../stated.ts";

type ParticipantYears = NonNullable<Arsredovisning["participants"]>["years"];
const categories = ["enrolled", "new", "ended", "with_psychiatry", "anonymous"] as const;

export function participantYears(
  data: NonNullable<Arsredovisning["participants"]>,
  year: number,
  previousReport?: Arsredovisning,
): { years: ParticipantYears; stated: StatedComparison[] } {
  const py = String(year - 1);
  const earlier = previousReport?.participants?.years[py];
  if (!earlier) return { years: data.years, stated: [] };
  const stated: StatedComparison[] = [];
  const printed = data.years[py];
  for (const category of categories) {
    for (const key of ["total", "women", "men"] as const) {
      const a = printed?.[category]?.[key];
      const b = earlier[category]?.[key];
      if (typeof a === "number" && typeof b === "number" && a !== b) {
        stated.push(
          compareStated(["participants", "years", py, category, key], a, b, 0, { description: `${category} ${py} enligt förra årets årsredovisning` }),
        );
      }
    }
  }
  return { years: { ...data.years, [py]: earlier }, stated };
}
