import { describe, expect, it } from 'vitest';
import { monthCode } from '../period.js';
import { annualAverage, cumulativeAverage, movingAverage, quarterAverage } from './averages.js';
import { monthlyIndex, show } from './test-series.js';

/** 2024: 101.0, 102.0, … 112.0 (average 106.5); 2025: January and February only. */
const series = monthlyIndex([
  ...Array.from({ length: 12 }, (_, i): [string, number] => [monthCode(2024, i + 1), 101.0 + i]),
  ['2025-01', 90.0],
  ['2025-02', 95.0],
]);

describe('moving averages', () => {
  it('averages this month and the two before; the first two months are too short', () => {
    const points = show(movingAverage(series, 3).points);
    // (101 + 102 + 103) / 3 = 102.0; (111 + 112 + 90) / 3 = 104.33 → 104.3.
    expect(points.slice(0, 3)).toEqual(['2024-01 too-short', '2024-02 too-short', '2024-03 102.0']);
    expect(points[12]).toBe('2025-01 104.3');
  });

  it('averages twelve months, and breaks at a missing one', () => {
    const points = show(movingAverage(series, 12).points);
    expect(points[11]).toBe('2024-12 106.5');
    // Feb 2024 to Jan 2025: 106.5 × 12 − 101 + 90 = 1267 → 105.58 → 105.6.
    expect(points[12]).toBe('2025-01 105.6');
    const gap = monthlyIndex([
      ['2025-01', 1.0],
      ['2025-03', 2.0],
      ['2025-04', 3.0],
    ]);
    expect(show(movingAverage(gap, 3).points)).toEqual(['2025-01 too-short', '2025-03 missing-month', '2025-04 missing-month']);
  });

  it('refuses a window that is not a whole number of months', () => {
    expect(() => movingAverage(series, 0)).toThrow('a moving average spans a whole number of months, not 0');
    expect(() => movingAverage(series, 2.5)).toThrow(/not 2.5/);
  });

  it('keeps the basis of what it averages, changes included', () => {
    const changes = monthlyIndex(
      [
        ['2025-01', -1.0],
        ['2025-02', 2.0],
        ['2025-03', 5.0],
      ],
      { basis: 'yoy', unit: 'pct', baseYear: null },
    );
    const result = movingAverage(changes, 3);
    expect(result).toMatchObject({ basis: 'yoy', unit: 'pct', basePeriod: null });
    expect(show(result.points)[2]).toBe('2025-03 2.0');
  });
});

describe('period averages of a monthly index', () => {
  it('makes a year from its twelve months, or says one is missing', () => {
    const result = annualAverage(series);
    expect(result).toMatchObject({ kind: 'year', basis: 'base', unit: 'index', basePeriod: '2015' });
    expect(show(result.points)).toEqual(['2024 106.5', '2025 missing-month']);
  });

  it('makes quarters from their three months', () => {
    // Q1 2024: (101 + 102 + 103) / 3 = 102.0; Q4: (110 + 111 + 112) / 3 = 111.0.
    expect(show(quarterAverage(series).points)).toEqual(['2024-Q1 102.0', '2024-Q2 105.0', '2024-Q3 108.0', '2024-Q4 111.0', '2025-Q1 missing-month']);
  });

  it('makes Jan..m at every month', () => {
    const points = show(cumulativeAverage(series).points);
    // Jan 2025 alone: 90.0; Jan–Feb: (90 + 95) / 2 = 92.5.
    expect(points.slice(0, 2)).toEqual(['2024-01..2024-01 101.0', '2024-01..2024-02 101.5']);
    expect(points.slice(12)).toEqual(['2025-01..2025-01 90.0', '2025-01..2025-02 92.5']);
  });

  it('does not average across a base change, and needs an index', () => {
    const rebased = monthlyIndex([
      ['2025-01', 90.0],
      ['2025-02', 95.0],
      ['2025-03', 97.0],
    ]);
    rebased.points[2]!.baseYear = 2020;
    expect(show(quarterAverage(rebased).points)).toEqual(['2025-Q1 base-changes']);
    const changes = monthlyIndex([['2025-01', 5.0]], { basis: 'yoy', unit: 'pct', baseYear: null });
    expect(show(annualAverage(changes).points)).toEqual(['2025-01 needs-index']);
  });
});
