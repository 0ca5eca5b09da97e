// The years of participant counts a report computes with: its own, and every earlier year from the
// reports that hold it (./earlier.ts) — Tabell 1's history and Tabell 2's year before are read, not
// retyped. What this report writes for an earlier year that a report also holds is compared.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import { compareStated, type StatedComparison } from "../stated.ts";
import { type EarlierReport, fromEarlier } from "./earlier.ts";

type Participants = NonNullable<Arsredovisning["participants"]>;
type ParticipantYears = Participants["years"];
type ExitCategory = NonNullable<Participants["exit_status"]>[number];
const categories = ["enrolled", "new", "ended", "with_psychiatry", "anonymous"] as const;

function compareCounts(path: (string | number)[], printed: object | undefined, read: object, description: string, stated: StatedComparison[]): void {
  for (const key of ["total", "women", "men", "not_stated"] as const) {
    const a = (printed as Record<string, unknown> | undefined)?.[key];
    const b = (read as Record<string, unknown>)[key];
    if (typeof a === "number" && typeof b === "number" && a !== b) stated.push(compareStated([...path, key], a, b, 0, { description, quantity: "count" }));
  }
}

export function participantYears(
  data: Participants,
  year: number,
  earlier: readonly EarlierReport[],
): { years: ParticipantYears; exitStatus: ExitCategory[]; stated: StatedComparison[] } {
  const stated: StatedComparison[] = [];
  const years: ParticipantYears = { ...data.years };
  const earlierYears = new Set([...earlier.flatMap((r) => Object.keys(r.data.participants?.years ?? {}).map(Number))].filter((x) => x < year));
  for (const x of earlierYears) {
    const found = fromEarlier(earlier, x, (report, y) => report.data.participants?.years[String(y)]);
    if (!found) continue;
    const printed = data.years[String(x)];
    for (const category of categories) {
      const read = found.value[category];
      if (read)
        compareCounts(
          ["participants", "years", String(x), category],
          printed?.[category],
          read,
          `${category} ${x} enligt årsredovisningen ${found.year}`,
          stated,
        );
    }
    years[String(x)] = found.value;
  }
  // Status at exit: each category's earlier years from the reports that hold them, by category id.
  const exitStatus = (data.exit_status ?? []).map((category, index): ExitCategory => {
    const values = { ...category.values };
    const earlierCategoryYears = new Set(
      earlier.flatMap((r) => Object.keys(r.data.participants?.exit_status?.find((c) => c.id === category.id)?.values ?? {}).map(Number)),
    );
    for (const x of [...earlierCategoryYears].filter((y) => y < year)) {
      const found = fromEarlier(earlier, x, (report, y) => report.data.participants?.exit_status?.find((c) => c.id === category.id)?.values[String(y)]);
      if (!found) continue;
      compareCounts(
        ["participants", "exit_status", index, "values", String(x)],
        category.values[String(x)],
        found.value,
        `${category.label} ${x} enligt årsredovisningen ${found.year}`,
        stated,
      );
      values[String(x)] = found.value;
    }
    return { ...category, values };
  });
  return { years, exitStatus, stated };
}
