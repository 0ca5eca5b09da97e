// Verksamhetsplan och budget: a multi-year budget with eget kapital against the recommended level,
// member contributions, funded insatser (with FTE) and the resultatmål of the plan's first year.
import { budgetChart } from "../charts/budget.ts";
import { equityChart } from "../charts/equity.ts";
import { equityLevelFindings } from "../checks/equity-level.ts";
import { dataFinding, type Finding } from "../checks/finding.ts";
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { computeVerksamhetsplan } from "../compute/verksamhetsplan.ts";
import { verksamhetsplanSchema } from "../schemas/index.ts";
import { defineKind } from "./kind.ts";
import { planBody } from "./verksamhetsplan-body.ts";

export const verksamhetsplan = defineKind({
  kind: "verksamhetsplan",
  label: "Verksamhetsplan",
  schema: verksamhetsplanSchema,
  build(data, context) {
    const computed = computeVerksamhetsplan(data, context.forbund);
    const findings: Finding[] = computed.stated.flatMap(({ rule, comparisons }) =>
      statedTotalFindings(comparisons, context.source, context.document, context.unit, rule),
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
    const years = data.budget.years;
    const span = `${years[0]}–${years[years.length - 1]}`;
    return {
      title: data.title,
      decided: data.decided,
      decisionLabel: data.decision_label,
      computed,
      findings,
      charts: {
        budget: budgetChart(computed.budget, context.unit, `Kostnader per år och intäkter ${span}`),
        equity: equityChart(computed.equity, context.unit, `Eget kapital och rekommenderad nivå ${span}`),
      },
      body: planBody(data, computed, context),
      adopted: computed.stated.flatMap((group) => group.comparisons),
      proseFigures: computed.textFigures.flatMap((f) =>
        f.quotes ? [{ quotes: f.quotes, stated: f.stated, computed: f.computed, ...(f.section ? { section: f.section } : {}) }] : [],
      ),
    };
  },
});
