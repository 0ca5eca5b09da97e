// The Zod schemas of every data file; types are inferred from them. Which file a schema validates
// is decided in src/documents/index.ts.
export { forbundSchema, type Forbund, type PartyKind } from "./forbund.ts";
export { driftsredovisningSchema, type Driftsredovisning, type DriftsredovisningGroup, type StatedValues } from "./driftsredovisning.ts";
export { arsredovisningSchema, type Arsredovisning } from "./arsredovisning.ts";
export { verksamhetsplanSchema, resultatmalSchema, type Verksamhetsplan, type Insats, type BudgetNode, type Resultatmal, type Goal, type GoalTarget, type AmbitionLevel, goalSourceLabels } from "./verksamhetsplan-index.ts";
export { protokollSchema, type Protokoll, type ProtokollPerson, type ProtokollParagraph } from "./protokoll.ts";
