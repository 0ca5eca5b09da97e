// The goal follow-up's findings, per ambition: "malstatus" (the declared status against the one its
// goals and results give) and "malstatus-text" (the declared text against the declared status key).
// Both compare statuses, so stated and computed are the statuses in words (quantity "text").
import { statusOfText } from "../compute/arsredovisning/declared-status.ts";
import type { ComputedAmbition, GoalStatus } from "../compute/arsredovisning/goals.ts";
import { statusLabels } from "../compute/arsredovisning/goals.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { anchorId, type DocumentRef, type Finding } from "./finding.ts";

const words = (status: GoalStatus) => statusLabels[status].toLocaleLowerCase("sv-SE");

export function goalFindings(ambitions: ComputedAmbition[], source: YamlSource, document: DocumentRef): Finding[] {
  const findings: Finding[] = [];
  for (const ambition of ambitions) {
    const { declared } = ambition;
    if (!declared) continue;
    const path = [...ambition.path, "declared", "status"];
    const at = {
      document: document.label,
      file: source.file,
      line: source.lineOf(path),
      path: path.join("."),
      url: `${document.url}#${anchorId(document.id, ambition.path)}`,
      quantity: "text" as const,
    };
    const what = `Målstatus, ambition ${Number(ambition.path[1]) + 1}`;
    const named = statusOfText(declared.text);
    // The text is what the reader sees; the key is what the page and the malstatus comparison use.
    if (named !== undefined && named !== declared.status) {
      findings.push({
        rule: "malstatus-text",
        severity: "fel",
        ...at,
        stated: words(named),
        computed: words(declared.status),
        message: `${what}: texten ”${declared.text}” mot status: ${declared.status} (${ambition.ambition})`,
      });
    }
    if (ambition.differs && ambition.status) {
      findings.push({
        rule: "malstatus",
        severity: "varning",
        ...at,
        stated: words(declared.status),
        computed: words(ambition.status),
        message: `${what}: angiven ”${declared.text}” mot målens målvärden och resultat (${ambition.ambition})`,
      });
    }
  }
  return findings;
}
