// Explore's transformations: a series' figures read as the shared transformations' input (one
// input per period kind), the chosen transformation applied with the very functions the command
// line uses, which choices the data allow (and why not), and the points that could not be computed.
// Pure, so it is tested without React.
import type { FigureValue } from '@shared/contract/figures.js';
import type { Basis, PeriodKind, Unit } from '@shared/domain.js';
import type { InputSeries, NoValueReason, TransformedSeries } from '@shared/analysis/model.js';
import { parseTransform } from '@shared/analysis/spec.js';
import { comparePeriods, parsePeriod } from '@shared/period.js';

/** What the control offers, in its order; `rebase` takes a year (`rebase:2020`). */
export const TRANSFORM_CHOICES = ['none', 'yoy', 'mom', 'ytd', 'ma3', 'ma12', 'rebase', 'chain', 'annual', 'tet'] as const;
export type TransformChoice = (typeof TRANSFORM_CHOICES)[number];

/** A point as the chart and table show it: a value with its decimals, or why there is none. */
export interface ShownPoint {
  period: string;
  value: number | null;
  decimals: number | null;
  reason: NoValueReason | null;
  /** The stored figure, where the point is one (no transformation). */
  figure: FigureValue | null;
}

export interface ShownSeries {
  basis: Basis;
  unit: Unit;
  points: ShownPoint[];
}

/** The spec of a choice: 'none', 'ma3', 'rebase:2020'. */
export const transformSpec = (choice: TransformChoice, rebaseYear: number | null): string => (choice === 'rebase' ? `rebase:${rebaseYear ?? ''}` : choice);

/** The choice a spec names ('rebase:2020' → rebase); unknown specs are no transformation. */
export function choiceOf(spec: string): TransformChoice {
  const head = spec.split(':')[0] as TransformChoice;
  return (TRANSFORM_CHOICES as readonly string[]).includes(head) ? head : 'none';
}

/** The base year a rebase spec names, or null. */
export const rebaseYearOf = (spec: string): number | null => {
  const m = /^rebase:(\d{4})$/.exec(spec);
  return m ? Number(m[1]) : null;
};

/** The figures as one transformation input per period kind, in time order; a period stated twice counts once. */
export function inputsOf(figures: FigureValue[]): InputSeries[] {
  const first = figures[0];
  if (!first) return [];
  const byKind = new Map<PeriodKind, Map<string, FigureValue>>();
  for (const figure of figures) {
    const period = parsePeriod(figure.period);
    if (!period) continue;
    const list = byKind.get(period.kind) ?? new Map<string, FigureValue>();
    if (!list.has(period.code)) list.set(period.code, figure);
    byKind.set(period.kind, list);
  }
  return [...byKind].map(([kind, list]) => ({
    kind,
    basis: first.basis,
    unit: first.unit,
    // The figures do not say their base year; a base change inside a series is not seen here.
    baseYear: null,
    points: [...list.entries()].map(([period, f]) => ({ period, value: f.value, decimals: f.decimals })),
  }));
}

const NEEDS: readonly NoValueReason[] = ['needs-index', 'needs-mom', 'needs-months'];

/** True when the transformation does not apply to this input at all (every point says what it needs). */
const refused = (result: TransformedSeries): boolean => result.points.length > 0 && result.points.every((p) => p.value === null && NEEDS.includes(p.reason));

export type Outcome = { ok: true; series: ShownSeries } | { ok: false; reason: NoValueReason };

const byPeriod = (a: ShownPoint, b: ShownPoint): number => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!);

/** The figures as they are: each one a point. */
export function untransformed(figures: FigureValue[]): ShownSeries {
  const first = figures[0];
  return {
    basis: first?.basis ?? 'yoy',
    unit: first?.unit ?? 'pct',
    points: figures
      .filter((f) => parsePeriod(f.period) !== null)
      .map((f) => ({ period: f.period, value: f.value, decimals: f.decimals, reason: null, figure: f }))
      .sort(byPeriod),
  };
}

/**
 * The figures transformed by `spec`, applied to each period kind it accepts (kinds it refuses are
 * left out); not ok, with the reason, when it applies to none or computes no value at all.
 */
