// Verksamhetsplan och budget: a multi-year budget with eget kapital against the recommended level,
// member contributions, funded insatser (with FTE) and the resultatmål of the plan's first year.
import { budgetChart } from "../charts/budget.ts";
import { equityChart } from "../charts/equity.ts";
import { equityLevelFindings } from "../checks/equity-level.ts";
import { dataFinding, type Finding } from "../checks/finding.ts";
import { goalTargetTextFindings, planTextGoals } from "../checks/goal-target-text.ts";
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { computeVerksamhetsplan } from "../compute/verksamhetsplan.ts";
import { verksamhetsplanSchema } from "../schemas/index.ts";
import { defineKind } from "./kind.ts";
import { proseLiterals, quoteUrl } from "./prose-anchors.ts";
import { planBody } from "./verksamhetsplan-body.ts";
import { planEquityChain } from "./verksamhetsplan-chain.ts";

export const verksamhetsplan = defineKind({
  kind: "verksamhetsplan",
  label: "Verksamhetsplan",
  schema: verksamhetsplanSchema,
  build(data, context) {
    const chain = planEquityChain(data, context);
    const computed = computeVerksamhetsplan(chain.plan, context.forbund);
    const findings: Finding[] = [...chain.findings(computed)];
    findings.push(
      ...computed.stated.flatMap(({ rule, comparisons }) => statedTotalFindings(comparisons, context.source, context.document, context.unit, rule)),
    );
    findings.push(...equityLevelFindings(computed.equity, context.source, context.document, context.unit, data.eget_kapital.stated_closing ?? {}));
    // Owners and co-parties must be members of the förbund.
    const members = new Set(context.forbund.members.map((m) => m.name));
    data.insatser.forEach((insats, index) => {
      const named = [
        ...(insats.owner ? [{ name: insats.owner, path: ["insatser", index, "owner"] }] : []),
        ...insats.co_parties.map((name, i) => ({ name, path: ["insatser", index, "co_parties", i] })),
      ];
      for (const { name, path } of named) {
        if (members.has(name)) continue;
        findings.push(
          dataFinding(context, {
            rule: "part",
            severity: "varning",
            path,
            message: `${insats.name}: ”${name}” är inte medlem i förbundet (väntade ett av: ${[...members].join(", ")})`,
          }),
        );
      }
    });
    // A goal's target against the number its text writes (rule malvarde-text).
    findings.push(...goalTargetTextFindings(planTextGoals(data), context));
    // A budget row that funds an insats in a year it is not funded (rule insats-ar).
    for (const entry of computed.budget.outsideFunding) {
      const funded = entry.insats.period ? `${entry.insats.period.from}–${entry.insats.period.to}` : Object.keys(entry.insats.funding ?? {}).join(", ");
      findings.push(
        dataFinding(context, {
          rule: "insats-ar",
          severity: "fel",
          path: entry.path,
          stated: entry.amount,
          computed: 0,
          anchor: true,
          message: `${entry.insats.name} ${entry.year}: budgetraden har ett belopp ett år då insatsen inte finansieras (${funded})`,
        }),
      );
    }
    // A figure the text states links to where the page prints it (./prose-anchors.ts), not to the budget.
    const quoted = new Map<string, { quotes?: string; section?: string }>([
      ...data.text_figures.map((figure, index) => [`text_figures.${index}.stated`, figure] as const),
      ...Object.entries(data.stated_figures).map(([quotes, figure]) => [`stated_figures.${quotes}.value`, { quotes, section: figure.section }] as const),
    ]);
    for (const finding of findings) {
      const figure = quoted.get(finding.path);
      if (figure?.quotes) finding.url = quoteUrl(context.prose, context.document, figure.quotes, figure.section) ?? finding.url;
    }
    const body = planBody(chain.plan, computed, context);
    // Figures typed into the prose rather than bound to the data (rule siffra-i-text).
    findings.push(...proseLiterals(body, context.document, data.decided !== undefined));
    const years = data.budget.years;
    const span = `${years[0]}–${years[years.length - 1]}`;
    return {
      title: data.title,
      decided: data.decided,
      decisionLabel: data.decision_label,
      ...(data.decided_note ? { decidedNote: data.decided_note } : {}),
      computed,
      findings,
      charts: {
        budget: budgetChart(computed.budget, context.unit, `Kostnader per år och intäkter ${span}`),
        equity: equityChart(computed.equity, context.unit, `Eget kapital och rekommenderad nivå ${span}`),
      },
      body,
      adopted: computed.stated.flatMap((group) => group.comparisons),
      proseFigures: computed.textFigures.flatMap((f) =>
        f.quotes ? [{ quotes: f.quotes, stated: f.stated, computed: f.computed, ...(f.section ? { section: f.section } : {}) }] : [],
      ),
    };
  },
});
