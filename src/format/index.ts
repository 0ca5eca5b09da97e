// The one formatting module: everything that turns a value into text for a reader goes through here.
export { EMPTY, formatNumber, formatPercent } from "./number.ts";
export { type Unit, unitLabels, formatAmount, amountCaption } from "./amount.ts";
export { formatDate, formatLongDate, formatMonth, formatMonthRange, formatYearMonth } from "./date.ts";
export { slugify } from "./slug.ts";
export { escapeHtml, decodeEntities, textOf } from "./html.ts";