export function applyTransform(figures: FigureValue[], spec: string): Outcome {
  if (spec === 'none') return { ok: true, series: untransformed(figures) };
  const transform = parseTransform(spec);
  const results = inputsOf(figures).map((input) => transform.apply(input));
  const kept = results.filter((r) => !refused(r));
  const points = kept.flatMap((r) =>
    r.points.map((p): ShownPoint =>
      p.value === null
        ? { period: p.period, value: null, decimals: null, reason: p.reason, figure: null }
        : { period: p.period, value: p.value, decimals: p.decimals, reason: null, figure: null },
    ),
  );
  if (!points.some((p) => p.value !== null)) return { ok: false, reason: whyNone(results) };
  return { ok: true, series: { basis: kept[0]!.basis, unit: kept[0]!.unit, points: points.sort(byPeriod) } };
}

/** The reason to give when nothing could be computed: what the data lack rather than "not monthly", if both are said. */
function whyNone(results: TransformedSeries[]): NoValueReason {
  const reasons = results.flatMap((r) => r.points.flatMap((p) => (p.value === null ? [p.reason] : [])));
  if (reasons.length === 0) return 'too-short';
  return reasons.find((r) => r !== 'needs-months') ?? reasons[0]!;
}

/**
 * Year-on-year changes with January and February combined beside them (Tết moves between the two,
 * so either month alone misleads): the Jan–Feb changes the data allow, where the series does not
 * already hold that period. Other transformations are returned as they are.
 */
export function withTet(figures: FigureValue[], spec: string, series: ShownSeries): ShownSeries {
  if (spec !== 'yoy') return series;
  const tet = applyTransform(figures, 'tet');
  if (!tet.ok) return series;
  const have = new Set(series.points.map((p) => p.period));
  const added = tet.series.points.filter((p) => p.value !== null && !have.has(p.period));
  return added.length === 0 ? series : { ...series, points: [...series.points, ...added].sort(byPeriod) };
}

/** The years an index can be rebased to: those whose average the data give. */
export function rebaseYears(figures: FigureValue[]): number[] {
  const years = [...new Set(figures.map((f) => Number(f.period.slice(0, 4))))].sort((a, b) => a - b);
  return years.filter((year) => applyTransform(figures, `rebase:${year}`).ok);
}

export type Availability = { ok: true } | { ok: false; reason: NoValueReason };

/** Whether each choice applies to every series shown (the first refusal says why); rebase when some year works for all. */
export function availability(seriesFigures: FigureValue[][], choice: TransformChoice): Availability {
  if (choice === 'none') return { ok: true };
  for (const figures of seriesFigures) {
    if (choice === 'rebase') {
      if (rebaseYears(figures).length === 0) {
        const outcome = applyTransform(figures, `rebase:${Number(figures[0]?.period.slice(0, 4) ?? 2015)}`);
        return { ok: false, reason: outcome.ok ? 'base-year-incomplete' : outcome.reason };
      }
      continue;
    }
    const outcome = applyTransform(figures, choice);
    if (!outcome.ok) return outcome;
  }
  return { ok: true };
}

/** Years every series can be rebased to. */
export function commonRebaseYears(seriesFigures: FigureValue[][]): number[] {
  const [first, ...rest] = seriesFigures.map(rebaseYears);
  return (first ?? []).filter((year) => rest.every((years) => years.includes(year)));
}

/**
 * The spec to apply: the chosen one when every series shown allows it, else none; a base year some
 * series lacks gives way to the latest one all of them hold whole.
 */
export function effectiveSpec(chosen: string, seriesFigures: FigureValue[][]): string {
  const choice = choiceOf(chosen);
  if (choice === 'none' || seriesFigures.length === 0 || !availability(seriesFigures, choice).ok) return 'none';
  if (choice !== 'rebase') return choice;
  const years = commonRebaseYears(seriesFigures);
  const year = rebaseYearOf(chosen);
  if (year !== null && years.includes(year)) return chosen;
  return years.length > 0 ? transformSpec('rebase', years.at(-1)!) : 'none';
}

export interface NotComputed {
  reason: NoValueReason;
  periods: string[];
}

/** The points without a value, grouped by reason in the order they first occur. */
export function notComputed(points: ShownPoint[]): NotComputed[] {
  const groups = new Map<NoValueReason, string[]>();
  for (const p of points) {
    if (p.value !== null || p.reason === null) continue;
    const list = groups.get(p.reason) ?? [];
    list.push(p.period);
    groups.set(p.reason, list);
  }
  return [...groups].map(([reason, periods]) => ({ reason, periods }));
}
