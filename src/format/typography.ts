// Swedish typography in text a document states: a per cent sign stands after a non-breaking space
// ("85 %", as the project prints every computed share), so a table that quotes a goal written
// "85%" does not set it differently from the result "71 %" beside it. Only the spacing changes.

/** "85%" and "85 %" → "85 %" (U+00A0), after a digit only. */
export function spacePercent(text: string): string {
  return text.replace(/(\d)[ \u00a0\u202f]?%/g, "$1\u00a0%");
}
