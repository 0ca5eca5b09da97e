// What a verksamhetsplan's page shows: its prose files in order, each followed by the data block of
// the same name (40-resultatmal.md → the resultatmål table, NN-insatser.md → the insatser, NN-budget.md
// → the budget); a block without a prose file of its name comes last, with a heading of its own.
import type { ComputedVerksamhetsplan } from "../compute/verksamhetsplan.ts";
import { anchorId, formatAmount, formatNumber, formatPercent } from "../format/index.ts";
import type { Verksamhetsplan } from "../schemas/index.ts";
import { budgetTable } from "../tables/plan/budget.ts";
import { contributionsTable } from "../tables/plan/contributions.ts";
import { equityTable } from "../tables/plan/equity.ts";
import { fteTable } from "../tables/plan/fte.ts";
import { resultatmalTable } from "../tables/plan/resultatmal.ts";
import { type Block, heading, paragraph, placeBlocks, table } from "./body.ts";
import type { BuildContext } from "./kind.ts";

export const planBlocks = ["resultatmal", "insatser", "budget"] as const;
type PlanBlock = (typeof planBlocks)[number];

function resultatmalBlocks(plan: Verksamhetsplan, withHeading: boolean): Block[] {
  const goals = plan.resultatmal;
  if (!goals) return [];
  return [
    ...(withHeading ? [heading(2, `Resultatmål ${goals.year}`)] : []),
    table(resultatmalTable(goals, { caption: goals.heading ?? `Resultatmål ${goals.year}` })),
  ];
}

function insatserBlocks(plan: Verksamhetsplan, computed: ComputedVerksamhetsplan, context: BuildContext, withHeading: boolean): Block[] {
  if (plan.insatser.length === 0) return [];
  const blocks: Block[] = [];
  if (withHeading) blocks.push(heading(2, "Finansierade insatser"));
  if (computed.fte.insatser.length) {
    if (withHeading) {
      blocks.push(
        paragraph(
          `Funktionerna räknas om till årsarbetare för ${computed.fte.year} efter andel av heltid ` +
            `och de månader de gäller: totalt ${formatNumber(computed.fte.total, 1)} årsarbetare.`,
        ),
      );
    }
    blocks.push(table(fteTable(computed.fte, { caption: `Finansierad verksamhet och resurser ${computed.fte.year}` })));
  }
  for (const group of computed.insatsGroups) {
    if (!group.detailed) continue;
    const groupHeading = { level: 3 as const, text: group.label };
    blocks.push({
      type: "component",
      name: "insatsGroup",
      params: {
        heading: groupHeading,
        unit: context.unit,
        insatser: group.insatser
          .filter((insats) => insats.detailed)
          .map((insats) => ({ ...insats, heading: { level: 4, text: insats.name, id: `insats-${insats.id}` } })),
      },
      headings: [groupHeading],
    });
  }
  return [{ type: "group", tag: "section", className: "plan-insatser", id: anchorId(context.id, ["insatser"]), blocks }];
}

function budgetBlocks(plan: Verksamhetsplan, computed: ComputedVerksamhetsplan, context: BuildContext, withHeading: boolean): Block[] {
  const years = computed.years;
  const span = `${years[0]}–${years[years.length - 1]}`;
  const unit = context.unit;
  const caption = plan.budget.caption ?? `Budget ${span}`;
  const [state, region, municipality] = computed.contributions.kinds;
  const equity = plan.eget_kapital;
  const balance = computed.equity.balance;
  const blocks: Block[] = [
    ...(withHeading ? [heading(2, "Budget")] : []),
    heading(3, caption),
    table(budgetTable(computed.budget, computed.equity, equity, { unit, caption, documentId: context.id, captionHidden: true })),
    { type: "figure", chart: "budget", id: "figur-budget" },
    heading(3, "Medlemsbidrag per part"),
    paragraph(
      `Medlemsbidraget fördelas efter parternas andelar: staten ${formatPercent(state?.share)}, regionen ${formatPercent(region?.share)} och ` +
        `${municipality && municipality.members.length === 1 ? "kommunen" : "kommunerna tillsammans"} ${formatPercent(municipality?.share)}.`,
    ),
    table(contributionsTable(computed.contributions, { unit, caption: `Medlemsbidrag per part ${span}` })),
    heading(3, "Eget kapital och rekommenderad nivå"),
    paragraph(
      `Nationella rådet rekommenderar ett eget kapital på ca ${formatPercent(computed.equity.recommendedShare)} av det årliga medlemsbidraget. ` +
        `Det egna kapitalet räknas fram år för år från ${balance.at === "start" ? "ingående" : "utgående"} eget kapital ${balance.year}, ` +
        `${formatAmount(balance.amount, unit)}${balance.basis ? ` (${balance.basis})` : ""}, med årets beräknade resultat.`,
    ),
    table(equityTable(computed.equity, { unit, caption: `Eget kapital mot rekommenderad nivå ${span}`, documentId: context.id })),
    { type: "figure", chart: "equity", id: "figur-eget-kapital" },
    paragraph(
      "Intäkter anges positiva och kostnader negativa. Ett streck (–) betyder att inget belopp finns. " +
        "En bokstav vid ett belopp hänvisar till en anmärkning under tabellen.",
      "source-note",
    ),
  ];
  return [{ type: "group", tag: "section", className: "plan-budget", id: anchorId(context.id, ["budget"]), blocks }];
}

export function planBody(plan: Verksamhetsplan, computed: ComputedVerksamhetsplan, context: BuildContext): Block[] {
  const blockFor = (block: PlanBlock, withHeading: boolean): Block[] =>
    block === "resultatmal"
      ? resultatmalBlocks(plan, withHeading)
      : block === "insatser"
        ? insatserBlocks(plan, computed, context, withHeading)
        : budgetBlocks(plan, computed, context, withHeading);
  // Each figure of the plan stands after the prose file it names.
  const figuresAfter = (prose: { section: string }): Block[] =>
    plan.figures
      .filter((f) => f.after === prose.section)
      .map((figure) => ({
        type: "component",
        name: "levelsFigure",
        params: { id: anchorId(context.id, ["figur", figure.id]), caption: figure.caption, levels: figure.levels },
      }));
  return placeBlocks(context.prose, planBlocks, blockFor, figuresAfter);
}
