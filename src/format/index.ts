// The one formatting module: everything that turns a value into text for a reader goes through here.

export { amountCaption, formatAmount, type Unit, unitLabels } from "./amount.ts";
export { anchorId } from "./anchor.ts";
export { type CountPrivacy, type CountSplit, formatCount, hiddenInSplit, isHiddenCount, type SplitPart, WITHHELD } from "./count.ts";
export { formatDate, formatLongDate, formatMeetingDay, formatMonth, formatMonthRange, formatTertialPeriod, formatYearMonth } from "./date.ts";
export { formatGoalTarget, formatGoalText, formatGoalValue, type GoalTarget } from "./goal.ts";
export { escapeHtml } from "./html.ts";
export { EMPTY, formatNumber, formatPercent } from "./number.ts";
export { formatPlainNumber } from "./plain-number.ts";
export { slugify } from "./slug.ts";
export { spacePercent } from "./typography.ts";
