// The verksamhetsplan's schemas and types in one place (re-exported from ./index.ts).
export { type BudgetNode, type EquityData, type Insats, type StaffFunction, type Verksamhetsplan, verksamhetsplanSchema } from "./verksamhetsplan.ts";
export {
  type Ambition,
  type AmbitionLevel,
  type Goal,
  type GoalGroup,
  type GoalSource,
  type GoalTarget,
  goalSourceLabels,
  type Resultatmal,
  resultatmalSchema,
} from "./verksamhetsplan-mal.ts";
