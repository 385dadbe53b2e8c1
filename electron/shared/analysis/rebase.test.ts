import { describe, expect, it } from 'vitest';
import { monthCode } from '../period.js';
import { periodsOfYear, rebaseIndex } from './rebase.js';
import { monthlyIndex, show } from './test-series.js';

/** 2020 on 2015 = 100: 75.0 for January to June, 85.0 for July to December (average 80.0). */
const year2020 = Array.from({ length: 12 }, (_, i): [string, number] => [monthCode(2020, i + 1), i < 6 ? 75.0 : 85.0]);

describe('rebase', () => {
  it("makes the base year's average 100", () => {
    // 2020 averages 80.0, so 75.0 → 93.75 → 93.8, 85.0 → 106.25 → 106.3, and 2021-01 at 88.0 → 110.0.
    const result = rebaseIndex(monthlyIndex([...year2020, ['2021-01', 88.0]]), 2020);
    expect(result).toMatchObject({ kind: 'month', basis: 'base', unit: 'index', basePeriod: '2020' });
    const points = show(result.points);
    expect(points[0]).toBe('2020-01 93.8');
    expect(points[6]).toBe('2020-07 106.3');
    expect(points[12]).toBe('2021-01 110.0');
  });

  it('gives every point a reason when a month of the base year is missing', () => {
    const series = monthlyIndex([...year2020.filter(([p]) => p !== '2020-05'), ['2021-01', 88.0]]);
    expect(new Set(show(rebaseIndex(series, 2020).points).map((p) => p.slice(8)))).toEqual(new Set(['base-year-incomplete']));
    expect(show(rebaseIndex(series, 2019).points)[0]).toBe('2020-01 base-year-incomplete');
  });

  it('leaves points on another base than the base year without a value', () => {
    const series = monthlyIndex([['2019-12', 70.0], ...year2020]);
    series.points[0]!.baseYear = 2010;
    expect(show(rebaseIndex(series, 2020).points).slice(0, 2)).toEqual(['2019-12 base-changes', '2020-01 93.8']);
  });

  it('needs an index', () => {
    const changes = monthlyIndex(year2020, { basis: 'yoy', unit: 'pct', baseYear: null });
    expect(show(rebaseIndex(changes, 2020).points)[0]).toBe('2020-01 needs-index');
  });

  it('rebases quarters on their four quarters and years on the year', () => {
    expect(periodsOfYear('quarter', 2020)).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4']);
    expect(periodsOfYear('cumulative', 2020)).toEqual(['2020-01..2020-12']);
    const years = {
      ...monthlyIndex([]),
      kind: 'year' as const,
      points: [
        { period: '2020', value: 125.0, decimals: 1 },
        { period: '2021', value: 130.0, decimals: 1 },
      ],
    };
    // 130.0 × 100 / 125.0 = 104.0.
    expect(show(rebaseIndex(years, 2020).points)).toEqual(['2020 100.0', '2021 104.0']);
  });
});
