// What makes two Chromium prints of the same page differ, and how we take it out — each
// replacement keeps the length, so every byte offset in the xref table stays valid.
//
// 1. /CreationDate and /ModDate hold the print time: replaced by the document's fixed date.
// 2. Tagged PDFs name structure elements after Blink's DOM node ids — /ID (node00000043), also
//    used in /Headers of table cells and as keys of the /IDTree — and those ids depend on what the
//    renderer did before (seen differing between runs). We renumber them by rank: the n-th smallest
//    id becomes node0000000n. References stay consistent and the IDTree's keys stay sorted.

export function fixPrintDates(pdf: string, pdfDate: string): string {
  return pdf.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_whole, key: string, value: string) => {
    if (value.length !== pdfDate.length) throw new Error(`unexpected PDF date format: ${value}`);
    return `/${key} (${pdfDate})`;
  });
}

export function renumberNodeIds(pdf: string): string {
  const ids = [...new Set([...pdf.matchAll(/\(node(\d+)\)/g)].map((match) => match[1]!))].sort((a, b) => Number(a) - Number(b));
  const rank = new Map(ids.map((id, index) => [id, String(index + 1).padStart(id.length, "0")]));
  for (const [id, renumbered] of rank) if (renumbered.length !== id.length) throw new Error(`cannot renumber PDF node id ${id}`);
  return pdf.replace(/\(node(\d+)\)/g, (_whole, id: string) => `(node${rank.get(id)})`);
}
