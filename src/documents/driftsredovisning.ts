// Driftsredovisning: the outcome against budget per row, with every sum, result and difference
// computed; other years' utfall and each year's budget read from where they live (./chain.ts).
import { statedTotalFindings } from "../checks/stated-totals.ts";
import { computeDriftsredovisning } from "../compute/driftsredovisning.ts";
import { DataError } from "../data/problem.ts";
import { driftsredovisningSchema } from "../schemas/index.ts";
import { driftsredovisningTable } from "../tables/driftsredovisning.ts";
import { paragraph, proseLookup, table } from "./body.ts";
import { resolvedDrifts } from "./chain.ts";
import { defineKind } from "./kind.ts";
import { proseLiterals } from "./prose-anchors.ts";

export const driftsredovisning = defineKind({
  kind: "driftsredovisning",
  label: "Driftsredovisning",
  schema: driftsredovisningSchema,
  build(data, context) {
    const resolved = resolvedDrifts(context.siblings, context.year, context.forbund)!;
    const computed = computeDriftsredovisning(resolved.data);
    const missingText = (m: (typeof resolved.missing)[number]) => `${m.column} ${m.year} saknas för ${m.label}`;
    // An adopted document prints every cell: a value neither its file nor the chain gives stops the
    // build (as the board's decision cannot be printed); a draft lists it in its checklist instead.
    if (data.decided && resolved.missing.length) {
      throw new DataError(
        resolved.missing.map((m) => {
          const path = [...m.path, m.column];
          const from = m.column === "utfall" ? `driftsredovisningen ${m.year}` : `verksamhetsplanen för ${m.year} (plan_line)`;
          return {
            file: context.source.file,
            line: context.source.lineOf(path),
            path: path.join("."),
            message: `väntade ett värde för ${m.year} (skriv "-" för en tom cell), fann inget — och data/ har ingen ${from} att läsa det ur`,
          };
        }),
      );
    }
    const findings = statedTotalFindings([...computed.stated, ...resolved.stated], context.source, context.document, context.unit);
    const body = [
      ...proseLookup(context.prose).all(),
      table(driftsredovisningTable(computed, { unit: context.unit, caption: data.title, anchorPrefix: context.id, sources: resolved.sources })),
      paragraph(
        "Kolumnerna ”Differens utfall−budget” är utfall minus budget. " +
          "Intäkter anges positiva och kostnader negativa. Ett streck (–) betyder att inget belopp finns. " +
          "En bokstav vid ett belopp hänvisar till en anmärkning under tabellen.",
        "source-note",
      ),
    ];
    findings.push(...proseLiterals(body, context.document, data.decided !== undefined));
    const checklist = resolved.missing.map((m) => ({ path: [...m.path, m.column], text: missingText(m) }));
    return { title: data.title, decided: data.decided, computed, findings, body, checklist, adopted: [...computed.stated, ...resolved.stated] };
  },
});
