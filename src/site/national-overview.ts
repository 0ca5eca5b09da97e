// The national overview on the start page: every förbund under its län, with the key figures of its
// latest adopted documents side by side — medlemsbidrag, årets resultat, eget kapital at year end
// against the recommended level, deltagare — each with the URL (and anchor) of the place in the
// document that prints it. Built from the site model; pure, no formatting (./national-overview-table.ts
// words and formats it).
//
// A figure is the one the document's page prints (its table model, where an adopted document shows
// what it states), so the overview and the document never disagree. Utkast are left out, as on the
// start page's lists. Amounts are in tkr for every förbund, converted from kr where a document is in kronor.
import type { ComputedArsredovisning } from "../compute/arsredovisning/index.ts";
import { convertAmount } from "../compute/units.ts";
import { tablesOf } from "../documents/body.ts";
import { anchorId, type Unit } from "../format/index.ts";
import type { Arsredovisning, Forbund, Verksamhetsplan } from "../schemas/index.ts";

/** What the overview reads of a document: the site model's document page, or the prepared one Eleventy renders. */
export interface OverviewDocument {
  kind: string;
  id: string;
  year: number;
  title: string;
  url: string;
  draft: boolean;
  unit: Unit;
  data: unknown;
  computed: unknown;
  body: Parameters<typeof tablesOf>[0];
  hiddenValue?: (path: string) => string | undefined;
}

export interface OverviewForbundInput {
  slug: string;
  name: string;
  shortName: string;
  url: string;
  forbund: Forbund;
  documents: readonly OverviewDocument[];
}

/** The document a figure comes from, and where on its page. */
export interface FigureSource {
  kind: "arsredovisning" | "verksamhetsplan";
  title: string;
  year: number;
  /** The document's page, with the anchor of the row or table that prints the figure where it has one. */
  url: string;
}

/**
 * Why a figure is missing: the förbund has no adopted document of the kind (`no-document`), or the
 * latest one does not give the figure (`not-given`). Never shown as 0.
 */
export type Missing = { missing: "no-document" | "not-given" };

/** An amount in tkr; `basis` says whether it is the year's outcome or the plan's budget. */
export type AmountFigure = { amount: number; basis: "utfall" | "budget"; source: FigureSource } | Missing;

export type EquityShareFigure =
  | {
      /** Eget kapital at year end / the year's medlemsbidrag, both from the same årsredovisning. */
      share: number;
      /** Nationella rådets recommended share, as the årsredovisning (or the plan of the same year) sets it. */
      recommendedShare: number | null;
      status: "over" | "under" | "at" | null;
      source: FigureSource;
    }
  | Missing;

/** A participant count, or the text the site shows instead of a small one ("<5"). */
export type CountFigure = { count: number; source: FigureSource } | { hidden: string; source: FigureSource } | Missing;

export interface OverviewRow {
  slug: string;
  name: string;
  shortName: string;
  /** The förbund's page. */
  url: string;
  lan: string | null;
  /** The latest adopted årsredovisning, whose year the figures are from unless they say otherwise. */
  arsredovisning: FigureSource | null;
  medlemsbidrag: AmountFigure;
  aretsResultat: AmountFigure;
  egetKapital: AmountFigure;
  equityShare: EquityShareFigure;
  deltagare: CountFigure;
}

export interface OverviewGroup {
  /** The län as forbund.yaml writes it; null for the förbund without one. */
  lan: string | null;
  rows: OverviewRow[];
}

export interface NationalOverview {
  /** By län in alphabetical order (Swedish), the förbund without a län last. */
  groups: OverviewGroup[];
  count: number;
}

/** The id of the balansräkning's and resultaträkning's lines the årsredovisning reads as eget kapital and årets resultat. */
const EQUITY_LINE = "eget_kapital";
const RESULT_LINE = "arets_resultat";
/** The participants table whose first rows are the year's enrolled (src/documents/arsredovisning-body.ts). */
const PARTICIPANTS_TABLE = "tabell-2";

