// A new year's årsredovisning: last year's structure (statement lines, notes, participant
// categories, survey questions) without its figures — every figure of earlier years is read from
// the reports that hold it — and the goals of the year's verksamhetsplan. For a förbund's first
// report: a standard structure. Only what the year itself supplies is left to fill in.
import type { Arsredovisning, Statement } from "../schemas/arsredovisning/index.ts";
import type { Verksamhetsplan } from "../schemas/index.ts";

const sourceOfPlanGoal = { indikatorenkat: "survey", insatsrapporter: "reports", ekonomisk_uppfoljning: "accounts", egen_uppfoljning: "reports" } as const;

function emptyStatement(statement: Statement, year: number): object {
  return {
    years: [year, year - 1],
    ...(statement.column_labels ? { column_labels: { [year]: `${year}-01-01 – ${year}-12-31`, [year - 1]: `${year - 1}-01-01 – ${year - 1}-12-31` } } : {}),
    entries: statement.entries.map((entry) => {
      if ("heading" in entry) return entry.strong ? { heading: entry.heading } : { heading: entry.heading, strong: false };
      if ("sum" in entry) {
        const { stated: _stated, ...rest } = entry;
        return rest.strong ? (({ strong: _s, ...r }) => r)(rest) : rest;
      }
      const { stated: _stated, values, ...rest } = entry;
      // A line that is read (from the driftsredovisning, another statement, last year's closing, its
      // note, the change it explains) has no values.
      const read = rest.driftsredovisning || rest.from || rest.opening_of || rest.note !== undefined || rest.change_of;
      return read || values === undefined ? rest : { ...rest, values: {} };
    }),
  };
}

/** The standard statements of a samordningsförbund, with the ids the granskning knows. */
function standardStatements(year: number): Pick<Arsredovisning, "resultatrakning" | "balansrakning" | "kassaflodesanalys"> {
  const years = [year, year - 1];
  return {
    resultatrakning: {
      years,
      entries: [
        { id: "intakter", label: "Verksamhetens intäkter", driftsredovisning: "intakter" },
        { id: "kostnader", label: "Verksamhetens kostnader", driftsredovisning: "kostnader" },
        { id: "verksamhetens_resultat", sum: "Verksamhetens resultat", strong: true },
        { id: "finansiella", label: "Finansiella poster", driftsredovisning: "finansiella_poster" },
        { id: "arets_resultat", sum: "Årets resultat", strong: true },
      ],
    },
    balansrakning: {
      years,
      entries: [
        { heading: "TILLGÅNGAR", strong: true },
        { id: "fordringar", label: "Fordringar", values: {} },
        { id: "kassa", label: "Kassa och bank", values: {} },
        { id: "tillgangar", sum: "SUMMA TILLGÅNGAR", of: ["fordringar", "kassa"], strong: true },
        { heading: "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", strong: true },
        { id: "ek_ingaende", label: "Eget kapital vid räkenskapsårets början", opening_of: "eget_kapital", values: {} },
        { id: "ek_resultat", label: "Årets resultat", from: "resultatrakning.arets_resultat" },
        { id: "eget_kapital", sum: "Eget kapital", of: ["ek_ingaende", "ek_resultat"], strong: true },
        { id: "avsattningar", label: "Avsättningar", values: {} },
        { id: "skulder", label: "Kortfristiga skulder", values: {} },
        { id: "summa_skulder", sum: "SUMMA EGET KAPITAL, AVSÄTTNINGAR, SKULDER", of: ["eget_kapital", "avsattningar", "skulder"], strong: true },
      ],
    },
    kassaflodesanalys: {
      years,
      entries: [
        { id: "resultat", label: "Årets resultat", from: "resultatrakning.arets_resultat" },
        { id: "rorelsekapital", label: "Förändring av rörelsekapital", values: {} },
        { id: "arets_kassaflode", sum: "Årets kassaflöde", of: ["resultat", "rorelsekapital"], strong: true },
        { id: "likvida_borjan", label: "Likvida medel vid årets början", opening_of: "likvida_slut", values: {} },
        { id: "likvida_slut", sum: "Likvida medel vid årets slut", of: ["likvida_borjan", "arets_kassaflode"], strong: true },
      ],
    },
  } as never;
}

