/**
 * `{{ doc.title | cssStrang | safe }}`: a text as a quoted CSS string, for the @page margin boxes
 * that show data (förbund, title) inside a <style> element. Everything but letters, digits, spaces
 * and plain punctuation is written as a CSS hex escape ("<" → "\3c "), so no data can end the string
 * or the style element.
 */
export function cssStrang(text: string): string {
  const escaped = String(text).replace(/[^\p{L}\p{N} .,:;!?()\u2013\u2014-]/gu, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}
