// Whether the granskning's page /granskning/ is part of the site, and with which findings. It is the
// director's report, not the public's: the published site has it only for the förbund whose
// forbund.yaml says `publish_granskning: true` (with only their findings); `npm start` shows every
// finding, so the director reads it before publishing.
import type { Finding } from "../checks/finding.ts";
import type { Forbund } from "../schemas/index.ts";

export interface GranskningPage {
  /** The page is built and linked from the site's menu. */
  shown: boolean;
  /** npm start: shown to the director whatever forbund.yaml says. */
  preview: boolean;
  /** The findings the page lists. */
  findings: Finding[];
  /** Names of the förbund whose findings the published page lists. */
  published: string[];
}

interface ForbundEntry {
  slug: string;
  forbund: Forbund;
}

/** The förbund a finding is about: the first segment of its URL, else the short name its document label ends with. */
export function forbundOfFinding(finding: Finding, forbund: readonly ForbundEntry[]): string | undefined {
  const segment = finding.url?.split("/")[1];
  if (segment && forbund.some((f) => f.slug === segment)) return segment;
  return forbund.find((f) => finding.document.endsWith(`(${f.forbund.short_name})`))?.slug;
}

export function granskningPage(site: { forbund: readonly ForbundEntry[]; findings: Finding[] }, options: { preview: boolean }): GranskningPage {
  const publishing = site.forbund.filter((f) => f.forbund.publish_granskning === true);
  const slugs = new Set(publishing.map((f) => f.slug));
  const findings = options.preview ? site.findings : site.findings.filter((finding) => slugs.has(forbundOfFinding(finding, site.forbund) ?? ""));
  return { shown: options.preview || publishing.length > 0, preview: options.preview, findings, published: publishing.map((f) => f.forbund.name) };
}
