// What a tertialuppföljning's page shows: its prose files in order, each followed by the data block
// of the same name (NN-ekonomi.md → the economy table, NN-eget-kapital.md → eget kapital by the
// prognosis); a block without a prose file of its name comes last, with a heading of its own.

import type { InternkontrollFollowUp } from "../compute/internkontroll.ts";
import type { FollowedGoals } from "../compute/uppfoljning-goals.ts";
import { formatAmount, formatDate, formatPercent, formatTertialPeriod } from "../format/index.ts";
import type { Uppfoljning } from "../schemas/uppfoljning.ts";
import { DEFAULT_MARK, followUpEquityTable, uppfoljningTable } from "../tables/uppfoljning.ts";
import { uppfoljningDeltagareTable } from "../tables/uppfoljning-deltagare.ts";
import { uppfoljningGoalsTable } from "../tables/uppfoljning-goals.ts";
import { type Block, heading, paragraph, placeBlocks, table } from "./body.ts";
import { internkontrollFollowUpBlocks } from "./internkontrollplan-body.ts";
import type { BuildContext } from "./kind.ts";
import type { ChainedUppfoljning } from "./uppfoljning-chain.ts";

export const uppfoljningBlocks = ["ekonomi", "eget-kapital", "deltagare", "resultatmal", "internkontroll"] as const;
type FollowUpBlock = (typeof uppfoljningBlocks)[number];

const blockHeadings: Record<FollowUpBlock, string> = {
  ekonomi: "Ekonomi",
  "eget-kapital": "Eget kapital",
  deltagare: "Deltagare och insatser",
  resultatmal: "Resultatmål",
  internkontroll: "Intern kontroll",
};

function deltagareBlocks(data: Uppfoljning, chained: ChainedUppfoljning, context: BuildContext): Block[] {
  const deltagare = data.deltagare;
  if (!deltagare) return [];
  const names = new Map((chained.plan?.insatser ?? []).map((insats) => [insats.id, insats.name]));
  const period = `${formatTertialPeriod(data.tertial)} ${context.year}`;
  const rows = [
    ...Object.entries(deltagare.insatser).map(([id, counts]) => ({ id, label: names.get(id) ?? id, counts, kind: "row" as const })),
    { id: "forbundet", label: "Förbundet (varje deltagare en gång)", counts: deltagare, kind: "sum" as const },
  ];
  return [
    paragraph(
      `Deltagarna i de finansierade insatserna ${period}, ur deltagarregistret räknat till periodens slut: inskrivna någon gång under perioden, ` +
        "nya och avslutade. En deltagare i två insatser räknas i båda, men en gång för förbundet.",
    ),
    table(
      uppfoljningDeltagareTable(rows, {
        caption: `Deltagare ${period}`,
        anchorPrefix: context.id,
        privacy: context.forbund.privacy?.min_count !== undefined ? { minCount: context.forbund.privacy.min_count } : {},
      }),
    ),
  ];
}

function goalBlocks(goals: FollowedGoals, context: BuildContext): Block[] {
  if (goals.goals.length === 0) return [];
  return [
    paragraph(
      "Verksamhetsplanens resultatmål för året, följda upp hittills. Mål som mäts med NNS indikatorenkät följs upp en gång om året, i årsredovisningen; " +
        "ett antal visas som hur långt det har kommit mot målvärdet.",
    ),
    table(uppfoljningGoalsTable(goals.goals, { caption: `Resultatmål ${context.year} hittills`, anchorPrefix: context.id })),
  ];
}

/** Where a figure read from the year's verksamhetsplan comes from (the editor shows it beside the field). */
const planSource = (year: number) => `Verksamhetsplanen ${year}`;

