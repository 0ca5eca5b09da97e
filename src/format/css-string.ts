/**
 * A text as a quoted CSS string, for @page margin boxes that show data (a förbund's name) inside a
 * <style> element written outside a template (the granskningsrapport, src/checks/report-html.ts).
 * Everything but letters, digits, spaces and plain punctuation becomes a CSS hex escape ("<" → "\3c "),
 * so no data can end the string or the style element. The same rule as the templates' `cssStrang`.
 */
export function cssString(text: string): string {
  const escaped = String(text).replace(/[^\p{L}\p{N} .,:;!?()\u2013\u2014-]/gu, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}
