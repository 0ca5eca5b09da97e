// The årsredovisning against the prognosis of the year's T2 follow-up: per driftsredovisning row,
// utfall − prognos. The granskning warns past the förbund's threshold (rule prognos-utfall, in
// forbund.yaml prognos_varning); the board may print the comparison, by giving the report a prose
// section `prognos` (NN-prognos.md): an adopted report that has none prints nothing new.
import { dataFinding, type Finding } from "../checks/finding.ts";
import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import { comparePrognosis, type PrognosComparisonLine } from "../compute/prognos-utfall.ts";
import { convertCell } from "../compute/units.ts";
import { formatPercent } from "../format/index.ts";
import { prognosUtfallTable } from "../tables/prognos-utfall.ts";
import { type Block, paragraph, table } from "./body.ts";
import type { BuildContext } from "./kind.ts";
import { chainedUppfoljning, uppfoljningDocument } from "./uppfoljning-chain.ts";

export interface PrognosisComparison {
  lines: PrognosComparisonLine[];
  findings: Finding[];
  /** What the report's `prognos` section shows. */
  blocks: Block[];
}

export function prognosisComparison(computed: ComputedArsredovisning, context: BuildContext): PrognosisComparison | undefined {
  const year = String(context.year);
  const document = uppfoljningDocument(context.siblings, context.year, 2);
  const drifts = computed.driftsredovisning;
  if (!document || !drifts) return undefined;
  const t2 = chainedUppfoljning(context.siblings, document, context.forbund);
  const prognosById = new Map(
    t2.computed.lines.flatMap((line) => (line.kind === "row" && line.id && line.values ? [[line.id, line.values.prognos] as const] : [])),
  );
  const rows = drifts.lines.flatMap((line) =>
    line.kind === "row" && line.id
      ? [
          {
            id: line.id,
            label: line.label,
            utfall: line.values[year]?.utfall ?? null,
            prognos: convertCell(prognosById.get(line.id) ?? null, t2.unit, context.unit),
          },
        ]
      : [],
  );
  const threshold = { share: context.forbund.prognos_varning.share, minAmount: context.forbund.prognos_varning.min_amount };
  const resultLabel = drifts.lines.findLast((line) => line.kind === "result")?.label ?? "Resultat";
  const lines = comparePrognosis(rows, resultLabel, threshold);
  const source = `tertialuppföljningen januari–augusti ${context.year}`;
  const t2Rows = new Map(
    (["intakter", "kostnader", "finansiella_poster"] as const).flatMap((group) =>
      (t2.resolved.data[group].rows ?? []).map((row, index) => [row.id, [group, "rows", index, "prognos"]] as const),
    ),
  );
  const findings = lines
    .filter((line) => line.past)
    .map((line) =>
      dataFinding(
        { document: context.document, source: document.source },
        {
          rule: "prognos-utfall",
          severity: "varning",
          path: [...(t2Rows.get(line.id) ?? ["intakter"])],
          stated: line.prognos,
          computed: line.utfall,
          message:
            line.share === null
              ? `${line.label}: årets utfall har ett belopp där ${source} inte hade någon prognos`
              : `${line.label}: årets utfall avviker från helårsprognosen i ${source} med ${formatPercent(Math.abs(line.share))} ` +
                `(gränsen är ${formatPercent(threshold.share)}, förbundets prognos_varning)`,
        },
      ),
    );
  const blocks: Block[] = [
    paragraph(
      `Tabellen jämför årets utfall med helårsprognosen som styrelsen fick i ${source}. ` +
        "Avvikelsen är utfall minus prognos: ett positivt tal är bättre än prognosen.",
    ),
    table(
      prognosUtfallTable(lines, { unit: context.unit, caption: `Utfall ${year} mot helårsprognosen i augusti`, anchorPrefix: context.id, year: context.year }),
    ),
  ];
  return { lines, findings, blocks };
}
