// Averages of months: trailing moving averages of any monthly series, and the quarter, year and
// year-to-date (Jan..m) averages of a monthly index, which are those periods' own index values.
import type { PeriodKind } from '../domain.js';
import { cumulativePeriod, quarterPeriod, yearPeriod } from '../period.js';
import { unvalued, type InputSeries, type NoValueReason, type OutputPoint, type TransformedSeries } from './model.js';
import { monthOf, monthsBetween, shiftMonth, yearOf } from './months.js';
import { basePeriodOf, everyPoint, gather, inputProblem, readSeries, type ReadSeries } from './points.js';
import { measuredPoint, meanOf } from './precision.js';

/** The mean of the months `codes` at `period`, or why there is none. */
function averagePoint(read: ReadSeries, period: string, codes: string[]): OutputPoint {
  const estimates = gather(read, codes);
  return typeof estimates === 'string' ? unvalued(period, estimates) : measuredPoint(period, meanOf(estimates));
}

/** Trailing average of `months` months (this month and the ones before), on the series' own basis. */
export function movingAverage(series: InputSeries, months: number): TransformedSeries {
  if (!Number.isInteger(months) || months < 1) throw new Error(`a moving average spans a whole number of months, not ${months}`);
  const read = readSeries(series);
  const problem = inputProblem(series, { months: true });
  const points = problem
    ? everyPoint(read, problem)
    : read.points.map(({ period }) => averagePoint(read, period.code, monthsBetween(shiftMonth(period.code, 1 - months), period.code)));
  return { kind: series.kind, basis: series.basis, unit: series.unit, basePeriod: basePeriodOf(series), points };
}

/** A period of `kind` built from months: its code and its months, for the month `code` it holds. */
type Grouping = (code: string) => { period: string; months: string[] };

function averagedPeriods(series: InputSeries, kind: PeriodKind, grouping: Grouping): TransformedSeries {
  const read = readSeries(series);
  const problem: NoValueReason | null = inputProblem(series, { values: 'index', months: true });
  const points: OutputPoint[] = [];
  const seen = new Set<string>();
  for (const { period } of read.points) {
    const group = problem ? { period: period.code, months: [] } : grouping(period.code);
    if (seen.has(group.period)) continue;
    seen.add(group.period);
    points.push(problem ? unvalued(group.period, problem) : averagePoint(read, group.period, group.months));
  }
  return { kind: problem ? series.kind : kind, basis: 'base', unit: 'index', basePeriod: basePeriodOf(series), points };
}

const periodMonths = (p: { start: string; end: string; code: string }) => ({ period: p.code, months: monthsBetween(p.start, p.end) });

/** Each year's index as the average of its 12 months. */
export const annualAverage = (series: InputSeries): TransformedSeries => averagedPeriods(series, 'year', (code) => periodMonths(yearPeriod(yearOf(code))));

/** Each quarter's index as the average of its 3 months. */
export const quarterAverage = (series: InputSeries): TransformedSeries =>
  averagedPeriods(series, 'quarter', (code) => periodMonths(quarterPeriod(yearOf(code), Math.ceil(monthOf(code) / 3))));

/** At each month m, the index of Jan..m: the average of those months. */
export const cumulativeAverage = (series: InputSeries): TransformedSeries =>
  averagedPeriods(series, 'cumulative', (code) => periodMonths(cumulativePeriod(yearOf(code), monthOf(code))));
