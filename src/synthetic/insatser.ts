// A synthetic förbund's insatser over its years: each with an owner and co-parties among the
// members, a period of whole years, a yearly funding in whole thousands of kronor and its staffed
// functions. Every year has at least two running, some start and end within the years, and some
// run on after the last year (their remaining funding is the årsredovisning's Not 6).
import type { Identity } from "./identity.ts";
import { memberNames } from "./identity.ts";
import { insatsKinds, insatsName } from "./names.ts";
import type { Random } from "./random.ts";

export interface SyntheticInsats {
  id: string;
  name: string;
  individual: boolean;
  owner: string;
  coParties: string[];
  /** First and last year of funding. */
  from: number;
  to: number;
  /** Funding per year in kronor, whole thousands. */
  funding: number;
  /** Staffed functions: share of a full-time post in per cent (a multiple of 10). */
  functions: { title: string; percent: number }[];
  description: string;
}

const idOf = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** The insatser of the years firstYear..lastYear, for a förbund whose yearly contribution is about `contribution` kr. */
export function makeInsatser(random: Random, identity: Identity, firstYear: number, lastYear: number, contribution: number): SyntheticInsats[] {
  const members = memberNames(identity);
  const count = random.int(4, 6 + Math.min(10, identity.places.length));
  const used = new Set<string>();
  const insatser: SyntheticInsats[] = [];
  for (let i = 0; insatser.length < count && i < count * 4; i++) {
    const kind = random.pick(insatsKinds);
    const place = random.pick(identity.places);
    const name = insatsName(kind, place);
    const id = idOf(name);
    if (used.has(id)) continue;
    used.add(id);
    // Spread the starts over the years (and before them), so that every year has new and ending insatser.
    const from = random.int(firstYear - 2, lastYear);
    const to = from + random.int(1, 4);
    const owner = kind.name.includes("{kommun}") ? (identity.municipalities[identity.places.indexOf(place)] ?? random.pick(members)) : random.pick(members);
    const coParties = random.sample(
      members.filter((m) => m !== owner),
      random.int(1, 3),
    );
    const share = kind.individual ? random.between(0.05, 0.16) : random.between(0.02, 0.06);
    insatser.push({
      id,
      name,
      individual: kind.individual,
      owner,
      coParties,
      from,
      to,
      funding: Math.max(50, Math.round((contribution * share) / 1000)) * 1000,
      functions: kind.functions.map((title) => ({ title, percent: random.int(1, kind.individual ? 20 : 8) * 10 })),
      description: kind.description,
    });
  }
  // Every year at least two running insatser: a long one from before the first year to after the last.
  for (const [index, kind] of [insatsKinds[0]!, insatsKinds[8]!].entries()) {
    const name = index === 0 ? `${insatsName(kind, identity.places[0]!)} (länsgemensam)` : kind.name;
    const id = idOf(name);
    if (used.has(id)) continue;
    used.add(id);
    insatser.push({
      id,
      name,
      individual: kind.individual,
      owner: index === 0 ? identity.region : identity.municipalities[0]!,
      coParties: members.filter((m) => m !== identity.region).slice(0, 2),
      from: firstYear - 1,
      to: lastYear + 2,
      funding: Math.round((contribution * (index === 0 ? 0.18 : 0.05)) / 1000) * 1000,
      functions: kind.functions.map((title) => ({ title, percent: random.int(2, 15) * 10 })),
      description: kind.description,
    });
  }
  return insatser.sort((a, b) => a.from - b.from || a.id.localeCompare(b.id));
}

/** The insatser funded in a year. */
export const runningIn = (insatser: readonly SyntheticInsats[], year: number) => insatser.filter((i) => i.from <= year && year <= i.to);
