// The granskning of a tertialuppföljning: the period's dates against the tertial (uppfoljning-period),
// the period's utfall against the sums the SIE import read (uppfoljning-bokforing), and a row that
// only grows against a later follow-up's or the year's final utfall (uppfoljning-utfall).
import type { Cell } from "../compute/cell.ts";
import { compareStated } from "../compute/stated.ts";
import { convertAmount } from "../compute/units.ts";
import { type ComputedUppfoljning, groupNames, tertialPeriod } from "../compute/uppfoljning.ts";
import type { YamlSource } from "../data/yaml-source.ts";
import { formatNumber, type Unit } from "../format/index.ts";
import type { Uppfoljning } from "../schemas/uppfoljning.ts";
import { type DocumentRef, dataFinding, type Finding } from "./finding.ts";
import { statedTotalFindings } from "./stated-totals.ts";

export interface LaterUtfall {
  /** "uppföljningen januari–augusti", "driftsredovisningen 2025". */
  label: string;
  byId: Record<string, Cell>;
}

export interface UppfoljningCheckContext {
  source: YamlSource;
  document: DocumentRef;
  unit: Unit;
  year: number;
  /** Utfall of the same year over a longer period: T2 for a T1, the driftsredovisning's for both. */
  later: LaterUtfall[];
}

export function periodFindings(data: Uppfoljning, context: UppfoljningCheckContext): Finding[] {
  const expected = tertialPeriod(context.year, data.tertial);
  const findings: Finding[] = [];
  const check = (path: (string | number)[], written: string | undefined, wanted: string, what: string, verb: "börjar" | "slutar") => {
    if (written === undefined || written === wanted) return;
    findings.push(
      dataFinding(context, {
        rule: "uppfoljning-period",
        severity: "fel",
        path,
        message: `${what} är ${written}, men tertial ${data.tertial} ${context.year} ${verb} ${wanted}`,
      }),
    );
  };
  check(["period", "from"], data.period?.from, expected.from, "periodens första dag", "börjar");
  check(["period", "to"], data.period?.to, expected.to, "periodens sista dag", "slutar");
  check(["bokforing", "to"], data.bokforing?.to, expected.to, "periodens sista dag i bokföringen", "slutar");
  return findings;
}

/** Each row's utfall against what the import read from the SIE file (kronor → the document's unit). */
export function bokforingFindings(data: Uppfoljning, context: UppfoljningCheckContext): Finding[] {
  const bokforing = data.bokforing;
  if (!bokforing) return [];
  const comparisons = groupNames.flatMap((name) =>
    data[name].rows.flatMap((row, index) => {
      const kronor = bokforing.sums[row.id];
      if (kronor === undefined) return [];
      const expected = convertAmount(kronor, "kr", context.unit);
      const written = row.utfall ?? null;
      return [
        compareStated([name, "rows", index, "utfall"], written, expected, 0, {
          row: [name, row.id],
          description: `${row.label}: utfall mot bokföringen ${bokforing.file} (${formatNumber(kronor, 2)} kr)`,
        }),
      ];
    }),
  );
  return statedTotalFindings(comparisons, context.source, context.document, context.unit, "uppfoljning-bokforing");
}

/** A row that only grows: the period's utfall cannot be larger (in size) than a longer period's of the same year. */
export function growthFindings(data: Uppfoljning, context: UppfoljningCheckContext): Finding[] {
  return groupNames.flatMap((name) =>
    data[name].rows.flatMap((row, index) => {
      const grows = row.grows ?? name !== "finansiella_poster";
      const utfall = row.utfall ?? null;
      if (!grows || utfall === null) return [];
      return context.later.flatMap((later) => {
        const final = later.byId[row.id];
        if (final === undefined || final === null) return [];
        // An utfall of 0 (nothing booked yet) has no sign of its own, and is never more than the year's.
        const sameSign = Math.sign(final) === Math.sign(utfall) || final === 0 || utfall === 0;
        if (sameSign && Math.abs(utfall) <= Math.abs(final)) return [];
        return [
          dataFinding(context, {
            rule: "uppfoljning-utfall",
            severity: "varning",
            path: [name, "rows", index, "utfall"],
            stated: utfall,
            computed: final,
            anchor: true,
            message:
              `${row.label}: utfallet för perioden (${formatNumber(utfall)}) är större än i ${later.label} (${formatNumber(final)}), ` +
              "fast raden bara kan växa under året — fel period i importen, eller en rättelse som bör förklaras",
          }),
        ];
      });
    }),
  );
}

export function uppfoljningFindings(data: Uppfoljning, computed: ComputedUppfoljning, context: UppfoljningCheckContext): Finding[] {
  return [
    ...statedTotalFindings(computed.stated, context.source, context.document, context.unit, "summa"),
    ...periodFindings(data, context),
    ...bokforingFindings(data, context),
    ...growthFindings(data, context),
  ];
}
