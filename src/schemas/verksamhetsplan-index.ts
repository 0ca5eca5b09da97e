// The verksamhetsplan's schemas and types in one place (re-exported from ./index.ts).
export { verksamhetsplanSchema, type Verksamhetsplan, type Insats, type BudgetNode, type StaffFunction, type EquityData } from "./verksamhetsplan.ts";
export {
  resultatmalSchema,
  goalSourceLabels,
  type Resultatmal,
  type Goal,
  type GoalTarget,
  type GoalSource,
  type Ambition,
  type AmbitionLevel,
  type GoalGroup,
} from "./verksamhetsplan-mal.ts";
