// The phone variant of a chart. Every chart is drawn twice: the wide spec (desktop screens and print,
// as it always was) and a phone spec for the width a phone gives it. The page shows one or the other
// by the width of the figure (templates/assets/responsive.css), so a phone shows its chart at 1:1:
// no scrolling sideways and no labels scaled down to a few pixels. Pure.

/**
 * Total width of a phone chart, padding included: at 390 px the page leaves 358 px, and a little
 * room for the focus ring. Drawn at 1:1 there, so 12 px labels stay 12 px (11 px down to a 330 px wide screen).
 */
export const PHONE_WIDTH = 340;

/** Labels on a phone: one size up from the wide chart's 11 px, since a phone is held further off than print. */
const PHONE_FONT_SIZE = 12;

/**
 * A legend label longer than this many characters is written on two or more lines: 40 characters at
 * 12 px are about 240 px, within the ~270 px a label has beside its symbol on a phone. (Vega lays
 * text out by an estimate, 0.8 em a character, there being no canvas on the server; the frame's
 * width is fixed, so an overestimated legend does not widen the chart.) Labels are never cut (labelLimit 0).
 */
export const PHONE_LABEL_CHARS = 40;

/**
 * The same for the wide chart's legend (11 px labels under a 420 px plot): by Vega's estimate 45
 * characters are about 400 px, so a longer label goes on two lines instead of being cut at the
 * legend's width ("Övriga verksamhetskostnader (förvaltning samt sam…").
 */
export const WIDE_LABEL_CHARS = 45;

/** The frame of a phone chart: its width fixed, the plot fitted inside it with axes and legend. */
export const phoneFrame = { width: PHONE_WIDTH, autosize: { type: "fit-x", contains: "padding" } } as const;

/**
 * The phone's config, merged over the shared one (render.ts): larger labels, legends stacked under
 * the plot. Typed loosely: Vega-Lite hands `legend.layout` on to Vega, but its types leave it out.
 */
export const phoneConfig: Record<string, Record<string, unknown>> = {
  axis: { labelFontSize: PHONE_FONT_SIZE, titleFontSize: PHONE_FONT_SIZE, labelLimit: 0 },
  legend: {
    labelFontSize: PHONE_FONT_SIZE,
    titleFontSize: PHONE_FONT_SIZE,
    orient: "bottom",
    direction: "vertical",
    columns: 1,
    labelLimit: 0,
    // Several legends (costs, income) one under the other from the left, not side by side off the edge.
    layout: { bottom: { anchor: "start", direction: "vertical", margin: 8 } },
  },
};

/** The words of a text as lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A Vega label expression that writes each label longer than `max` characters on several lines
 * (Vega draws an array of strings as lines), or undefined when every label fits.
 */
export function wrappedLabels(labels: readonly string[], max = PHONE_LABEL_CHARS): string | undefined {
  const long = Object.fromEntries(labels.filter((label) => label.length > max).map((label) => [label, wrapText(label, max)]));
  if (Object.keys(long).length === 0) return undefined;
  // JSON is a valid Vega expression literal: the labels come from data and are quoted, never evaluated.
  return `${JSON.stringify(long)}[datum.label] || datum.label`;
}

/**
 * The amount axis of a phone chart. Amounts in kronor of several millions ("8 000 000") are labelled
 * in millions ("8") with the unit in the title, so the labels take a third of the width; the
 * tooltips and the table keep the exact amounts.
 */
export function phoneAmountAxis(unit: "kr" | "tkr", largest: number): { title: string; axis: Record<string, unknown> } {
  if (unit === "kr" && largest >= 1_000_000) {
    return { title: "Belopp i miljoner kr", axis: { labelExpr: "format(datum.value / 1000000, ',.1~f')", tickCount: 4 } };
  }
  return { title: `Belopp i ${unit}`, axis: { format: ",.0f", tickCount: 4 } };
}
