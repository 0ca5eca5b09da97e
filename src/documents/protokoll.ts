import { dataFinding, type Finding } from "../checks/finding.ts";
import { addDays, noticeDates, type NoticeDates } from "../compute/anslagstavla.ts";
import { computeProtokoll, type ProtokollComputed } from "../compute/protokoll.ts";
import { protokollSchema } from "../schemas/protokoll.ts";
import { defineKind } from "./kind.ts";

export interface ProtokollPageData extends ProtokollComputed {
  /** The anslagstavla's dates, once the minutes are justerade. */
  anslag?: NoticeDates;
}

export const protokoll = defineKind({
  kind: "protokoll",
  label: "Protokoll",
  schema: protokollSchema,
  build(data, context) {
    const computed: ProtokollPageData = computeProtokoll(data);
    if (data.justering.date) computed.anslag = noticeDates(data.meeting.date, data.justering.date, data.anslag.posted);

    const finding = (rule: string, path: (string | number)[], message: string): Finding => dataFinding(context, { rule, severity: "fel", path, message });
    const findings = computed.issues.map((issue) => finding("protokoll", issue.path, issue.message));
    if (computed.anslag?.postedLate) {
      const { posted, justering, postingDeadline } = computed.anslag;
      // Say why the last day is not justering + 2 when a weekend, holiday or afton moved it.
      const moved = postingDeadline !== addDays(justering, 2) ? ", flyttad till nästa vardag" : "";
      findings.push(finding("anslag", ["anslag", "posted"], `anslaget sattes upp ${posted}, senare än andra dagen efter justeringen (${postingDeadline}${moved})`));
    }
    if (computed.anslag?.postedEarly) {
      findings.push(finding("anslag", ["anslag", "posted"], `anslaget sattes upp ${computed.anslag.posted}, före justeringen (${computed.anslag.justering})`));
    }

    const title = data.title ?? `${data.organ === "styrelsen" ? "Styrelseprotokoll" : `Protokoll ${data.organ}`} ${data.meeting.date}`;
    return { title, decided: data.meeting.date, decisionLabel: "Sammanträde", computed, findings };
  },
});
