// Protokoll: a board meeting's minutes, with the attendance table, the paragraphs and the
// anslagstavla's dates once the minutes are justerade.
import { dataFinding, type Finding } from "../checks/finding.ts";
import { addDays, noticeDates } from "../compute/anslagstavla.ts";
import { computeProtokoll } from "../compute/protokoll.ts";
import { justerareIssues } from "../compute/protokoll-justerare.ts";
import { protokollSchema } from "../schemas/protokoll.ts";
import { defineKind } from "./kind.ts";
import { type ProtokollPageData, protokollBody } from "./protokoll-body.ts";
import { protokollLiterals } from "./protokoll-literals.ts";

export type { ProtokollPageData };

export const protokoll = defineKind({
  kind: "protokoll",
  label: "Protokoll",
  schema: protokollSchema,
  build(data, context) {
    const computed: ProtokollPageData = {
      ...computeProtokoll(data),
      ...(data.justering.date ? { anslag: noticeDates(data.meeting.date, data.justering.date, data.anslag.posted) } : {}),
    };

    const finding = (rule: string, path: (string | number)[], message: string): Finding => dataFinding(context, { rule, severity: "fel", path, message });
    const findings = [
      ...computed.issues.map((issue) => finding("protokoll", issue.path, issue.message)),
      ...justerareIssues(data).map((issue) => finding("justerare", issue.path, issue.message)),
    ];
    // Minutes are justerade at the meeting or after it: a date before it is a typo (rule justering-datum).
    if (data.justering.date && data.justering.date < data.meeting.date) {
      const dates = `justerat ${data.justering.date}, sammanträdet ${data.meeting.date}`;
      findings.push(finding("justering-datum", ["justering", "date"], `justeringen är daterad före sammanträdet (${dates})`));
    }
    if (computed.anslag?.postedLate) {
      const { posted, justering, postingDeadline } = computed.anslag;
      // Say why the last day is not justering + 2 when a weekend, holiday or afton moved it.
      const moved = postingDeadline !== addDays(justering, 2) ? ", flyttad till nästa vardag" : "";
      findings.push(
        finding("anslag", ["anslag", "posted"], `anslaget sattes upp ${posted}, senare än andra dagen efter justeringen (${postingDeadline}${moved})`),
      );
    }
    if (computed.anslag?.postedEarly) {
      findings.push(finding("anslag", ["anslag", "posted"], `anslaget sattes upp ${computed.anslag.posted}, före justeringen (${computed.anslag.justering})`));
    }
    // Figures typed into the text: the minutes are decided at the meeting, so they are only listed.
    findings.push(...protokollLiterals(data, context, true));

    const title = data.title ?? `${data.organ === "styrelsen" ? "Styrelseprotokoll" : `Protokoll ${data.organ}`} ${data.meeting.date}`;
    // Minutes have no cover page and no innehåll: they open with the meeting's facts.
    return {
      title,
      decided: data.meeting.date,
      decisionLabel: "Sammanträde",
      computed,
      findings,
      body: protokollBody(data, computed, context),
      cover: false,
      toc: false,
    };
  },
});
