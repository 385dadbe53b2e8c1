// Tết, the lunar new year, falls in January or February, so either month alone misleads; January
// and February together compare like with like. For an index: the Jan–Feb average against last
// year's, as a % change (the ratio of the averages is the ratio of the sums).
import { cumulativePeriod, monthCode, type Period } from '../period.js';
import { changeBetween } from './changes.js';
import { everyPoint, inputProblem, readSeries } from './points.js';
import { hasValue, type InputSeries, type OutputPoint, type TransformedSeries } from './model.js';
import { monthOf, yearOf } from './months.js';

/**
 * The combined January–February period of `year`. The period notation has no code of its own for
 * it; Jan..Feb cumulative (2025-01..2025-02) is exactly that span, and is how the statistics
 * office's "2 tháng đầu năm" figures are already stored.
 */
export const tetPeriod = (year: number): Period => cumulativePeriod(year, 2);

/** Jan–Feb against last year's Jan–Feb, one point for each year with January or February in the series. */
export function tetChange(series: InputSeries): TransformedSeries {
  const read = readSeries(series);
  const problem = inputProblem(series, { values: 'level', months: true });
  const years = [...new Set(read.points.filter((p) => monthOf(p.period.code) <= 2).map((p) => yearOf(p.period.code)))];
  const points: OutputPoint[] = problem
    ? everyPoint(read, problem)
    : years.map((year) =>
        changeBetween(read, tetPeriod(year).code, [monthCode(year, 1), monthCode(year, 2)], [monthCode(year - 1, 1), monthCode(year - 1, 2)]),
      );
  return { kind: 'cumulative', basis: 'yoy', unit: 'pct', basePeriod: null, points };
}

/** The years whose combined Jan–Feb change the series' data allow. */
export const tetYears = (series: InputSeries): number[] =>
  tetChange(series)
    .points.filter(hasValue)
    .map((p) => yearOf(p.period));

/** Whether the series allows the combined Jan–Feb period for any year. */
export const allowsTet = (series: InputSeries): boolean => tetYears(series).length > 0;
