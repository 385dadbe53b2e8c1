// Rebasing an index: every value × 100 / the base year's average, so that year averages 100.
import type { PeriodKind } from '../domain.js';
import { cumulativePeriod, monthCode, quarterPeriod } from '../period.js';
import { unvalued, type InputSeries, type TransformedSeries } from './model.js';
import { everyPoint, gather, inputProblem, readSeries } from './points.js';
import { measuredPoint, meanOf, percentOf } from './precision.js';

/** The periods of a kind that make up one year: 12 months, 4 quarters, the year, or Jan..Dec. */
export function periodsOfYear(kind: PeriodKind, year: number): string[] {
  switch (kind) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => monthCode(year, i + 1));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => quarterPeriod(year, q).code);
    case 'cumulative':
      return [cumulativePeriod(year, 12).code];
    case 'year':
      return [String(year)];
  }
}

/** The index with `baseYear`'s average as 100; any gap in that year leaves every point without a value. */
export function rebaseIndex(series: InputSeries, baseYear: number): TransformedSeries {
  const read = readSeries(series);
  const result = (points: TransformedSeries['points']): TransformedSeries => ({
    kind: series.kind,
    basis: 'base',
    unit: 'index',
    basePeriod: String(baseYear),
    points,
  });
  const problem = inputProblem(series, { values: 'index' });
  if (problem) return result(everyPoint(read, problem));

  const baseCodes = periodsOfYear(series.kind, baseYear);
  const base = gather(read, baseCodes);
  if (typeof base === 'string') return result(everyPoint(read, base === 'base-changes' ? base : 'base-year-incomplete'));
  const average = meanOf(base);
  if (average.value === 0) return result(everyPoint(read, 'zero-base'));

  const points = read.points.map(({ period, estimate }) => {
    // The point and the base year must be on one base (gather says if not).
    const together = gather(read, [period.code, baseCodes[0]!]);
    if (typeof together === 'string') return unvalued(period.code, together);
    return measuredPoint(period.code, percentOf(estimate, average));
  });
  return result(points);
}
