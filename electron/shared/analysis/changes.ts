// From an index (or a quantity) to % changes: on the same period last year, on the previous month,
// and year to date (Jan..m this year against Jan..m last year).
import { cumulativePeriod, monthCode, previousYear } from '../period.js';
import { unvalued, type InputSeries, type OutputPoint, type TransformedSeries } from './model.js';
import { monthOf, shiftMonth, yearOf } from './months.js';
import { everyPoint, gather, inputProblem, readSeries, type ReadSeries } from './points.js';
import { measuredPoint, percentChange, sumOf } from './precision.js';

/** 100 × (Σ current / Σ previous − 1) at `period`, from the series' own points. */
export function changeBetween(read: ReadSeries, period: string, current: string[], previous: string[]): OutputPoint {
  const estimates = gather(read, [...current, ...previous]);
  if (typeof estimates === 'string') return unvalued(period, estimates);
  const now = sumOf(estimates.slice(0, current.length));
  const before = sumOf(estimates.slice(current.length));
  if (before.value === 0) return unvalued(period, 'zero-base');
  return measuredPoint(period, percentChange(now, before));
}

/** Months Jan..`month` of `year`. */
const monthsToDate = (year: number, month: number): string[] => Array.from({ length: month }, (_, i) => monthCode(year, i + 1));

/** % change on the same period a year earlier; any period kind. */
export function yoyChange(series: InputSeries): TransformedSeries {
  const read = readSeries(series);
  const problem = inputProblem(series, { values: 'level' });
  const points = problem
    ? everyPoint(read, problem)
    : read.points.map(({ period }) => changeBetween(read, period.code, [period.code], [previousYear(period).code]));
  return { kind: series.kind, basis: 'yoy', unit: 'pct', basePeriod: null, points };
}

/** % change on the previous month. */
export function momChange(series: InputSeries): TransformedSeries {
  const read = readSeries(series);
  const problem = inputProblem(series, { values: 'level', months: true });
  const points = problem
    ? everyPoint(read, problem)
    : read.points.map(({ period }) => changeBetween(read, period.code, [period.code], [shiftMonth(period.code, -1)]));
  return { kind: 'month', basis: 'mom', unit: 'pct', basePeriod: null, points };
}

/** Year-to-date % change at each month m: Jan..m summed against the same months last year; a cumulative series. */
export function ytdChange(series: InputSeries): TransformedSeries {
  const read = readSeries(series);
  const problem = inputProblem(series, { values: 'level', months: true });
  const points = read.points.map(({ period }) => {
    const [year, month] = [yearOf(period.code), monthOf(period.code)];
    const code = cumulativePeriod(year, month).code;
    return problem ? unvalued(code, problem) : changeBetween(read, code, monthsToDate(year, month), monthsToDate(year - 1, month));
  });
  return { kind: 'cumulative', basis: 'yoy', unit: 'pct', basePeriod: null, points };
}
