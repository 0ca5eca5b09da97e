// The member contribution per kind of party and, where the förbund says how, per member:
// a kind's share (state 1/2, region 1/4, municipalities 1/4) × the total; within a kind, split by the
// members' ownership shares when forbund.yaml gives them, or whole to a kind's only member.
import type { Forbund, PartyKind } from "../../schemas/index.ts";
import type { Cell } from "../cell.ts";
import type { Values } from "./budget.ts";

export interface MemberContribution {
  name: string;
  ownership: number | null;
  /** null when the förbund does not say how the kind's share is split (e.g. "som kommunerna kommit överens om"). */
  values: Values | null;
}

export interface KindContribution {
  kind: PartyKind;
  share: number;
  members: MemberContribution[];
  values: Values;
}

export interface ComputedContributions {
  years: number[];
  kinds: KindContribution[];
  total: Values;
  /** True when every member's contribution is known. */
  perMember: boolean;
}

export function computeContributions(forbund: Forbund, years: number[], medlemsbidrag: Record<string, Cell>): ComputedContributions {
  const keys = years.map(String);
  const byYear = (f: (total: number) => number): Values =>
    Object.fromEntries(
      keys.map((y) => {
        const total = medlemsbidrag[y];
        return [y, total === null || total === undefined ? null : f(total)];
      }),
    );
  const kinds = (["state", "region", "municipality"] as const).map((kind): KindContribution => {
    const share = forbund.funding_shares[kind];
    const members = forbund.members.filter((m) => m.kind === kind);
    const owned = members.every((m) => m.ownership !== undefined);
    const ownershipSum = members.reduce((sum, m) => sum + (m.ownership ?? 0), 0);
    return {
      kind,
      share,
      values: byYear((total) => total * share),
      members: members.map((m) => ({
        name: m.name,
        ownership: m.ownership ?? null,
        values:
          owned && ownershipSum > 0
            ? byYear((total) => (total * share * (m.ownership ?? 0)) / ownershipSum)
            : members.length === 1
              ? byYear((total) => total * share)
              : null,
      })),
    };
  });
  return {
    years,
    kinds,
    total: byYear((total) => total),
    perMember: kinds.every((k) => k.members.every((m) => m.values !== null)),
  };
}
