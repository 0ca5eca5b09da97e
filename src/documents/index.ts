// Every kind of document the project knows. A data file data/<förbund>/<year>/<kind>.yaml (or
// <kind>-<anything>.yaml, e.g. protokoll-2025-11-28.yaml) is validated by its kind's schema.
import { arsredovisning } from "./arsredovisning.ts";
import { driftsredovisning } from "./driftsredovisning.ts";
import { internkontrollplan } from "./internkontrollplan.ts";
import type { DocumentKind } from "./kind.ts";
import { protokoll } from "./protokoll.ts";
import { uppfoljning } from "./uppfoljning.ts";
import { verksamhetsplan } from "./verksamhetsplan.ts";

export const documentKinds: DocumentKind[] = [driftsredovisning, verksamhetsplan, uppfoljning, arsredovisning, protokoll, internkontrollplan];

export function kindByName(kind: string): DocumentKind | undefined {
  return documentKinds.find((k) => k.kind === kind);
}
