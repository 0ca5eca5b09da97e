// What an årsredovisning still lacks: the statutory parts (förvaltningsberättelse,
// driftsredovisning, resultaträkning, balansräkning, kassaflödesanalys, noter,
// redovisningsprinciper) and, for the year itself, the figures only the year can supply.
import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import type { Arsredovisning } from "../schemas/arsredovisning/index.ts";
import type { ProseSection } from "./body.ts";
import type { ChecklistItem } from "./kind.ts";

export function arsredovisningChecklist(data: Arsredovisning, computed: ComputedArsredovisning, prose: readonly ProseSection[]): ChecklistItem[] {
  const y = String(computed.year);
  const items: ChecklistItem[] = [];
  const hasProse = (section: string) => prose.some((p) => p.section === section);
  // Kommunal redovisningslag (2018:597): the parts an årsredovisning must have.
  if (!hasProse("forvaltningsberattelse")) items.push({ text: "förvaltningsberättelsen saknas (prose NN-forvaltningsberattelse.md)" });
  if (!computed.driftsredovisning) items.push({ text: `driftsredovisningen saknas (data/…/${y}/driftsredovisning.yaml)` });
  for (const [name, label] of [
    ["resultatrakning", "resultaträkningen"],
    ["balansrakning", "balansräkningen"],
    ["kassaflodesanalys", "kassaflödesanalysen"],
  ] as const) {
    if (!data[name]) items.push({ text: `${label} saknas (${name} i data)`, path: [name] });
  }
  if (!data.noter?.length) items.push({ text: "noterna saknas (noter i data)", path: ["noter"] });
  if (!hasProse("redovisningsprinciper")) items.push({ text: "redovisningsprinciperna saknas (prose NN-redovisningsprinciper.md)" });

  // The year's own figures (the overview's other figures for the year come from the statements).
  if (data.overview?.years.includes(computed.year) && data.overview.values[y]?.anstallda === undefined) {
    items.push({ text: `antal anställda ${y} saknas (overview.values.${y}.anstallda)`, path: ["overview", "values"] });
  }
  if (data.participants && !data.participants.years[y]) items.push({ text: `deltagarna ${y} saknas`, path: ["participants", "years"] });
  for (const [index, category] of (data.participants?.exit_status ?? []).entries()) {
    if (!category.values[y])
      items.push({ text: `status vid avslut ${y} saknas för ${category.label}`, path: ["participants", "exit_status", index, "values"] });
  }
  for (const [index, question] of (data.surveys?.questions ?? []).entries()) {
    if (!question.results[y]) items.push({ text: `enkätresultatet ${y} saknas för ”${question.question}”`, path: ["surveys", "questions", index, "results"] });
  }
  for (const [a, ambition] of (data.goals ?? []).entries()) {
    for (const [g, goal] of ambition.goals.entries()) {
      if (goal.results.length === 0) items.push({ text: `resultat saknas för målet ${goal.plan_goal ?? goal.text ?? g + 1}`, path: ["goals", a, "goals", g] });
    }
  }
  for (const name of ["resultatrakning", "balansrakning", "kassaflodesanalys"] as const) {
    const statement = data[name];
    const lines = computed.statements[name];
    if (!statement || !lines) continue;
    for (const [index, entry] of statement.entries.entries()) {
      if (!("label" in entry) || entry.driftsredovisning || entry.from || entry.opening_of || entry.values === undefined) continue;
      if (lines.lines[index]?.values[y] === null) items.push({ text: `${entry.label} ${y} saknas`, path: [name, "entries", index, "values"] });
    }
  }
  for (const [n, note] of (data.noter ?? []).entries()) {
    for (const [r, row] of note.rows.entries()) {
      if (!row.driftsredovisning && row.values[y] === undefined)
        items.push({ text: `Not ${note.number}: ${row.label} ${y} saknas`, path: ["noter", n, "rows", r, "values"] });
    }
  }
  // Paragraphs copied from last year, still to be rewritten.
  for (const file of prose) {
    const lines = file.source.split("\n").flatMap((line, i) => (line.includes("{# skriv om #}") ? [i + 1] : []));
    if (lines.length)
      items.push({ text: `${file.file}: ${lines.length} ${lines.length === 1 ? "stycke" : "stycken"} att skriva om (rad ${lines.join(", ")})` });
  }
  return items;
}
