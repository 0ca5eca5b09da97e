import { rulesByFamily } from "../../checks/rules.ts";

/** `{% for family in "" | granskningsregler %}` → the granskning's rules by family (src/checks/rules.ts). */
export function granskningsregler(_input?: unknown) {
  return rulesByFamily();
}
