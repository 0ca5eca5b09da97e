// Reconciliation with the bookkeeping, after `npm run import -- sie`: the control sums the import
// kept (arsredovisning.bokforing) against the report (src/compute/arsredovisning/bokforing.ts),
// and every account with an amount that no rule of the kontoplan took.
import { compareBokforing } from "../compute/arsredovisning/bokforing.ts";
import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { formatNumber, type Unit } from "../format/index.ts";
import type { Arsredovisning } from "../schemas/arsredovisning/index.ts";
import { type DocumentRef, dataFinding, type Finding } from "./finding.ts";
import { statedTotalFindings } from "./stated-totals.ts";

export function bokforingFindings(
  data: Arsredovisning,
  computed: ComputedArsredovisning,
  context: { source: YamlSource; document: DocumentRef; unit: Unit; roundedParts: number },
): Finding[] {
  const bokforing = data.bokforing;
  if (!bokforing) return [];
  const { source, document, unit } = context;
  const comparisons = compareBokforing(bokforing, computed.statements, { year: computed.year, unit, roundedParts: context.roundedParts });
  return [
    ...statedTotalFindings(comparisons.resultat, source, document, unit, "bokforing-resultat"),
    ...statedTotalFindings(comparisons.ingaende, source, document, unit, "bokforing-ingaende"),
    ...statedTotalFindings(comparisons.utgaende, source, document, unit, "bokforing-utgaende"),
    ...statedTotalFindings(comparisons.foregaende, source, document, "kr", "bokforing-ingaende"),
    ...bokforing.unmapped.map((account, index) =>
      dataFinding(context, {
        rule: "bokforing-konto",
        severity: "fel",
        path: ["bokforing", "unmapped", index],
        stated: account.amount,
        message:
          `konto ${account.account}${account.name ? ` ${account.name}` : ""} (${formatNumber(account.amount, 2)} ` +
          `kr) tas inte av någon regel i kontoplan.yaml: beloppet saknas i årsredovisningen`,
      }),
    ),
  ];
}
