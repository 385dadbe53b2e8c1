// Transformations on stored series: which stored figures a spec starts from (the index on its base
// year where there is one), the transformed series the chart, exports and `iip get --transform`
// all show, and one point of it with the reason it has no value.
import { endsWithin, type MonthSpan } from '../../shared/analysis/date-range.js';
import type { InputSeries, OutputPoint, SeriesPoint, TransformedSeries } from '../../shared/analysis/model.js';
import { parseTransform, TransformSpecError, type Transform } from '../../shared/analysis/spec.js';
import type { TransformedSeriesValue, TransformStart } from '../../shared/contract/figures.js';
import type { Basis, Measure, PeriodKind, Unit } from '../../shared/domain.js';
import { comparePeriods, cumulativePeriod, parsePeriod, type Period } from '../../shared/period.js';
import { findSeries, seriesById, type SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { resolveGeo, resolveItem, usualMeasure } from '../reference/names.js';
import { candidatesForSeries } from './repository.js';
import { chooseShown, groupCandidates } from './select.js';

/** Reads a spec, or refuses it as bad input naming the accepted ones. */
export function readTransform(spec: string): Transform {
  try {
    return parseTransform(spec);
  } catch (error) {
    if (error instanceof TransformSpecError) throw new BadInputError(error.message);
    throw error;
  }
}

/**
 * The stored bases a spec may start from, best first. Changes, rebasing and averages of months
 * need an index on a base year (or, for products, quantities); a chain needs stated month-on-month
 * changes; a moving average works on any basis, so it smooths the index where there is one, else
 * the quantities, else the year-on-year changes (how the statistics office's series are read),
 * else the month-on-month ones.
 */
export function startingBases(spec: string, measure: Measure): Basis[] {
  const levels: Basis[] = measure === 'output' ? ['level', 'base'] : ['base', 'level'];
  switch (spec.split(':')[0]) {
    case 'chain':
      return ['mom'];
    case 'rebase':
    case 'annual':
    case 'quarterly':
    case 'cumulative':
      return ['base'];
    case 'ma3':
    case 'ma12':
      return [...levels, 'yoy', 'mom'];
    default:
      return levels;
  }
}

const emptySeries = (kind: PeriodKind): InputSeries => ({ kind, basis: 'base', unit: 'index', baseYear: null, points: [] });

/** The period kind a transformation gives from input of `kind`. */
const outputKind = (transform: Transform, kind: PeriodKind): PeriodKind => transform.apply(emptySeries(kind)).kind;

/**
 * The period kind of the stored figures that give `wanted` periods: months where the
 * transformation builds them from months (ytd, annual, tet, …), else the same kind (yoy of quarters).
 */
export function inputKindFor(transform: Transform, wanted: PeriodKind | undefined): PeriodKind {
  if (wanted === undefined || outputKind(transform, 'month') === wanted) return 'month';
  if (outputKind(transform, wanted) === wanted) return wanted;
  throw new BadInputError(`${transform.spec} does not give ${KIND_WORDS.en[wanted]} periods`);
}

/**
 * The period of the result a requested period means: a month asked of a transformation that gives
 * January-to-month periods (ytd, tet) is the one ending that month.
 */
export function resultPeriodFor(transform: Transform, requested: Period): Period {
  if (requested.kind === 'month' && outputKind(transform, 'month') === 'cumulative') {
    const [year, month] = requested.code.split('-').map(Number) as [number, number];
    return cumulativePeriod(year, month);
  }
  return requested;
}

/** One stored figure as shown (newest release wins), with the base year of its index. */
interface StoredPoint {
  period: Period;
  unit: Unit;
  value: number;
  decimals: number;
  baseYear: number | null;
}

function storedPoints(db: Db, series: SeriesRow, basis: Basis, asOf: string | undefined): StoredPoint[] {
  const codes = { geo: series.geoCode, item: series.itemCode, measure: series.measure };
  return groupCandidates(candidatesForSeries(db, series.id, basis, asOf)).map((group) => {
    const shown = chooseShown(group, codes);
    return { period: parsePeriod(shown.period)!, unit: shown.unit, value: shown.value, decimals: shown.decimals, baseYear: group[0]!.baseYear || null };
  });
}

/** Where one period is stated twice (two units, two base years), the % change or the newest base year. */
const UNIT_ORDER: Unit[] = ['pct', 'index', 'qty', 'pp'];

function inputSeries(points: StoredPoint[], kind: PeriodKind, basis: Basis, wanted?: Unit): InputSeries | null {
  const ofKind = points.filter((p) => p.period.kind === kind);
  const order = wanted ? [wanted, ...UNIT_ORDER.filter((u) => u !== wanted)] : UNIT_ORDER;
  const unit = order.find((u) => ofKind.some((p) => p.unit === u));
  if (!unit) return null;
  const byPeriod = new Map<string, StoredPoint>();
  for (const point of ofKind.filter((p) => p.unit === unit)) {
    const held = byPeriod.get(point.period.code);
    if (!held || (point.baseYear ?? 0) > (held.baseYear ?? 0)) byPeriod.set(point.period.code, point);
  }
  const chosen = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
  const baseYear = basis === 'base' ? Math.max(...chosen.map((p) => p.baseYear ?? 0)) || null : null;
  return {
    kind,
    basis,
    unit,
    baseYear,
    points: chosen.map((p): SeriesPoint => ({
      period: p.period.code,
      value: p.value,
      decimals: p.decimals,
      ...(basis === 'base' ? { baseYear: p.baseYear } : {}),
    })),
  };
}

export interface TransformRequest {
  seriesId: number;
  spec: string;
  /** Start from this basis rather than the best one the store holds. */
  basis?: Basis;
  /** Of that basis, start from figures in this unit where there are any (as a chart of that view does). */
  unit?: Unit;
  /** The period kind of the result. */
  kind?: PeriodKind;
  asOf?: string;
  /** Start from the stored figures ending in these months only (a merged place's line on its side of the change). */
  figuresWithin?: MonthSpan;
}

/** A whole series transformed, or (with `from` null) what the store lacks for it. */
export function transformedSeries(db: Db, request: TransformRequest): TransformedSeriesValue {
  const transform = readTransform(request.spec);
  const series = seriesById(db, request.seriesId);
  if (!series) throw new NotFoundError(`no series with id ${request.seriesId}`);
  const kind = inputKindFor(transform, request.kind);
  const bases = request.basis ? [request.basis] : startingBases(transform.spec, series.measure);
  const span = request.figuresWithin;
  const kept = (points: StoredPoint[]) => (span ? points.filter((p) => endsWithin(p.period.code, span)) : points);
  const stored = new Map(bases.map((b) => [b, kept(storedPoints(db, series, b, request.asOf))]));
  const identity = { seriesId: series.id, geo: series.geoCode, item: series.itemCode, measure: series.measure, spec: transform.spec, label: transform.label };
  for (const basis of bases) {
    const input = inputSeries(stored.get(basis)!, kind, basis, request.basis ? request.unit : undefined);
    if (!input) continue;
    const from: TransformStart = { basis, unit: input.unit, baseYear: input.baseYear ?? null, kind };
    return { ...identity, from, lacks: null, ...resultOf(transform.apply(input)) };
  }
  return { ...identity, from: null, lacks: lacksMessage(db, series, bases, kind, request.asOf), ...resultOf(transform.apply(emptySeries(kind))) };
}

const resultOf = (r: TransformedSeries) => ({ kind: r.kind, basis: r.basis, unit: r.unit, basePeriod: r.basePeriod, points: r.points });

/** The result's point at `period`; a period the result does not reach says why. */
export function pointAt(result: Pick<TransformedSeriesValue, 'points'>, period: Period): OutputPoint {
  const found = result.points.find((p) => p.period === period.code);
  if (found) return found;
  const first = result.points[0] ? parsePeriod(result.points[0].period) : null;
  const reason = !first || comparePeriods(period, first) < 0 ? 'too-short' : period.kind === 'month' ? 'missing-month' : 'missing-period';
  return { period: period.code, value: null, reason };
}

export interface TransformedFigureQuery {
  geo: string;
  item: string;
  measure?: Measure;
  period: string;
  spec: string;
  basis?: Basis;
  asOf?: string;
}

export interface TransformedFigure {
  /** Null when the store has no figures at all for the geo, item and measure. */
  series: TransformedSeriesValue | null;
  /** The period of the result asked for (Jan..m for a month asked of ytd). */
  period: Period;
  /** Null when the store lacks what the transformation starts from (`lacks` says what). */
  point: OutputPoint | null;
  lacks: { vi: string; en: string } | null;
}

/** The series a geo, item and measure name (codes or names); undefined when the store has none; NotFoundError for a name that is none. */
export function resolveSeries(db: Db, q: { geo: string; item: string; measure?: Measure }, periodEnd?: string): SeriesRow | undefined {
  const geo = resolveGeo(db, q.geo, periodEnd);
  if (!geo) throw new NotFoundError(`no locality or country called '${q.geo}'`);
  const item = resolveItem(db, q.item);
  if (!item) throw new NotFoundError(`no industry or product called '${q.item}'`);
  return findSeries(db, geo.code, item.code, q.measure ?? usualMeasure(item));
}

/** One transformed figure, as `iip get --transform` prints it. */
export function transformedFigure(db: Db, q: TransformedFigureQuery): TransformedFigure {
  const transform = readTransform(q.spec);
  const requested = parsePeriod(q.period);
  if (!requested) throw new BadInputError(`'${q.period}' is not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025)`);
  const period = resultPeriodFor(transform, requested);
  const found = resolveSeries(db, q, requested.end);
  if (!found) {
    const name = `${q.geo}/${q.item}${q.measure ? ` (${q.measure})` : ''}`;
    return { series: null, period, point: null, lacks: { en: `no figures for ${name} in this store`, vi: `kho không có số liệu nào của ${name}` } };
  }
  const series = transformedSeries(db, { seriesId: found.id, spec: transform.spec, basis: q.basis, kind: period.kind, asOf: q.asOf });
  return { series, period, point: series.from ? pointAt(series, period) : null, lacks: series.lacks };
}

const KIND_WORDS = {
  en: { month: 'monthly', cumulative: 'January-to-month', quarter: 'quarterly', year: 'annual' },
  vi: { month: 'theo tháng', cumulative: 'lũy kế từ đầu năm', quarter: 'theo quý', year: 'theo năm' },
} as const;

const BASIS_WORDS = {
  en: { base: 'index on a base year', level: 'quantities', yoy: 'year-on-year changes', mom: 'month-on-month changes' },
  vi: { base: 'chỉ số so với năm gốc', level: 'số liệu sản lượng', yoy: 'tốc độ so với cùng kỳ năm trước', mom: 'tốc độ so với tháng trước' },
} as const;

/** What the store holds for a series, by basis: the period kinds, and the base years of an index. */
function holdings(db: Db, series: SeriesRow, asOf: string | undefined): Map<Basis, { kinds: Set<PeriodKind>; baseYears: Set<number> }> {
  const held = new Map<Basis, { kinds: Set<PeriodKind>; baseYears: Set<number> }>();
  for (const basis of ['base', 'level', 'yoy', 'mom'] as const) {
    const points = candidatesForSeries(db, series.id, basis, asOf);
    if (points.length === 0) continue;
    held.set(basis, { kinds: new Set(points.map((p) => p.periodKind)), baseYears: new Set(points.map((p) => p.baseYear).filter((y) => y > 0)) });
  }
  return held;
}

/** "no index on a base year for VN/TOTAL; this store has yoy and mom changes only", in both languages. */
function lacksMessage(db: Db, series: SeriesRow, bases: Basis[], kind: PeriodKind, asOf: string | undefined): { vi: string; en: string } {
  const held = holdings(db, series, asOf);
  const needed = bases[0]!;
  const name = `${series.geoCode}/${series.itemCode}${series.measure === 'iip' ? '' : ` (${series.measure})`}`;
  const when = asOf ? { en: ` as of ${asOf}`, vi: ` tính đến ${asOf}` } : { en: '', vi: '' };
  const heldNeeded = held.get(needed);
  if (heldNeeded) {
    const kinds = [...heldNeeded.kinds].map((k) => ({ en: KIND_WORDS.en[k], vi: KIND_WORDS.vi[k] }));
    return {
      en: `no ${KIND_WORDS.en[kind]} ${BASIS_WORDS.en[needed]} for ${name}${when.en}; this store has it as ${kinds.map((k) => k.en).join(' and ')} figures only`,
      vi: `không có ${BASIS_WORDS.vi[needed]} ${KIND_WORDS.vi[kind]} cho ${name}${when.vi}; kho chỉ có số liệu ${kinds.map((k) => k.vi).join(' và ')}`,
    };
  }
  const en: string[] = [];
  const vi: string[] = [];
  const base = held.get('base');
  if (base) {
    en.push(`an index on base ${[...base.baseYears].join(', ')}`);
    vi.push(`chỉ số năm gốc ${[...base.baseYears].join(', ')}`);
  }
  if (held.has('level')) {
    en.push('quantities');
    vi.push('số liệu sản lượng');
  }
  const changes = (['yoy', 'mom'] as const).filter((b) => held.has(b));
  if (changes.length > 0) {
    en.push(`${changes.join(' and ')} changes`);
    vi.push(changes.map((b) => BASIS_WORDS.vi[b]).join(' và '));
  }
  return {
    en: `no ${BASIS_WORDS.en[needed]} for ${name}${when.en}; ${en.length > 0 ? `this store has ${en.join(' and ')} only` : 'this store has no figures for it'}`,
    vi: `không có ${BASIS_WORDS.vi[needed]} cho ${name}${when.vi}; ${vi.length > 0 ? `kho chỉ có ${vi.join(' và ')}` : 'kho không có số liệu nào của chuỗi này'}`,
  };
}
