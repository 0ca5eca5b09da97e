// Figures the prose prints that the data gives otherwise (kept as `stated`, never shown): each is
// compared with the computed value it quotes.
import type { Arsredovisning } from "../../schemas/arsredovisning/index.ts";
import type { Problem } from "./participants.ts";
import type { SurveyComputed } from "./surveys.ts";

/** A figure the prose prints, compared with the computed value it quotes. */
export interface StatedFigure {
  path: (string | number)[];
  /** The computed path it quotes ("current.enrolled.total"). */
  quotes: string;
  stated: number;
  computed: number | null;
  kind: "count" | "share";
  approximate: boolean;
  /** The step of a "ca" figure's last written digit, where the data gives it (../stated.ts approximateAllowance). */
  precision?: number;
  where: string;
  /** The prose section the figure stands in; absent: every quote of the path. */
  section?: string;
}

/**
 * A stated figure that is a share (0–1 with decimals: 0.35 for "35 %"), not a count or amount; a
 * whole number, zero or a deficit (−1 100 tkr) is never a share.
 */
const isShareValue = (value: number) => Math.abs(value) < 1 && !Number.isInteger(value);

export function statedFigures(
  data: Arsredovisning,
  year: number,
  surveys: Record<string, SurveyComputed>,
  valueAt: (path: string) => unknown,
  problems: Problem[],
): StatedFigure[] {
  const y = String(year);
  const figures: StatedFigure[] = [];
  for (const [quotes, figure] of Object.entries(data.participants?.stated ?? {})) {
    const value = valueAt(quotes);
    const isShare = isShareValue(figure.value);
    figures.push({
      path: ["participants", "stated", quotes, "value"],
      quotes,
      stated: figure.value,
      computed: typeof value === "number" ? value : null,
      kind: isShare ? "share" : "count",
      approximate: figure.approximate ?? false,
      ...(figure.precision ? { precision: figure.precision } : {}),
      where: figure.where,
      ...(figure.section ? { section: figure.section } : {}),
    });
    if (typeof value !== "number") problems.push({ path: ["participants", "stated", quotes], message: `inget beräknat värde på "${quotes}"` });
  }
  for (const [index, question] of (data.surveys?.questions ?? []).entries()) {
    for (const [k, figure] of (question.stated ?? []).entries()) {
      const which = String(figure.year) === y ? "current" : "previous";
      figures.push({
        path: ["surveys", "questions", index, "stated", k, "value"],
        quotes: `surveys.${question.id}.${which}.share`,
        stated: figure.value,
        computed: surveys[question.id]?.[which]?.share ?? null,
        kind: "share",
        approximate: figure.approximate ?? false,
        ...(figure.precision ? { precision: figure.precision } : {}),
        ...(figure.precision ? { precision: figure.precision } : {}),
        where: figure.where,
      });
    }
  }
  for (const [quotes, figure] of Object.entries(data.economy?.stated ?? {})) {
    const value = valueAt(quotes);
    figures.push({
      path: ["economy", "stated", quotes, "value"],
      quotes,
      stated: figure.value,
      computed: typeof value === "number" ? value : null,
      kind: isShareValue(figure.value) ? "share" : "count",
      approximate: figure.approximate ?? false,
      ...(figure.precision ? { precision: figure.precision } : {}),
      where: figure.where,
      ...(figure.section ? { section: figure.section } : {}),
    });
  }
  return figures;
}
