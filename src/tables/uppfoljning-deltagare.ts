// The tertialuppföljning's participants so far: the förbund (each person once) and each insats,
// enrolled (with women and men), new and ended by the period's end — counts the förbund hides when
// small (privacy.min_count) shown as "<5".
import { anchorId, type CountPrivacy, hiddenInSplit } from "../format/index.ts";
import type { PeriodCounts } from "../schemas/uppfoljning.ts";
import { privateCountCell, textCell } from "./cells.ts";
import { csvFileName } from "./csv-names.ts";
import type { Row, Table } from "./model.ts";

export function uppfoljningDeltagareTable(
  rows: readonly { id: string; label: string; counts: PeriodCounts; kind: "row" | "sum" }[],
  options: { caption: string; anchorPrefix: string; privacy: CountPrivacy },
): Table {
  const cell = (value: number) => privateCountCell(value, options.privacy);
  // Women and men beside their total: hiding one small part alone would let the other give it away.
  const enrolled = (split: PeriodCounts["enrolled"]) => {
    const hidden = hiddenInSplit(split, options.privacy.minCount);
    return (["total", "women", "men"] as const).map((part) => privateCountCell(split[part], { ...options.privacy, hidden: hidden.has(part) }));
  };
  return {
    id: anchorId(options.anchorPrefix, ["deltagare"]),
    caption: options.caption,
    columns: [
      { label: "", numeric: false },
      { label: "Inskrivna", numeric: true },
      { label: "varav kvinnor", numeric: true },
      { label: "varav män", numeric: true },
      { label: "Nya", numeric: true },
      { label: "Avslutade", numeric: true },
    ],
    rows: rows.map(
      (row): Row => ({
        id: anchorId(options.anchorPrefix, ["deltagare", row.id]),
        kind: row.kind,
        header: textCell(row.label),
        cells: [...enrolled(row.counts.enrolled), cell(row.counts.new.total), cell(row.counts.ended.total)],
      }),
    ),
    csvName: csvFileName(options.caption),
  };
}
