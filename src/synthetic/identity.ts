// Who a synthetic förbund is: its name, län, members, unit, funding shares and privacy — drawn
// from the seed. Everything else (the years' figures and prose) follows from this and the seed.
import type { Unit } from "../format/index.ts";
import { slugify } from "../format/index.ts";
import { forbundName } from "./names.ts";
import { type Lan, lans, municipalityName } from "./places.ts";
import type { Random } from "./random.ts";

export interface IdentityOptions {
  /** The förbund's full name (default: made from its municipalities). */
  name?: string;
  shortName?: string;
  /** The data folder's name (default: from the short name). */
  slug?: string;
  unit?: Unit;
  /** How many municipalities are members, 1–12 (default: drawn). */
  municipalities?: number;
}

export interface Identity {
  name: string;
  shortName: string;
  slug: string;
  lan: Lan;
  region: string;
  /** The member municipalities' names ("Bergs kommun"), and their places ("Berg"). */
  municipalities: string[];
  places: string[];
  unit: Unit;
  /** Funding shares as fractions, written as in forbund.yaml. */
  shares: { state: string; region: string; municipality: string };
  /** The region's and the municipalities' share as numbers. */
  regionShare: number;
  municipalityShare: number;
  minCount?: number;
  accentColor?: string;
  publishGranskning: boolean;
  /** The year the förbund was formed (prose). */
  formed: number;
}

const shareOptions = [
  { region: "1/4", municipality: "1/4", r: 1 / 4, m: 1 / 4 },
  { region: "1/4", municipality: "1/4", r: 1 / 4, m: 1 / 4 },
  { region: "1/6", municipality: "1/3", r: 1 / 6, m: 1 / 3 },
  { region: "1/8", municipality: "3/8", r: 1 / 8, m: 3 / 8 },
  { region: "3/10", municipality: "1/5", r: 3 / 10, m: 1 / 5 },
];

export function makeIdentity(random: Random, firstYear: number, options: IdentityOptions = {}): Identity {
  const lan = random.pick(lans);
  const max = Math.min(12, lan.municipalities.length);
  const count = Math.max(1, Math.min(max, options.municipalities ?? (random.chance(0.25) ? max : random.int(1, Math.min(6, max)))));
  const places = random.sample(lan.municipalities, count);
  const wholeLan = count === lan.municipalities.length;
  const drawn = forbundName(random, lan.lan, lan.short, places, wholeLan);
  const name = options.name ?? drawn.name;
  const shortName = options.shortName ?? (options.name ? options.name.replace(/^Samordningsförbundet\s+/, "") : drawn.short);
  const shares = random.pick(shareOptions);
  const unit = options.unit ?? (random.chance(0.5) ? "tkr" : "kr");
  const accent = random.chance(0.5) ? `#${random.int(0, 0xffffff).toString(16).padStart(6, "0")}` : undefined;
  const minCount = random.pick([undefined, undefined, 3, 5]);
  return {
    name,
    shortName,
    slug: options.slug ?? (slugify(shortName) || "forbund"),
    lan,
    region: lan.region,
    municipalities: places.map(municipalityName),
    places,
    unit,
    shares: { state: "1/2", region: shares.region, municipality: shares.municipality },
    regionShare: shares.r,
    municipalityShare: shares.m,
    ...(minCount ? { minCount } : {}),
    ...(accent ? { accentColor: accent } : {}),
    publishGranskning: random.chance(0.25),
    formed: firstYear - random.int(3, 15),
  };
}

/** Every member's name, the state's first: Arbetsförmedlingen, Försäkringskassan, the region, the municipalities. */
export function memberNames(identity: Identity): string[] {
  return ["Arbetsförmedlingen", "Försäkringskassan", identity.region, ...identity.municipalities];
}