/** The goal follow-up of the year: the plan's resultatmål, each followed up as last year's report followed it up where it did. */
function goalsFromPlan(plan: Verksamhetsplan | undefined, previous: Arsredovisning | undefined): object[] | undefined {
  if (!plan?.resultatmal) return undefined;
  const previousGoal = (id: string) => previous?.goals?.flatMap((a) => a.goals).find((g) => g.plan_goal === id);
  const previousAmbition = (id: string) => previous?.goals?.find((a) => a.goals.some((g) => g.plan_goal === id));
  return plan.resultatmal.levels.flatMap((level) =>
    level.ambitions.map((ambition) => {
      const ids = ambition.goals.flatMap((g) => (g.id ? [g.id] : []));
      const before = ids.map(previousAmbition).find(Boolean);
      return {
        ambition: ambition.text ?? before?.ambition ?? level.label,
        follow_up: before?.follow_up ?? "Uppföljning av resultatmålen",
        ...(before?.prose ? { prose: before.prose } : {}),
        goals: ambition.goals.map((goal) => {
          const earlier = goal.id ? previousGoal(goal.id) : undefined;
          return {
            plan_goal: goal.id,
            source: earlier?.source ?? (goal.source ? sourceOfPlanGoal[goal.source] : "reports"),
            results: earlier?.results ?? [],
          };
        }),
      };
    }),
  );
}

export function newArsredovisning(year: number, previous: Arsredovisning | undefined, plan: Verksamhetsplan | undefined): object {
  const p = previous;
  const statements = p
    ? Object.fromEntries(
        (["resultatrakning", "balansrakning", "kassaflodesanalys"] as const).flatMap((name) => (p[name] ? [[name, emptyStatement(p[name]!, year)]] : [])),
      )
    : standardStatements(year);
  const goals = goalsFromPlan(plan, p);
  return {
    title: `Årsredovisning ${year}`,
    ...(p?.unit ? { unit: p.unit } : {}),
    ...(p?.overview ? { overview: { years: p.overview.years.map((y) => y + 1), values: {} } } : {}),
    participants: {
      years: {},
      history_years: p?.participants?.history_years ?? 5,
      ...(p?.participants?.exit_status
        ? { exit_status: p.participants.exit_status.map(({ values: _values, ...category }) => ({ ...category, values: {} })) }
        : {}),
    },
    ...(p?.surveys
      ? {
          surveys: {
            questions: p.surveys.questions.map(({ results: _results, stated: _stated, ...question }) => ({ ...question, results: {} })),
          },
        }
      : {}),
    ...(goals ? { goals } : {}),
    ...(p?.economy
      ? {
          economy: {
            ...Object.fromEntries(
              Object.entries(p.economy).filter(([key]) =>
                ["individual_cost_rows", "member_contribution_row", "equity_recommended_share", "cost_details_of"].includes(key),
              ),
            ),
            // The budget of the year after is the plan's, read once that plan is in data/.
            ...(p.economy.next_year ? { next_year: { year: year + 1 } } : {}),
          },
        }
      : {}),
    ...statements,
    ...(p?.noter
      ? {
          noter: p.noter.map((note) => ({
            number: note.number,
            title: note.title,
            ...(note.sum_label !== "Summa" ? { sum_label: note.sum_label } : {}),
            ...(note.costs_positive ? { costs_positive: true } : {}),
            rows: note.rows.map(({ values: _values, marks: _marks, ...row }) => (row.driftsredovisning || row.opening ? row : { ...row, values: {} })),
          })),
        }
      : {}),
  };
}
