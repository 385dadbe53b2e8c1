// Small hand-written series for the transformations' tests.
import type { InputSeries, OutputPoint, SeriesPoint } from './model.js';

/** A monthly index on 2015 = 100 from [period, value, decimals] (one decimal unless given), as the statistics office states it. */
export const monthlyIndex = (points: [string, number, number?][], extra: Partial<InputSeries> = {}): InputSeries => ({
  kind: 'month',
  basis: 'base',
  unit: 'index',
  baseYear: 2015,
  points: points.map(([period, value, decimals = 1]): SeriesPoint => ({ period, value, decimals })),
  ...extra,
});

/** Each output point as `period value/decimals` or `period reason`, for one readable expectation. */
export const show = (points: OutputPoint[]): string[] =>
  points.map((p) => (p.value === null ? `${p.period} ${p.reason}` : `${p.period} ${p.value.toFixed(p.decimals)}`));
