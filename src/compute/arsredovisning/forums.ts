// Samverkans- och lärandeforum: the participants of the year's events, counted where every event
// says how many, else the approximate total the report gives (which a count is compared with).
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import { compareStated, type StatedComparison } from "../stated.ts";

export interface ComputedForums {
  total: number | null;
  events: { name: string; kind?: string; participants?: number }[];
}

export function computeForums(data: Arsredovisning): { forums: ComputedForums; stated: StatedComparison[] } {
  const events = data.forums?.events ?? [];
  const counted = events.length > 0 && events.every((e) => e.participants !== undefined) ? events.reduce((sum, e) => sum + (e.participants ?? 0), 0) : null;
  const stated =
    counted !== null && data.forums?.approx_total !== undefined
      ? [
          compareStated(["forums", "approx_total"], data.forums.approx_total, counted, events.length, {
            description: "deltagare i forum: summa av evenemangen",
            quantity: "count",
          }),
        ]
      : [];
  return { forums: { total: counted ?? data.forums?.approx_total ?? null, events }, stated };
}
