// The granskning of a tertialuppföljning's follow-up of the year's internkontrollplan: each status
// names a risk of the plan (internkontroll-risk: fel; one the plan does not follow up in the tertial
// is a notering), and an adopted follow-up reports every control the plan schedules for the tertial
// (internkontroll-status: varning — an utkast lists them in its checklist instead).
import { followUpAnchor, internkontrollFollowUp } from "../compute/internkontroll.ts";
import { nearestPaths } from "../compute/paths.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { anchorId } from "../format/index.ts";
import { followUpOccasionLabels, type Internkontrollplan, type InternkontrollStatusEntry } from "../schemas/internkontrollplan.ts";
import { type DocumentRef, dataFinding, type Finding } from "./finding.ts";

export interface InternkontrollCheckInput {
  /** The follow-up's statuses (its `internkontroll`), its tertial and whether the board has taken it. */
  statuses: readonly InternkontrollStatusEntry[];
  tertial: 1 | 2;
  decided: boolean;
  year: number;
  /** The year's internkontrollplan, if data/ has one. */
  plan: Internkontrollplan | undefined;
}

export interface InternkontrollCheckContext {
  source: Pick<YamlSource, "file" | "lineOf">;
  document: DocumentRef;
  /** The key of the statuses in the follow-up's data (default internkontroll). */
  key?: string;
}

export function internkontrollFindings(input: InternkontrollCheckInput, context: InternkontrollCheckContext): Finding[] {
  const key = context.key ?? "internkontroll";
  const { plan, year } = input;
  const tertial = `T${input.tertial}`;
  const followUp = internkontrollFollowUp(plan, input.statuses, input.tertial);
  const ids = plan?.risks.map((risk) => risk.id) ?? [];
  const describe = (riskIndex: number) => {
    const risk = plan!.risks[riskIndex]!;
    return `${risk.id} (${risk.area}: ${risk.risk})`;
  };
  return followUp.problems.flatMap((problem): Finding[] => {
    if (problem.kind === "unknown-risk") {
      const near = nearestPaths(problem.risk, ids, 2);
      const why = plan
        ? `som inte finns i internkontrollplanen ${year}${near.length ? ` — menade du ${near.join(" eller ")}?` : ""}`
        : `men data/ har ingen internkontrollplan för ${year} (internkontrollplan.yaml i årets mapp)`;
      return [
        dataFinding(context, {
          rule: "internkontroll-risk",
          severity: "fel",
          path: [key, problem.statusIndex, "risk"],
          message: `status för risken ${problem.risk}, ${why}`,
        }),
      ];
    }
    if (problem.kind === "not-scheduled") {
      const when = problem.followUp.length
        ? `följs enligt planen upp i ${problem.followUp.map((occasion) => followUpOccasionLabels[occasion]).join(", ")}`
        : "har ingen uppföljning i planen";
      return [
        dataFinding(context, {
          rule: "internkontroll-risk",
          severity: "notering",
          path: [key, problem.statusIndex, "risk"],
          message: `risken ${describe(problem.riskIndex)} ${when}, inte i ${tertial}: statusen tas med, utöver internkontrollplanen ${year}`,
        }),
      ];
    }
    // An utkast's missing statuses are its checklist's (src/documents/internkontrollplan.ts internkontrollChecklist).
    if (!input.decided) return [];
    return [
      {
        ...dataFinding(context, {
          rule: "internkontroll-status",
          severity: "varning",
          path: [key],
          message:
            `kontrollmomentet för risken ${describe(problem.riskIndex)} ska enligt internkontrollplanen ${year} ` +
            `följas upp i ${tertial}, men har ingen status`,
        }),
        // The row the follow-up's table prints for it, "Ej rapporterad".
        url: `${context.document.url}#${anchorId(context.document.id, followUpAnchor(problem.risk))}`,
      },
    ];
  });
}
