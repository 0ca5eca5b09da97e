// What an internkontrollplan's page shows: its prose sections in order, then the risks — a heading,
// a paragraph saying how riskvärde and level are reckoned, and the table. And the blocks a
// tertialuppföljning shows for its follow-up of the plan (internkontrollFollowUpBlocks).
import { type ComputedInternkontrollplan, type InternkontrollFollowUp, type RiskLevel, riskLevelLabels, riskLevels } from "../compute/internkontroll.ts";
import { formatNumber, formatTertialPeriod } from "../format/index.ts";
import { internkontrollFollowUpTable, internkontrollplanTable } from "../tables/internkontroll.ts";
import { type Block, heading, paragraph, proseLookup, table } from "./body.ts";
import type { BuildContext } from "./kind.ts";

const range = (from: number, to: number) => (from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`);

/** "Av planens 6 risker har 2 hög, 3 medel och 1 låg risknivå." — the levels the plan has, highest first. */
function levelCounts(plan: ComputedInternkontrollplan): string {
  const only = riskLevels.find((level) => plan.levels[level] === plan.total);
  if (plan.total === 1 && only) return `Planens enda risk har ${riskLevelLabels[only]} risknivå.`;
  const parts = riskLevels.filter((level) => plan.levels[level] > 0).map((level: RiskLevel) => `${formatNumber(plan.levels[level])} ${riskLevelLabels[level]}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} och ${parts.at(-1)}` : parts[0]!;
  return `Av planens ${formatNumber(plan.total)} risker har ${list} risknivå.`;
}

function explanation(plan: ComputedInternkontrollplan): string {
  const { scale, thresholds } = plan;
  return (
    `Varje risk bedöms efter sannolikhet (hur troligt det är att den inträffar) och konsekvens (hur allvarligt det blir om den gör det), ` +
    `var för sig på en skala från 1 till ${formatNumber(scale)}. Riskvärdet är sannolikhet × konsekvens, från 1 till ${formatNumber(scale * scale)}: ` +
    `${range(1, thresholds.lag)} är låg, ${range(thresholds.lag + 1, thresholds.medel)} medel och ` +
    `${range(thresholds.medel + 1, scale * scale)} hög risknivå. ${levelCounts(plan)} ` +
    "Kontrollerna följs upp i tertialuppföljningarna T1 (januari–april) och T2 (januari–augusti) och i årsredovisningen, som kolumnen Uppföljning anger."
  );
}

export function internkontrollplanBody(title: string, plan: ComputedInternkontrollplan, context: BuildContext): Block[] {
  return [
    ...proseLookup(context.prose).all(),
    heading(2, "Risker och kontrollmoment"),
    paragraph(explanation(plan)),
    table(internkontrollplanTable(plan, { caption: `${title}: risker och kontrollmoment`, anchorPrefix: context.id })),
  ];
}

/**
 * A tertialuppföljning's follow-up of the year's plan: a heading, what is followed up, and the table
 * of the controls with their status. Nothing when the plan schedules nothing for the tertial and
 * nothing is reported.
 */
export function internkontrollFollowUpBlocks(
  followUp: InternkontrollFollowUp,
  options: { year: number; anchorPrefix: string; withHeading?: boolean },
): Block[] {
  if (!followUp.rows.length) return [];
  const period = formatTertialPeriod(followUp.tertial);
  const scheduled = followUp.rows.filter((row) => row.scheduled).length;
  return [
    // Without its own heading after a prose file of its name (NN-internkontroll.md), as the follow-up's other blocks.
    ...(options.withHeading === false ? [] : [heading(2, "Intern kontroll")]),
    paragraph(
      `Uppföljningen av internkontrollplanen ${options.year}: ${formatNumber(scheduled)} av planens kontrollmoment följs upp i tertialet (${period}). ` +
        "Status är utan anmärkning, avvikelse (kontrollen visade en brist) eller ej genomförd; en kontroll utan status är ej rapporterad.",
    ),
    table(
      internkontrollFollowUpTable(followUp.rows, {
        caption: `Intern kontroll ${period} ${options.year}`,
        anchorPrefix: options.anchorPrefix,
      }),
    ),
  ];
}
