// A series' points read once: parsed periods, stated precision and base years, looked up by code,
// and the shared step of every transformation: gather the points a result needs, or say why not.
import { comparePeriods, parsePeriod, type Period } from '../period.js';
import { isIndex, isLevel, unvalued, type InputSeries, type NoValueReason, type OutputPoint } from './model.js';
import { stated, type Estimate } from './precision.js';

export interface ReadPoint {
  period: Period;
  estimate: Estimate;
  baseYear: number | null;
}

export interface ReadSeries {
  series: InputSeries;
  /** Points in time order. */
  points: ReadPoint[];
  byCode: Map<string, ReadPoint>;
}

/** Reads a series; a period code that does not parse, is of another kind or comes twice is a caller's error. */
export function readSeries(series: InputSeries): ReadSeries {
  const byCode = new Map<string, ReadPoint>();
  for (const point of series.points) {
    const period = parsePeriod(point.period);
    if (!period || period.kind !== series.kind) throw new Error(`'${point.period}' is not a ${series.kind} period`);
    if (!Number.isFinite(point.value)) throw new Error(`the value at ${period.code} is not a number`);
    if (byCode.has(period.code)) throw new Error(`period ${period.code} appears twice in the series`);
    const baseYear = point.baseYear !== undefined ? point.baseYear : (series.baseYear ?? null);
    byCode.set(period.code, { period, estimate: stated(point.value, point.decimals), baseYear });
  }
  const points = [...byCode.values()].sort((a, b) => comparePeriods(a.period, b.period));
  return { series, points, byCode };
}

/** The estimates of the periods `codes`, in order; or why they cannot be used together. */
export function gather(read: ReadSeries, codes: string[]): Estimate[] | NoValueReason {
  const first = read.points[0];
  const found: ReadPoint[] = [];
  let missing: NoValueReason | null = null;
  for (const code of codes) {
    const point = read.byCode.get(code);
    if (point) {
      found.push(point);
      continue;
    }
    const period = parsePeriod(code);
    if (!first || (period && period.end < first.period.end)) return 'too-short';
    missing = period?.kind === 'month' ? 'missing-month' : 'missing-period';
  }
  if (missing) return missing;
  if (found.some((p) => p.baseYear !== found[0]?.baseYear)) return 'base-changes';
  return found.map((p) => p.estimate);
}

export interface InputNeeds {
  /** 'index': an index on a base year; 'level': an index or a quantity; 'mom': stated month-on-month % changes. */
  values?: 'index' | 'level' | 'mom';
  months?: boolean;
}

/** What the series lacks for a transformation, or null. */
export function inputProblem(series: InputSeries, needs: InputNeeds): NoValueReason | null {
  if (needs.values === 'index' && !isIndex(series)) return 'needs-index';
  if (needs.values === 'level' && !isLevel(series)) return 'needs-index';
  if (needs.values === 'mom' && !(series.basis === 'mom' && series.unit === 'pct')) return 'needs-mom';
  if (needs.months && series.kind !== 'month') return 'needs-months';
  return null;
}

/** The same reason at every one of the series' periods, in time order. */
export const everyPoint = (read: ReadSeries, reason: NoValueReason): OutputPoint[] => read.points.map((p) => unvalued(p.period.code, reason));

/** The series' base year as a base period code. */
export const basePeriodOf = (series: InputSeries): string | null => (series.baseYear ? String(series.baseYear) : null);
