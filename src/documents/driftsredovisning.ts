import { statedTotalFindings } from "../checks/stated-totals.ts";
import { computeDriftsredovisning } from "../compute/driftsredovisning.ts";
import { driftsredovisningSchema } from "../schemas/index.ts";
import { defineKind } from "./kind.ts";

export const driftsredovisning = defineKind({
  kind: "driftsredovisning",
  label: "Driftsredovisning",
  schema: driftsredovisningSchema,
  build(data, context) {
    const computed = computeDriftsredovisning(data);
    return { title: data.title, decided: data.decided, computed, findings: statedTotalFindings(computed.stated, context.source, context.document, context.unit) };
  },
});
