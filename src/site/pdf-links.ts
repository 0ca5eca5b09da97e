// Which pages link which PDFs (for their size and checksum, src/site/pdf-info.ts): each document
// page its own, each förbund page its documents', the start page every one.
import type { PdfLink } from "./pdf-info.ts";

interface Linked {
  url: string;
  pdfFile: string;
}

export function pdfLinks(site: { forbund: readonly { url: string; documents: readonly Linked[] }[] }): PdfLink[] {
  const pdfOf = (doc: Linked) => `${doc.url}${doc.pdfFile}`;
  return [
    { page: "/", pdfs: site.forbund.flatMap((f) => f.documents.map(pdfOf)) },
    ...site.forbund.map((f) => ({ page: f.url, pdfs: f.documents.map(pdfOf) })),
    ...site.forbund.flatMap((f) => f.documents.map((doc) => ({ page: doc.url, pdfs: [pdfOf(doc)] }))),
  ];
}