function ekonomiBlocks(data: Uppfoljning, chained: ChainedUppfoljning, context: BuildContext): Block[] {
  const { computed, resolved } = chained;
  const period = formatTertialPeriod(data.tertial);
  const fromPlan = Object.values(resolved.budgetSources).some((source) => source === "verksamhetsplan");
  const periodised = computed.lines.some((line) => line.periodSource === "pbudget")
    ? "den periodiserade budgeten är bokföringens (#PBUDGET)"
    : `den periodiserade budgeten är ${computed.months} tolftedelar av årsbudgeten`;
  const source = data.bokforing ? ` (${data.bokforing.file}, bokfört till och med ${formatDate(data.bokforing.to)})` : "";
  const blocks: Block[] = [
    paragraph(
      `Uppföljningen gäller ${period} ${computed.year}. ` +
        `${fromPlan ? `Årsbudgeten är verksamhetsplanens för ${computed.year}, ` : "Årsbudgeten är den antagna, "}` +
        `utfallet är bokföringens för perioden${source}, och ${periodised}. ` +
        "Helårsprognosen är förbundschefens bedömning av årets utfall.",
    ),
    table(
      uppfoljningTable(computed, {
        unit: context.unit,
        caption: `Ekonomi ${period} ${computed.year} med helårsprognos`,
        anchorPrefix: context.id,
        budgetSource: (rowId) => (resolved.budgetSources[rowId] === "verksamhetsplan" ? planSource(computed.year) : undefined),
      }),
    ),
  ];
  if (computed.defaulted.length) {
    const what = data.prognos_default === "budget" ? "årsbudgeten" : `utfallet för perioden uppräknat till helår (× 12/${computed.months})`;
    blocks.push(
      paragraph(`${DEFAULT_MARK} Ingen egen prognos för ${computed.defaulted.map((d) => d.label).join(", ")}: som helårsprognos visas ${what}.`, "source-note"),
    );
  }
  const comments = computed.lines.filter((line) => line.kommentar);
  if (comments.length) {
    blocks.push(heading(3, "Kommentarer till prognosen"));
    for (const line of comments) blocks.push({ type: "paragraph", parts: [{ text: `${line.label}: ` }, { text: line.kommentar! }] });
  }
  blocks.push(
    paragraph(
      "Avvikelserna är utfall minus periodiserad budget och prognos minus årsbudget: ett positivt tal är bättre än budget. " +
        "Intäkter anges positiva och kostnader negativa. Ett streck (–) betyder att inget belopp finns.",
      "source-note",
    ),
  );
  return blocks;
}

function equityBlocks(chained: ChainedUppfoljning, context: BuildContext): Block[] {
  const { computed, resolved } = chained;
  const e = computed.equity;
  const unit = context.unit;
  const openingFrom =
    resolved.opening.source === "arsredovisning"
      ? ` (balansräkningen i årsredovisningen ${resolved.opening.year})`
      : resolved.opening.source === "typed"
        ? ""
        : " (saknas)";
  const level =
    e.status === null
      ? ""
      : ` Det är ${e.status === "at" ? "i nivå med" : `${formatAmount(Math.abs(e.overRecommended ?? 0), unit)} ${e.status === "over" ? "över" : "under"}`} ` +
        `den rekommenderade nivån, ${formatPercent(e.recommendedShare)} av medlemsbidraget.`;
  return [
    paragraph(
      `Med helårsprognosen blir årets resultat ${formatAmount(e.resultat, unit)} och det egna kapitalet vid årets slut ` +
        `${formatAmount(e.closing, unit)}, från ${formatAmount(e.opening, unit)} vid årets början${openingFrom}.${level}`,
    ),
    table(
      followUpEquityTable(computed, {
        unit,
        caption: `Eget kapital vid årets slut enligt prognos ${computed.year}`,
        anchorPrefix: context.id,
        sources: {
          ...(resolved.opening.source === "arsredovisning" ? { opening: `Årsredovisningen ${resolved.opening.year}, balansräkningen` } : {}),
          ...(e.medlemsbidrag !== null ? { plan: planSource(computed.year) } : {}),
        },
      }),
    ),
  ];
}

export function uppfoljningBody(
  data: Uppfoljning,
  chained: ChainedUppfoljning,
  followUps: { goals: FollowedGoals; internkontroll: InternkontrollFollowUp },
  context: BuildContext,
): Block[] {
  const contentOf = (block: FollowUpBlock): Block[] =>
    block === "ekonomi"
      ? ekonomiBlocks(data, chained, context)
      : block === "eget-kapital"
        ? equityBlocks(chained, context)
        : block === "deltagare"
          ? deltagareBlocks(data, chained, context)
          : block === "resultatmal"
            ? goalBlocks(followUps.goals, context)
            : internkontrollFollowUpBlocks(followUps.internkontroll, { year: context.year, anchorPrefix: context.id, withHeading: false });
  const blockFor = (block: FollowUpBlock, withHeading: boolean): Block[] => {
    const content = contentOf(block);
    return content.length && withHeading ? [heading(2, blockHeadings[block]), ...content] : content;
  };
  return placeBlocks(context.prose, uppfoljningBlocks, blockFor);
}
