// The director's status of a förbund's years: each document of a year — missing, utkast or antagen —
// and what its checklist still lacks (src/documents/*-checklist). Printed by `npm run status`
// and at the end of `npm run new-year`.
import type { DocumentPage, Site } from "../model/site.ts";

/** The documents a förbund makes every year (protocols come as the board meets). */
export const yearlyKinds = [
  { kind: "verksamhetsplan", label: "Verksamhetsplan och budget" },
  { kind: "driftsredovisning", label: "Driftsredovisning" },
  { kind: "arsredovisning", label: "Årsredovisning" },
] as const;

export interface DocumentStatus {
  kind: string;
  label: string;
  state: "saknas" | "utkast" | "antagen";
  document?: Pick<DocumentPage, "url" | "decided" | "sourceFile" | "checklist">;
}

export function yearStatus(site: Pick<Site, "forbund">, slug: string, year: number): DocumentStatus[] {
  const forbund = site.forbund.find((f) => f.slug === slug);
  return yearlyKinds.map(({ kind, label }) => {
    const document = forbund?.documents.find((d) => d.kind === kind && d.year === year && d.id === kind);
    return { kind, label, state: !document ? "saknas" : document.draft ? "utkast" : "antagen", ...(document ? { document } : {}) };
  });
}

export function statusText(site: Pick<Site, "forbund">, slug: string, year: number): string {
  const name = site.forbund.find((f) => f.slug === slug)?.name ?? slug;
  const lines = [`${name} ${year}`];
  for (const status of yearStatus(site, slug, year)) {
    const decided = status.state === "antagen" ? ` ${status.document!.decided}` : "";
    lines.push(`  ${status.label}: ${status.state}${decided}${status.document ? ` (${status.document.sourceFile})` : ""}`);
    for (const item of status.document?.checklist ?? []) lines.push(`    - ${item.text}${item.line ? ` (${item.file}:${item.line})` : ""}`);
  }
  return lines.join("\n");
}
