// Which status a goal's declared text names ("Målet är delvis uppnått" → delvis), to compare it with
// the declared status key (rule malstatus-text). Code does not read free Swedish text: the text is
// read only when it is one of the status's standard wordings — the words of statusLabels, or the
// one variant in the table below — as the predicate of "Målet är …" / "Mål är …" / "Målet …",
// optionally followed by a remark in parentheses ("(plan finns)"). Any other text names no status
// and is not compared (undefined), so a free wording ("Målet är till största delen nått") is never
// read as the wrong status. Pure.
import { type GoalStatus, statusLabels } from "./goals.ts";

/** The wordings of each status: statusLabels' word, and the one common variant a report writes. */
const wordings: Record<GoalStatus, string[]> = {
  uppnatt: [statusLabels.uppnatt],
  delvis: [statusLabels.delvis],
  ej: [statusLabels.ej, "Inte uppnått"],
};

/** The subjects a status sentence may open with ("Målet är", "Mål är", "Målet"), or none. */
const subjects = ["", "målet", "mål", "målet är", "mål är"];

const normalized = (text: string) =>
  text
    .normalize("NFC")
    .replace(/\([^()]*\)/g, " ")
    .replace(/[.!]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("sv-SE");

const byWording = new Map<string, GoalStatus>(
  (Object.keys(wordings) as GoalStatus[]).flatMap((status) =>
    wordings[status].flatMap((wording) => subjects.map((subject) => [`${subject} ${normalized(wording)}`.trim(), status] as const)),
  ),
);

/** The status a declared text names in one of the standard wordings; undefined for any other text. */
export function statusOfText(text: string): GoalStatus | undefined {
  return byWording.get(normalized(text));
}
