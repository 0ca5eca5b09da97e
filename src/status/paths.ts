// `npm run paths -- <förbund>/<år>/<dokument> [filter]`: every path prose can quote with
// {% belopp %}, {% tal %} or {% procent %}, with its value — the computed ones first (the lookup
// tries them first), then the data as written.
import { numericPaths } from "../compute/paths.ts";
import { formatNumber } from "../format/index.ts";
import type { DocumentPage, Site } from "../model/site.ts";

/** As many decimals as the value has (at most 4): 1.5 prints "1,5", 0.35 "0,35". */
const decimalsOf = (value: number) => Math.min(4, (String(value).split(".")[1] ?? "").length);

export function findDocument(site: Pick<Site, "documents">, ref: string): DocumentPage | undefined {
  const [slug, year, id] = ref.replace(/^\/|\/$/g, "").split("/");
  return site.documents.find((d) => d.forbundSlug === slug && String(d.year) === year && d.id === (id ?? d.kind));
}

/** The lines `npm run paths` prints for a document: "beräknat  path  value", then "data  path  value". */
export function pathsText(doc: Pick<DocumentPage, "title" | "url" | "computed" | "data">, filter = ""): string {
  const show = (source: string, root: unknown) =>
    numericPaths(root)
      .filter((p) => p.path.includes(filter))
      .map((p) => `${source.padEnd(9)}${p.path}  ${p.value === null ? "(tomt)" : formatNumber(p.value, decimalsOf(p.value))}`);
  const computed = show("beräknat", doc.computed);
  const data = show("data", doc.data);
  return [`${doc.title} (${doc.url}): ${computed.length + data.length} sökvägar${filter ? ` som innehåller "${filter}"` : ""}`, ...computed, ...data].join(
    "\n",
  );
}
