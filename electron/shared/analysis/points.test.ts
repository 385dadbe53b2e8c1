import { describe, expect, it } from 'vitest';
import { everyPoint, gather, inputProblem, readSeries } from './points.js';
import { monthlyIndex } from './test-series.js';

const series = monthlyIndex([
  ['2025-03', 103.0],
  ['2025-01', 101.0],
  ['2025-04', 104.0, 2],
]);

describe('reading a series', () => {
  it('orders points in time and keeps their stated precision and base', () => {
    const read = readSeries(series);
    expect(read.points.map((p) => p.period.code)).toEqual(['2025-01', '2025-03', '2025-04']);
    expect(read.byCode.get('2025-04')).toMatchObject({ estimate: { value: 104, error: 0.005, decimals: 2 }, baseYear: 2015 });
    expect(everyPoint(read, 'needs-index').map((p) => p.period)).toEqual(['2025-01', '2025-03', '2025-04']);
  });

  it('refuses periods of another kind, unreadable codes and duplicates', () => {
    expect(() => readSeries(monthlyIndex([['2025-Q1', 1]]))).toThrow("'2025-Q1' is not a month period");
    expect(() => readSeries(monthlyIndex([['Jan 2025', 1]]))).toThrow(/not a month period/);
    expect(() =>
      readSeries(
        monthlyIndex([
          ['2025-01', 1],
          ['2025-01', 2],
        ]),
      ),
    ).toThrow('period 2025-01 appears twice');
    expect(() => readSeries(monthlyIndex([['2025-01', NaN]]))).toThrow('the value at 2025-01 is not a number');
  });

  it('gathers points or says why not: before the start, a gap, a base change', () => {
    const read = readSeries(series);
    expect(gather(read, ['2025-01', '2025-03'])).toMatchObject([{ value: 101 }, { value: 103 }]);
    expect(gather(read, ['2024-12', '2025-01'])).toBe('too-short');
    expect(gather(read, ['2025-02', '2025-03'])).toBe('missing-month');
    const quarters = readSeries({
      ...series,
      kind: 'quarter',
      points: [
        { period: '2024-Q1', value: 1 },
        { period: '2024-Q3', value: 1 },
      ],
    });
    expect(gather(quarters, ['2024-Q2'])).toBe('missing-period');
    const rebased = readSeries({
      ...series,
      points: [
        { period: '2025-01', value: 1 },
        { period: '2025-02', value: 1, baseYear: 2020 },
      ],
    });
    expect(gather(rebased, ['2025-01', '2025-02'])).toBe('base-changes');
  });

  it('says what a series lacks', () => {
    expect(inputProblem(series, { values: 'index', months: true })).toBeNull();
    expect(inputProblem({ ...series, basis: 'level', unit: 'qty' }, { values: 'index' })).toBe('needs-index');
    expect(inputProblem({ ...series, basis: 'level', unit: 'qty' }, { values: 'level' })).toBeNull();
    expect(inputProblem(series, { values: 'mom' })).toBe('needs-mom');
    expect(inputProblem({ ...series, kind: 'year' }, { months: true })).toBe('needs-months');
  });
});
