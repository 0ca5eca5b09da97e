import { type NoticeDates, type NoticeStatus, sortNotices } from "../../compute/anslagstavla.ts";

interface ProtocolPage {
  forbundSlug: string;
  computed: { anslag?: NoticeDates };
}

export interface Notice<D extends ProtocolPage = ProtocolPage> {
  doc: D;
  dates: NoticeDates;
}

/**
 * `{% set board = site.documentsByKind.protokoll | anslagstavla(forbund.slug, buildDate) %}` →
 * { kommande, aktuell, arkiv }: the notices of one förbund's justerade protokoll, by where they
 * belong on the build date, newest first.
 */
export function anslagstavla<D extends ProtocolPage>(protocols: readonly D[], forbundSlug: string, today: string): Record<NoticeStatus, Notice<D>[]> {
  const notices = protocols.filter((doc) => doc.forbundSlug === forbundSlug && doc.computed.anslag).map((doc) => ({ doc, dates: doc.computed.anslag! }));
  return sortNotices(notices, today);
}
