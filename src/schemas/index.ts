// The Zod schemas of every data file; types are inferred from them. Which file a schema validates
// is decided in src/documents/index.ts.

export { type Arsredovisning, arsredovisningSchema } from "./arsredovisning/index.ts";
export { type Driftsredovisning, type DriftsredovisningGroup, driftsredovisningSchema, type StatedValues } from "./driftsredovisning.ts";
export { type Forbund, forbundSchema, type PartyKind } from "./forbund.ts";
export {
  type Internkontrollplan,
  type InternkontrollStatusEntry,
  internkontrollplanSchema,
  internkontrollStatusSchema,
} from "./internkontrollplan.ts";
export { type Protokoll, type ProtokollParagraph, type ProtokollPerson, protokollSchema } from "./protokoll.ts";
export { type Uppfoljning, type UppfoljningRow, uppfoljningSchema } from "./uppfoljning.ts";
export {
  type AmbitionLevel,
  type BudgetNode,
  type Goal,
  type GoalTarget,
  goalSourceLabels,
  type Insats,
  type Resultatmal,
  resultatmalSchema,
  type Verksamhetsplan,
  verksamhetsplanSchema,
} from "./verksamhetsplan-index.ts";
