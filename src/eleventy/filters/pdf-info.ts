import { pdfInfoMarker } from "../../site/pdf-info.ts";

/** `{{ doc.url ~ doc.pdfFile | pdfUppgift | safe }}`: the place of the PDF's size and checksum, filled after printing (src/site/pdf-info.ts). */
export function pdfUppgift(url: string, short = false): string {
  return pdfInfoMarker(url, short);
}
