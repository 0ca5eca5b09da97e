// The Zod schemas of every data file; types are inferred from them. Which file a schema validates
// is decided in src/documents/index.ts.
export { forbundSchema, type Forbund, type PartyKind } from "./forbund.ts";
export { driftsredovisningSchema, type Driftsredovisning, type DriftsredovisningGroup, type StatedValues } from "./driftsredovisning.ts";
