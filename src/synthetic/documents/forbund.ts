// forbund.yaml of a synthetic förbund.
import { memberNames } from "../identity.ts";
import type { ForbundModel } from "../model.ts";

export function forbundData(model: ForbundModel): object {
  const { identity } = model;
  const kinds = ["state", "state", "region", ...identity.municipalities.map(() => "municipality")];
  return {
    name: identity.name,
    short_name: identity.shortName,
    // The start page lists the förbund by län.
    lan: identity.lan.lan,
    unit: identity.unit,
    ...(identity.accentColor ? { accent_color: identity.accentColor } : {}),
    ...(identity.publishGranskning ? { publish_granskning: true } : {}),
    members: memberNames(identity).map((name, i) => ({ name, kind: kinds[i] })),
    funding_shares: identity.shares,
    ...(identity.minCount ? { privacy: { min_count: identity.minCount } } : {}),
  };
}
