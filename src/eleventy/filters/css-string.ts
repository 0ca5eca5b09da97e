/** A text as a quoted CSS string, for @page margin boxes that show data (förbund, title). */
export function cssString(text: string): string {
  return `"${String(text).replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\A ")}"`;
}
