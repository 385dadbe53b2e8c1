// The transformation model: a series in (one period kind, one basis and unit), a series out whose
// points carry either a value with the decimals it can honestly claim, or why it has none.
import type { Basis, PeriodKind, Unit } from '../domain.js';

export interface SeriesPoint {
  /** Canonical period code (2025-11, 2025-01..2025-11, 2025-Q2, 2025). */
  period: string;
  value: number;
  /** Decimal places as stated; read from the value when left out (104.3 → 1). */
  decimals?: number;
  /** This point's base year where it differs from the series' (an index rebased mid-series). */
  baseYear?: number | null;
}

export interface InputSeries {
  kind: PeriodKind;
  basis: Basis;
  unit: Unit;
  /** For an index (basis `base`): the year whose average is 100. */
  baseYear?: number | null;
  points: SeriesPoint[];
}

/** Why a point has no value. */
export const NO_VALUE_REASONS = [
  /** A month the point needs is not in the series. */
  'missing-month',
  /** A quarter, cumulative period or year the point needs is not in the series. */
  'missing-period',
  /** The series starts too late for this point (no last year, not enough months before). */
  'too-short',
  /** The months compared or averaged are on different base years. */
  'base-changes',
  /** The base year lacks months, so no point can be rebased. */
  'base-year-incomplete',
  /** The value compared against is zero. */
  'zero-base',
  /** The inputs' rounding leaves not even a units digit certain (an index near zero). */
  'too-imprecise',
  /** A gap earlier in the chain of month-on-month changes cuts this point off. */
  'chain-broken',
  /** The transformation needs an index (or, for changes, a quantity). */
  'needs-index',
  /** The transformation needs stated month-on-month changes. */
  'needs-mom',
  /** The transformation needs a monthly series. */
  'needs-months',
] as const;
export type NoValueReason = (typeof NO_VALUE_REASONS)[number];

export interface ValuedPoint {
  period: string;
  value: number;
  decimals: number;
}

export interface UnvaluedPoint {
  period: string;
  value: null;
  reason: NoValueReason;
}

export type OutputPoint = ValuedPoint | UnvaluedPoint;

export interface TransformedSeries {
  kind: PeriodKind;
  basis: Basis;
  unit: Unit;
  /** For an index: the period whose level (average) is 100, e.g. '2020', or '2019-01' for a chain. */
  basePeriod: string | null;
  points: OutputPoint[];
}

export const unvalued = (period: string, reason: NoValueReason): UnvaluedPoint => ({ period, value: null, reason });

export const hasValue = (point: OutputPoint): point is ValuedPoint => point.value !== null;

/** A result read as the input of a further transformation (yoy, then a 3-month average); points without a value are left out. */
export function asInput(result: TransformedSeries): InputSeries {
  const baseYear = result.basePeriod && /^\d{4}$/.test(result.basePeriod) ? Number(result.basePeriod) : null;
  return {
    kind: result.kind,
    basis: result.basis,
    unit: result.unit,
    baseYear,
    points: result.points.filter(hasValue).map(({ period, value, decimals }) => ({ period, value, decimals })),
  };
}

/** True for an index on a base year. */
export const isIndex = (series: Pick<InputSeries, 'basis' | 'unit'>): boolean => series.basis === 'base' && series.unit === 'index';

/** True for a series whose ratios are changes: an index or a physical quantity. */
export const isLevel = (series: Pick<InputSeries, 'basis' | 'unit'>): boolean => isIndex(series) || (series.basis === 'level' && series.unit === 'qty');
