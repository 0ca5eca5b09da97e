// Driftsredovisning: the outcome against budget per row, with every sum, result and difference computed.
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { computeDriftsredovisning } from "../compute/driftsredovisning.ts";
import { driftsredovisningSchema } from "../schemas/index.ts";
import { driftsredovisningTable } from "../tables/driftsredovisning.ts";
import { paragraph, proseLookup, table } from "./body.ts";
import { defineKind } from "./kind.ts";

export const driftsredovisning = defineKind({
  kind: "driftsredovisning",
  label: "Driftsredovisning",
  schema: driftsredovisningSchema,
  build(data, context) {
    const computed = computeDriftsredovisning(data);
    const body = [
      ...proseLookup(context.prose).all(),
      table(driftsredovisningTable(computed, { unit: context.unit, caption: data.title, anchorPrefix: context.id })),
      paragraph(
        "Summor, resultat och kolumnerna ”Differens utfall−budget” (utfall minus budget) är beräknade från raderna. " +
          "Intäkter anges positiva och kostnader negativa. Ett streck (–) betyder att inget belopp finns.",
        "source-note",
      ),
    ];
    return {
      title: data.title,
      decided: data.decided,
      computed,
      findings: statedTotalFindings(computed.stated, context.source, context.document, context.unit),
      body,
    };
  },
});
