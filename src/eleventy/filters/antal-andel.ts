import { formatNumber, formatPercent } from "../../format/index.ts";

/** `{{ { count: 49, share: 0.345 } | antalAndel }}` → "49 (35 %)"; a count without share → "49"; empty → "–". */
export function antalAndel(cell: { count: number | null; share: number | null } | null | undefined): string {
  if (!cell || cell.count === null) return formatNumber(null);
  return cell.share === null ? formatNumber(cell.count) : `${formatNumber(cell.count)} (${formatPercent(cell.share)})`;
}