const collator = new Intl.Collator("sv");
const byYearDown = (a: OverviewDocument, b: OverviewDocument) => b.year - a.year;

function source(doc: OverviewDocument, anchor?: string): FigureSource {
  return { kind: doc.kind as FigureSource["kind"], title: doc.title, year: doc.year, url: anchor ? `${doc.url}#${anchor}` : doc.url };
}

/** The value the page prints in the row with this id, in the cell for `key` ("2025", "utfall.2025"); undefined when the page has no such cell. */
function printed(doc: OverviewDocument, rowId: string, key: string): number | null | undefined {
  for (const table of tablesOf(doc.body)) {
    const cell = table.rows.find((row) => row.id === rowId)?.cells.find((c) => c.key === key);
    if (cell) return typeof cell.value === "number" ? cell.value : null;
  }
  return undefined;
}

/** The anchor of a statement's line with this id: its place in the data (src/tables/statements.ts). */
function statementLineAnchor(doc: OverviewDocument, statement: "resultatrakning" | "balansrakning", id: string): string | undefined {
  const index = (doc.data as Arsredovisning)[statement]?.entries.findIndex((entry) => "id" in entry && entry.id === id) ?? -1;
  return index === -1 ? undefined : anchorId(doc.id, [statement, "entries", index]);
}

interface Read {
  value: number;
  anchor?: string;
}

/** A statement line's figure for the report's year: as printed, else as computed. */
function statementFigure(doc: OverviewDocument, statement: "resultatrakning" | "balansrakning", id: string, computed: number | null): Read | undefined {
  const anchor = statementLineAnchor(doc, statement, id);
  const shown = anchor ? printed(doc, anchor, String(doc.year)) : undefined;
  const value = shown === undefined ? computed : shown;
  return value === null ? undefined : { value, ...(shown !== undefined ? { anchor } : {}) };
}

/** The årsredovisning's medlemsbidrag (economy: its driftsredovisning row, by id), as its driftsredovisning table prints it. */
function contributionFigure(doc: OverviewDocument): Read | undefined {
  const computed = doc.computed as ComputedArsredovisning;
  const rowId = (doc.data as Arsredovisning).economy?.member_contribution_row ?? "medlemsbidrag";
  const line = computed.driftsredovisning?.lines.find((l) => l.id === rowId);
  const anchor = line ? anchorId(`${doc.id}-driftsredovisning`, line.anchor) : undefined;
  const shown = anchor ? printed(doc, anchor, `utfall.${doc.year}`) : undefined;
  const value = shown === undefined ? computed.economy.medlemsbidrag : shown;
  return value === null ? undefined : { value, ...(shown !== undefined ? { anchor } : {}) };
}

const tkr = (value: number, unit: Unit) => convertAmount(value, unit, "tkr");

/** The figure from the latest document that gives it; `no-document` when there is none, `not-given` when none of them gives it. */
function latest<T>(docs: readonly OverviewDocument[], read: (doc: OverviewDocument) => T | undefined): T | Missing {
  if (!docs.length) return { missing: "no-document" };
  for (const doc of docs) {
    const figure = read(doc);
    if (figure !== undefined) return figure;
  }
  return { missing: "not-given" };
}

/** Nationella rådets share as the årsredovisning sets it, else the verksamhetsplan of the same year. */
function recommendedShare(doc: OverviewDocument, plans: readonly OverviewDocument[]): number | null {
  const own = (doc.data as Arsredovisning).economy?.equity_recommended_share;
  if (own !== undefined) return own;
  const plan = plans.find((p) => p.year === doc.year);
  return plan ? (plan.data as Verksamhetsplan).eget_kapital.recommended_share : null;
}

function equityShare(doc: OverviewDocument, plans: readonly OverviewDocument[]): EquityShareFigure | undefined {
  const equity = statementFigure(doc, "balansrakning", EQUITY_LINE, (doc.computed as ComputedArsredovisning).economy.equityClosing);
  const contribution = contributionFigure(doc);
  if (!equity || !contribution?.value) return undefined;
  const recommended = recommendedShare(doc, plans);
  const level = recommended === null ? null : recommended * contribution.value;
  // Within half a unit of the document's figures is "at" the level (its amounts are whole units).
  const status = level === null ? null : Math.abs(equity.value - level) < 0.5 ? "at" : equity.value > level ? "over" : "under";
  return { share: equity.value / contribution.value, recommendedShare: recommended, status, source: source(doc, equity.anchor) };
}

function participants(doc: OverviewDocument): CountFigure | undefined {
  const total = (doc.computed as ComputedArsredovisning).current?.enrolled?.total;
  if (total === null || total === undefined) return undefined;
  const anchor = tablesOf(doc.body).some((t) => t.id === PARTICIPANTS_TABLE) ? PARTICIPANTS_TABLE : undefined;
  const hidden = doc.hiddenValue?.("current.enrolled.total");
  return hidden ? { hidden, source: source(doc, anchor) } : { count: total, source: source(doc, anchor) };
}

/** The plan's budgeted medlemsbidrag for its own year, linked to its table of eget kapital against the level (which shows it by year). */
function budgetContribution(plan: OverviewDocument): AmountFigure | undefined {
  const value = (plan.data as Verksamhetsplan).budget.medlemsbidrag[String(plan.year)];
  if (value === undefined || value === null) return undefined;
  const anchor = anchorId(plan.id, ["eget_kapital"]);
  const linked = tablesOf(plan.body).some((t) => t.id === anchor);
  return { amount: tkr(value, plan.unit), basis: "budget", source: source(plan, linked ? anchor : undefined) };
}

export function overviewRow(entry: OverviewForbundInput): OverviewRow {
  const adopted = entry.documents.filter((d) => !d.draft).sort(byYearDown);
  const reports = adopted.filter((d) => d.kind === "arsredovisning");
  const plans = adopted.filter((d) => d.kind === "verksamhetsplan");
  const amount = (read: (doc: OverviewDocument) => Read | undefined) =>
    latest(reports, (doc): AmountFigure | undefined => {
      const found = read(doc);
      return found && { amount: tkr(found.value, doc.unit), basis: "utfall", source: source(doc, found.anchor) };
    });
  const fromReport = amount(contributionFigure);
  // Without an årsredovisning that gives it, the latest plan's budget (marked as budget).
  const medlemsbidrag = "missing" in fromReport && plans.length ? latest(plans, budgetContribution) : fromReport;
  const computed = (doc: OverviewDocument) => (doc.computed as ComputedArsredovisning).economy;
  return {
    slug: entry.slug,
    name: entry.name,
    shortName: entry.shortName,
    url: entry.url,
    lan: entry.forbund.lan ?? null,
    arsredovisning: reports[0] ? source(reports[0]) : null,
    medlemsbidrag,
    aretsResultat: amount((doc) => statementFigure(doc, "resultatrakning", RESULT_LINE, computed(doc).arets_resultat)),
    egetKapital: amount((doc) => statementFigure(doc, "balansrakning", EQUITY_LINE, computed(doc).equityClosing)),
    equityShare: latest(reports, (doc) => equityShare(doc, plans)),
    deltagare: latest(reports, participants),
  };
}

export function nationalOverview(forbund: readonly OverviewForbundInput[]): NationalOverview {
  const rows = forbund.map(overviewRow).sort((a, b) => collator.compare(a.name, b.name));
  const lans = [...new Set(rows.map((r) => r.lan))].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
  return { groups: lans.map((lan) => ({ lan, rows: rows.filter((r) => r.lan === lan) })), count: rows.length };
}
